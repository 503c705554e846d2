import { ModalForm } from '@ant-design/pro-components';
import { ORG_PARENT_KINDS, type OrgKind, type OrgUnit } from '@contracts';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrgTree } from '../../../api/reference.ts';
import { useApiError } from '../../../api/useApiError.ts';
import { subtreeIds } from '../../../components/orgTree.ts';
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect.tsx';
import { useSubmitter } from '../../../components/useSubmitter.ts';
import { useLabels } from '../../../i18n/labels.ts';
import { useMoveOrgUnit } from '../queries.ts';

/** Move a unit and its subtree under another parent of an allowed kind. */
export function OrgMoveModal({ unit, onClose }: { unit: OrgUnit | null; onClose: () => void }) {
  const { t } = useTranslation();
  const submitter = useSubmitter();
  const { message } = App.useApp();
  const labels = useLabels();
  const [form] = Form.useForm<{ parentId: string | null }>();
  const move = useMoveOrgUnit();
  const onApiError = useApiError();
  const { data: nodes = [] } = useOrgTree();
  if (!unit) return null;

  const inside = subtreeIds(nodes, unit.id);
  const allowedKinds = ORG_PARENT_KINDS[unit.kind].filter((k): k is OrgKind => k !== null);

  return (
    <ModalForm<{ parentId: string | null }>
      name="orgMove"
      title={t('org.move', { name: labels.name(unit) })}
      open
      form={form}
      width={520}
      initialValues={{ parentId: unit.parentId }}
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async ({ parentId }) =>
        move
          .mutateAsync({ unit, parentId: parentId ?? null })
          .then(() => {
            void message.success(t('common.saved'));
            return true;
          })
          .catch((error: unknown) => onApiError(error, form))
      }
    >
      <Form.Item
        name="parentId"
        label={t('org.newParent')}
        extra={t('org.parentKinds', { kinds: allowedKinds.map(labels.kind).join('、') })}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <OrgUnitTreeSelect
          selectable={(node) =>
            node.status === 'active' && !inside.has(node.id) && allowedKinds.includes(node.kind)
          }
          testId="org-move-parent"
        />
      </Form.Item>
    </ModalForm>
  );
}
