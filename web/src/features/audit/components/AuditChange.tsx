import type { AuditEntry, AuditFieldChange } from '@contracts';
import { ArrowRightOutlined } from '@ant-design/icons';
import { Col, Row, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const pretty = (value: unknown) =>
  value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);

/**
 * The change as people read it: the fields that differ, in words, with names where the record holds ids. The
 * exact stored record (what the hash chain covers) stays one switch away.
 */
export function AuditChange({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const [raw, setRaw] = useState(false);
  return (
    <Space
      direction="vertical"
      size="small"
      style={{ width: '100%' }}
      data-testid={`audit-change-${entry.seq}`}
    >
      <Space>
        <Switch
          size="small"
          checked={raw}
          onChange={setRaw}
          aria-label={t('audit.raw')}
          data-testid={`audit-raw-${entry.seq}`}
        />
        <Typography.Text>{t('audit.raw')}</Typography.Text>
      </Space>
      {raw ? (
        <Row gutter={16}>
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
        </Row>
      ) : (
        <Table<AuditFieldChange>
          size="small"
          rowKey="field"
          pagination={false}
          dataSource={entry.changes}
          locale={{ emptyText: t('audit.noChanges') }}
          data-testid={`audit-diff-${entry.seq}`}
          columns={[
            {
              title: t('audit.field'),
              dataIndex: 'label',
              width: 200,
              render: (_, change) =>
                change.label === change.field ? (
                  <code>{change.field}</code>
                ) : (
                  <span title={change.field}>{change.label}</span>
                ),
            },
            {
              title: t('audit.before'),
              dataIndex: 'before',
              render: (_, change) => <Value text={change.before} />,
            },
            {
              title: <ArrowRightOutlined aria-label={t('audit.becomes')} />,
              key: 'arrow',
              width: 40,
              render: () => <ArrowRightOutlined aria-hidden />,
            },
            {
              title: t('audit.after'),
              dataIndex: 'after',
              render: (_, change) => <Value text={change.after} />,
            },
          ]}
        />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('audit.hash')}: <code>{entry.hash}</code>
      </Typography.Text>
    </Space>
  );
}

/** A value as text, kept whole (multi-line notes, long JSON) rather than cut off. */
function Value({ text }: { text: string | null }) {
  if (text === null) return <Typography.Text type="secondary">—</Typography.Text>;
  return <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{text}</span>;
}
