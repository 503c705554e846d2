import { ProFormDatePicker, ProFormText } from '@ant-design/pro-components';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export type CertificationValues = {
  issuer: string;
  issuedDate: string;
  expiryDate: string;
  documentRef?: string | null;
};

/** Issuer, issue and expiry dates, document reference; in the create dialog they are optional as a group. */
export function CertificationFields({
  prefix = [],
  optional = false,
}: {
  prefix?: string[];
  optional?: boolean;
}) {
  const { t } = useTranslation();
  const rules = optional ? [] : [{ required: true, message: t('form.required') }];
  const name = (field: string) => [...prefix, field];
  return (
    <>
      {optional && (
        <Typography.Title level={3} style={{ fontSize: 14 }}>
          {t('facilities.firstCertification')}
        </Typography.Title>
      )}
      <ProFormText
        name={name('issuer')}
        label={t('facilities.issuer')}
        rules={rules}
        fieldProps={{ maxLength: 200 }}
      />
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
        <ProFormDatePicker
          name={name('issuedDate')}
          label={t('facilities.issuedDate')}
          rules={rules}
        />
        <ProFormDatePicker
          name={name('expiryDate')}
          label={t('facilities.expiryDate')}
          rules={rules}
        />
      </div>
      <ProFormText
        name={name('documentRef')}
        label={t('facilities.documentRef')}
        fieldProps={{ maxLength: 500 }}
      />
    </>
  );
}
