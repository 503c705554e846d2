import { ProFormSelect } from '@ant-design/pro-components';
import { WORKING_GROUPS, type Role } from '@contracts';
import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect.tsx';
import { useLabels } from '../../../i18n/labels.ts';

/** Role, the org unit it reaches, and the working group when the role is wg_member. `prefix` nests the fields. */
export function GrantFields({
  roles,
  prefix = [],
  required,
}: {
  roles: readonly Role[];
  prefix?: string[];
  required: boolean;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const role: unknown = Form.useWatch([...prefix, 'role']);
  const requiredRule = { required: true, message: t('form.required') };
  return (
    <>
      <ProFormSelect
        name={[...prefix, 'role']}
        label={t('users.role')}
        options={roles.map((r) => ({ value: r, label: labels.role(r) }))}
        rules={required ? [requiredRule] : []}
        allowClear={!required}
      />
      {typeof role === 'string' && (
        <Form.Item
          name={[...prefix, 'orgUnitId']}
          label={t('users.grantUnit')}
          extra={t('users.grantUnitHelp')}
          rules={[requiredRule]}
        >
          <OrgUnitTreeSelect testId="grant-org-unit" />
        </Form.Item>
      )}
      {role === 'wg_member' && (
        <ProFormSelect
          name={[...prefix, 'workingGroup']}
          label={t('users.workingGroup')}
          options={WORKING_GROUPS.map((g) => ({ value: g, label: t(`users.group.${g}`) }))}
          rules={[requiredRule]}
        />
      )}
    </>
  );
}
