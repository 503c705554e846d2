import {
  ModalForm,
  ProFormDependency,
  ProFormSelect,
  ProFormText,
} from '@ant-design/pro-components';
import { ORG_KINDS, ORG_PARENT_KINDS, type OrgKind, type OrgTreeNode } from '@contracts';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect.tsx';
import { useSubmitter } from '../../../components/useSubmitter.ts';
import { useLabels } from '../../../i18n/labels.ts';
import { useCreateOrgUnit } from '../queries.ts';

type Values = {
  kind: OrgKind;
  parentId: string | null;
  code: string;
  nameZh: string;
  nameEn: string;
};

/** Only kinds that can sit at the top have no parent; the parent picker offers only allowed parent kinds. */
const needsParent = (kind: OrgKind | undefined) =>
  kind !== undefined && !ORG_PARENT_KINDS[kind].includes(null);
const takesParent = (kind: OrgKind | undefined) =>
  kind !== undefined && ORG_PARENT_KINDS[kind].some((k) => k !== null);
const parentAllowed = (kind: OrgKind) => (node: OrgTreeNode) =>
  node.status === 'active' && ORG_PARENT_KINDS[kind].includes(node.kind);

/** Kinds that may be created under this parent (or at the top when there is none). */
export function childKinds(parent: OrgTreeNode | null): OrgKind[] {
  return ORG_KINDS.filter((kind) => ORG_PARENT_KINDS[kind].includes(parent ? parent.kind : null));
}

export function OrgCreateModal({
  open,
  parent,
  onClose,
}: {
  open: boolean;
  parent: OrgTreeNode | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const submitter = useSubmitter();
  const { message } = App.useApp();
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const create = useCreateOrgUnit();
  const onApiError = useApiError();
  // A parent that takes no children (a port, a lab) cannot be preset; the user picks one instead.
  const presetParent = parent && childKinds(parent).length > 0 ? parent : null;
  const kinds = presetParent ? childKinds(presetParent) : [...ORG_KINDS];

  return (
    <ModalForm<Values>
      name="orgCreate"
      title={
        presetParent ? t('org.createUnder', { name: labels.name(presetParent) }) : t('org.create')
      }
      open={open}
      form={form}
      width={560}
      initialValues={{ kind: kinds[0], parentId: presetParent?.id ?? null }}
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async (values) => {
        const body = {
          ...values,
          code: values.code.trim(),
          parentId: takesParent(values.kind) ? (values.parentId ?? null) : null,
        };
        return create
          .mutateAsync(body)
          .then(() => {
            void message.success(t('common.saved'));
            return true;
          })
          .catch((error: unknown) => onApiError(error, form));
      }}
    >
      <ProFormSelect
        name="kind"
        label={t('org.kind')}
        rules={[{ required: true, message: t('form.required') }]}
        options={kinds.map((kind) => ({ value: kind, label: labels.kind(kind) }))}
        fieldProps={{ onChange: () => form.setFieldValue('parentId', null) }}
        allowClear={false}
      />
      <ProFormDependency name={['kind']}>
        {({ kind }: { kind?: OrgKind }) =>
          takesParent(kind) && kind ? (
            <Form.Item
              name="parentId"
              label={t('org.parent')}
              extra={t('org.parentKinds', {
                kinds: ORG_PARENT_KINDS[kind]
                  .filter((k): k is OrgKind => k !== null)
                  .map(labels.kind)
                  .join('、'),
              })}
              rules={needsParent(kind) ? [{ required: true, message: t('form.required') }] : []}
            >
              <OrgUnitTreeSelect selectable={parentAllowed(kind)} allowClear testId="org-parent" />
            </Form.Item>
          ) : null
        }
      </ProFormDependency>
      <ProFormText
        name="code"
        label={t('org.code')}
        tooltip={t('org.codeHelp')}
        rules={[{ required: true, message: t('form.required') }]}
        fieldProps={{ maxLength: 40 }}
      />
      <ProFormText
        name="nameZh"
        label={t('org.nameZh')}
        rules={[{ required: true, message: t('form.required') }]}
        fieldProps={{ maxLength: 100 }}
      />
      <ProFormText
        name="nameEn"
        label={t('org.nameEn')}
        rules={[{ required: true, message: t('form.required') }]}
        fieldProps={{ maxLength: 200 }}
      />
    </ModalForm>
  );
}
