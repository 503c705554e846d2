import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { useVerifyAuditChain } from '../queries.ts';

/** Checks the audit trail's hash chain and says whether it is intact, or where it breaks. */
export function VerifyChainButton() {
  const { t } = useTranslation();
  const verify = useVerifyAuditChain();
  const onApiError = useApiError();
  const result = verify.data;

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button
        icon={<SafetyCertificateOutlined />}
        loading={verify.isPending}
        onClick={() => verify.mutate(undefined, { onError: (error) => onApiError(error) })}
        data-testid="audit-verify"
      >
        {t('audit.verify')}
      </Button>
      {result && (
        <Alert
          role="status"
          data-testid="audit-verify-result"
          type={result.ok ? 'success' : 'error'}
          showIcon
          message={
            result.ok
              ? t('audit.chainOk', { count: result.checked })
              : t('audit.chainBroken', { seq: result.firstBrokenSeq ?? '?', count: result.checked })
          }
          description={
            result.ok ? undefined : (
              <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="audit-verify-breaks">
                {result.breaks.map((b) => (
                  <li key={`${b.kind}-${b.fromSeq}-${b.toSeq}`}>{b.message}</li>
                ))}
                {result.moreBreaks > 0 && (
                  <li>{t('audit.moreBreaks', { count: result.moreBreaks })}</li>
                )}
              </ul>
            )
          }
        />
      )}
    </Space>
  );
}
