import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** One-time recovery codes: shown once, with copy and download. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const text = codes.join('\n');

  const copy = async () => {
    await navigator.clipboard.writeText(text);
    void message.success(t('mfa.copied'));
  };
  const download = () => {
    const url = URL.createObjectURL(
      new Blob([`${t('mfa.recoveryFileTitle')}\n\n${text}\n`], {
        type: 'text/plain;charset=utf-8',
      }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = 'guomen-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Alert type="warning" showIcon message={t('mfa.recoveryOnce')} />
      <ol
        aria-label={t('mfa.recoveryCodes')}
        data-testid="recovery-codes"
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
          gap: '4px 24px',
          fontFamily: 'monospace',
          fontSize: 16,
          margin: 0,
        }}
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <Space wrap>
        <Button icon={<CopyOutlined />} onClick={() => void copy()}>
          {t('mfa.copy')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={download}>
          {t('mfa.download')}
        </Button>
      </Space>
    </Space>
  );
}
