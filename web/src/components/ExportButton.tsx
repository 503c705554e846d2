import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../api/useApiError.ts';

/** Downloads the current filtered list as an Excel workbook. */
export function ExportButton({
  onExport,
  testId,
}: {
  onExport: () => Promise<void>;
  testId: string;
}) {
  const { t } = useTranslation();
  const onApiError = useApiError();
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    onExport()
      .catch((error: unknown) => onApiError(error))
      .finally(() => setBusy(false));
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={run} data-testid={testId}>
      {t('common.export')}
    </Button>
  );
}
