import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { FILE_ACCEPT, UPLOAD_LIMIT_BYTES_DEFAULT } from '@contracts';
import { App, Button, Space, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { downloadEvidence } from '../assessmentQueries.ts';

type Evidence = { id: string; name: string; size: number };

/** Evidence files as download links, and an upload button when the record takes more. */
export function EvidenceList({
  evidence,
  canAttach,
  onUpload,
  testId,
}: {
  evidence: Evidence[];
  canAttach: boolean;
  onUpload: (file: File) => Promise<unknown>;
  testId: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const [busy, setBusy] = useState(false);
  const upload = (file: File) => {
    if (file.size > UPLOAD_LIMIT_BYTES_DEFAULT) {
      void message.error(t('assessments.fileTooLarge', { name: file.name }));
      return;
    }
    setBusy(true);
    onUpload(file)
      .then(() => void message.success(t('assessments.uploaded', { name: file.name })))
      .catch((error: unknown) => onApiError(error))
      .finally(() => setBusy(false));
  };
  return (
    <Space size={4} wrap>
      {evidence.map((e) => (
        <Button
          key={e.id}
          type="link"
          size="small"
          icon={<PaperClipOutlined />}
          onClick={() => void downloadEvidence(e.id).catch((error: unknown) => onApiError(error))}
          title={`${e.name} (${Math.ceil(e.size / 1024)} KB)`}
        >
          {e.name}
        </Button>
      ))}
      {canAttach && (
        <Upload
          accept={FILE_ACCEPT}
          showUploadList={false}
          maxCount={1}
          beforeUpload={(file) => (upload(file), false)}
        >
          <Button size="small" icon={<UploadOutlined />} loading={busy} data-testid={testId}>
            {t('assessments.upload')}
          </Button>
        </Upload>
      )}
    </Space>
  );
}
