import { ROLES, type GrantView, type Role, type User, type WorkingGroup } from '@contracts';
import { App, Button, Divider, Empty, Form, List, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { ReasonModal } from '../../../components/ReasonModal.tsx';
import { useLabels } from '../../../i18n/labels.ts';
import { useGrantRole, useRevokeGrant } from '../queries.ts';
import { GrantFields } from './GrantFields.tsx';

type Values = { role: Role; orgUnitId: string; workingGroup?: WorkingGroup };

/** The security administrator's view of one account's roles: revoke with a reason, or grant another. */
export function GrantsModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const grant = useGrantRole();
  const revoke = useRevokeGrant();
  const onApiError = useApiError();
  const [current, setCurrent] = useState<User | null>(null);
  const [revoking, setRevoking] = useState<GrantView | null>(null);
  const shown = current?.id === user?.id ? current : user;
  if (!shown) return null;

  const submit = (values: Values) =>
    grant.mutate(
      {
        userId: shown.id,
        role: values.role,
        orgUnitId: values.orgUnitId,
        workingGroup: values.role === 'wg_member' ? (values.workingGroup ?? null) : null,
      },
      {
        onSuccess: (updated) => {
          setCurrent(updated);
          form.resetFields();
          void message.success(t('users.granted'));
        },
        onError: (error) => onApiError(error, form),
      },
    );

  return (
    <Modal
      open
      title={t('users.grantsTitle', { username: shown.username, name: shown.displayName })}
      onCancel={onClose}
      footer={null}
      width={620}
      destroyOnHidden
    >
      <Typography.Title level={2} style={{ fontSize: 14 }}>
        {t('users.currentRoles')}
      </Typography.Title>
      {shown.roles.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('users.noRoles')} />
      ) : (
        <List
          size="small"
          dataSource={shown.roles}
          renderItem={(role) => (
            <List.Item
              actions={[
                <Button
                  key="revoke"
                  type="link"
                  danger
                  size="small"
                  onClick={() => setRevoking(role)}
                  data-testid={`grant-revoke-${role.role}`}
                >
                  {t('users.revoke')}
                </Button>,
              ]}
            >
              <span>
                <Tag color="blue">{labels.role(role.role)}</Tag>
                {labels.name({ nameZh: role.orgUnitNameZh, nameEn: role.orgUnitNameEn })} (
                {role.orgUnitCode})
                {role.workingGroup && (
                  <Tag style={{ marginLeft: 8 }}>{t(`users.group.${role.workingGroup}`)}</Tag>
                )}
              </span>
            </List.Item>
          )}
        />
      )}
      <Divider />
      <Typography.Title level={2} style={{ fontSize: 14 }}>
        {t('users.addGrant')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('users.adminExclusive')}</Typography.Paragraph>
      <Form
        name="grant"
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ orgUnitId: shown.orgUnitId }}
      >
        <GrantFields roles={ROLES} required />
        <Button
          type="primary"
          htmlType="submit"
          loading={grant.isPending}
          data-testid="grant-submit"
        >
          {t('users.grant')}
        </Button>
      </Form>
      <ReasonModal
        open={revoking !== null}
        title={revoking ? t('users.revokeTitle', { role: labels.role(revoking.role) }) : ''}
        danger
        onClose={() => setRevoking(null)}
        onSubmit={(reason, reasonForm) =>
          revoking
            ? revoke
                .mutateAsync({ grantId: revoking.id, reason })
                .then((updated) => {
                  setCurrent(updated);
                  void message.success(t('users.revoked'));
                  return true;
                })
                .catch((error: unknown) => onApiError(error, reasonForm))
            : Promise.resolve(true)
        }
      />
    </Modal>
  );
}
