import { ProForm } from '@ant-design/pro-components';
import type { Certification, Facility } from '@contracts';
import { App, Form, Modal, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { useCertifications, useCertify } from '../queries.ts';
import { CertificateFiles } from './CertificateFiles.tsx';
import { CertificationFields, type CertificationValues } from './CertificationFields.tsx';
import { CertTag } from './CertTag.tsx';

/** A facility's certifications, latest expiry first; a renewal is recorded as a new certification. */
export function CertificationsModal({
  facility,
  onClose,
}: {
  facility: Facility | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CertificationValues>();
  const { data = [], isFetching } = useCertifications(facility?.id ?? '');
  const certify = useCertify();
  const onApiError = useApiError();
  if (!facility) return null;

  const add = (v: CertificationValues) =>
    certify
      .mutateAsync({
        facilityId: facility.id,
        body: {
          issuer: v.issuer.trim(),
          issuedDate: v.issuedDate,
          expiryDate: v.expiryDate,
          documentRef: v.documentRef?.trim() || null,
        },
      })
      .then(() => {
        void message.success(t('common.saved'));
        form.resetFields();
      })
      .catch((error: unknown) => void onApiError(error, form));

  return (
    <Modal
      open
      title={t('facilities.certsTitle', { port: facility.portCode, area: facility.functionalArea })}
      onCancel={onClose}
      footer={null}
      width={960}
      destroyOnHidden
    >
      <CertTag state={facility.certificationState} expiry={facility.certificationExpiry} />
      <Table<Certification>
        rowKey="id"
        size="small"
        loading={isFetching}
        pagination={false}
        style={{ margin: '12px 0' }}
        dataSource={data}
        columns={[
          { title: t('facilities.issuer'), dataIndex: 'issuer' },
          { title: t('facilities.issuedDate'), dataIndex: 'issuedDate', width: 110 },
          { title: t('facilities.expiryDate'), dataIndex: 'expiryDate', width: 110 },
          {
            title: t('facilities.documentRef'),
            dataIndex: 'documentRef',
            render: (d: string | null) => d ?? '—',
          },
          {
            title: t('attachments.certificateFiles'),
            key: 'files',
            width: 300,
            render: (_: unknown, c: Certification) => (
              <CertificateFiles facility={facility} certification={c} />
            ),
          },
        ]}
      />
      {facility.can.certify && (
        <>
          <Typography.Title level={3} style={{ fontSize: 14 }}>
            {t('facilities.addCertification')}
          </Typography.Title>
          <ProForm<CertificationValues>
            form={form}
            name="certify"
            onFinish={add}
            submitter={{
              searchConfig: { submitText: t('facilities.addCertification') },
              resetButtonProps: false,
            }}
          >
            <CertificationFields />
          </ProForm>
        </>
      )}
    </Modal>
  );
}
