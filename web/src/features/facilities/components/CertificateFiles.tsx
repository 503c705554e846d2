import { FILE_TYPE_NAMES, type Certification, type Facility } from '@contracts';
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCertificateFiles, useUploadCertificate } from '../queries.ts';
import {
  ArchiveAttachmentButton,
  AttachmentLink,
  AttachmentUpload,
} from './FacilityAttachments.tsx';

/** A certification's certificate file(s) as download links, with an upload while the facility takes certifications. */
export function CertificateFiles({
  facility,
  certification,
}: {
  facility: Facility;
  certification: Certification;
}) {
  const { t } = useTranslation();
  const { data = [], isLoading } = useCertificateFiles(certification.id);
  const upload = useUploadCertificate();
  return (
    <Space direction="vertical" size={4} data-testid={`certificate-files-${certification.id}`}>
      {data.map((file) => (
        <Space key={file.id} size={0} wrap>
          <AttachmentLink attachment={file} />
          {file.can.archive && <ArchiveAttachmentButton attachment={file} />}
        </Space>
      ))}
      {!isLoading && data.length === 0 && (
        <Typography.Text type="secondary">{t('attachments.noCertificate')}</Typography.Text>
      )}
      {facility.can.certify && (
        <AttachmentUpload
          types={FILE_TYPE_NAMES}
          small
          label={t('attachments.uploadCertificate')}
          testId={`certificate-upload-${certification.id}`}
          onUpload={(file, onProgress) =>
            upload.mutateAsync({ certificationId: certification.id, file, onProgress })
          }
        />
      )}
    </Space>
  );
}
