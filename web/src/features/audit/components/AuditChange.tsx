import type { AuditEntry } from '@contracts';
import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const pretty = (value: unknown) =>
  value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);

/** The record before and after the change, side by side. */
export function AuditChange({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <Row gutter={16} data-testid={`audit-change-${entry.seq}`}>
      <Col xs={24} md={12}>
        <Typography.Text strong>{t('audit.before')}</Typography.Text>
        <pre className="json-block" tabIndex={0} aria-label={t('audit.before')}>
          {pretty(entry.before)}
        </pre>
      </Col>
      <Col xs={24} md={12}>
        <Typography.Text strong>{t('audit.after')}</Typography.Text>
        <pre className="json-block" tabIndex={0} aria-label={t('audit.after')}>
          {pretty(entry.after)}
        </pre>
      </Col>
      <Col span={24}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('audit.hash')}: <code>{entry.hash}</code>
        </Typography.Text>
      </Col>
    </Row>
  );
}
