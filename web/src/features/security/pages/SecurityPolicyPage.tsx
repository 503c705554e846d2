import {
  PageContainer,
  ProCard,
  ProForm,
  ProFormDigit,
  ProFormSelect,
  ProFormSwitch,
} from '@ant-design/pro-components';
import { cidrSchema, securityPolicySchema, type SecurityPolicy } from '@contracts';
import { Alert, App, Form, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../../api/session.ts';
import { useApiError } from '../../../api/useApiError.ts';
import { useSecurityPolicy, useUpdateSecurityPolicy } from '../queries.ts';

/** Numeric policy fields with their limits, read from the contract so the form and the server agree. */
type NumberField =
  | 'passwordExpiryDays'
  | 'lockoutThreshold'
  | 'lockoutMinutes'
  | 'idleTimeoutMinutes'
  | 'absoluteLifetimeHours'
  | 'auditRetentionDays';
const PASSWORD_FIELDS: NumberField[] = ['passwordExpiryDays', 'lockoutThreshold', 'lockoutMinutes'];
const SESSION_FIELDS: NumberField[] = [
  'idleTimeoutMinutes',
  'absoluteLifetimeHours',
  'auditRetentionDays',
];
const limits = (field: NumberField) => {
  const schema = securityPolicySchema.shape[field];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
};

/** The security administrator's policy: second factor, management network, passwords, lockout, sessions, audit retention. */
export default function SecurityPolicyPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useSignedIn();
  const [form] = Form.useForm<SecurityPolicy>();
  const { data: policy, isPending } = useSecurityPolicy();
  const update = useUpdateSecurityPolicy();
  const onApiError = useApiError();
  const editable = me.permissions.includes('security.write');

  if (isPending || !policy) return <Spin style={{ display: 'block', margin: 48 }} />;
  const { version, ...values } = policy;

  return (
    <PageContainer title={t('nav.security')} content={t('security.intro')}>
      <ProCard>
        <ProForm<SecurityPolicy>
          name="securityPolicy"
          key={version}
          form={form}
          layout="vertical"
          readonly={!editable}
          initialValues={values}
          grid
          rowProps={{ gutter: 24 }}
          submitter={
            editable
              ? { searchConfig: { submitText: t('common.save'), resetText: t('common.reset') } }
              : false
          }
          onFinish={async (next) =>
            update
              .mutateAsync({ ...next, version })
              .then(() => {
                void message.success(t('common.saved'));
                return true;
              })
              .catch((error: unknown) => onApiError(error, form))
          }
        >
          <ProForm.Group title={t('security.mfaGroup')}>
            <ProFormSwitch
              name="mfaRequiredForAll"
              label={t('security.mfaRequiredForAll')}
              tooltip={t('security.mfaRequiredForAllHelp')}
              colProps={{ span: 24 }}
            />
            <ProFormSelect
              name="adminNetworks"
              label={t('security.adminNetworks')}
              extra={t('security.adminNetworksHelp')}
              mode="tags"
              colProps={{ span: 24 }}
              fieldProps={{ tokenSeparators: [',', ' ', '，'], open: false, suffixIcon: null }}
              rules={[
                {
                  validator: async (_rule, list: unknown) => {
                    const bad = Array.isArray(list)
                      ? list.filter((entry) => !cidrSchema.safeParse(entry).success)
                      : [];
                    if (bad.length > 0)
                      throw new Error(t('security.badNetworks', { list: bad.join(', ') }));
                  },
                },
              ]}
            />
          </ProForm.Group>
          <ProForm.Group title={t('security.passwordGroup')}>
            {PASSWORD_FIELDS.map((field) => (
              <ProFormDigit
                key={field}
                name={field}
                label={t(`security.${field}`)}
                {...limits(field)}
                fieldProps={{ precision: 0 }}
                colProps={{ xs: 24, md: 8 }}
                rules={[{ required: true, message: t('form.required') }]}
              />
            ))}
          </ProForm.Group>
          <ProForm.Group title={t('security.sessionGroup')}>
            {SESSION_FIELDS.map((field) => (
              <ProFormDigit
                key={field}
                name={field}
                label={t(`security.${field}`)}
                {...limits(field)}
                fieldProps={{ precision: 0 }}
                colProps={{ xs: 24, md: 8 }}
                rules={[{ required: true, message: t('form.required') }]}
              />
            ))}
          </ProForm.Group>
          {!editable && <Alert type="info" showIcon message={t('security.readOnly')} />}
        </ProForm>
      </ProCard>
    </PageContainer>
  );
}
