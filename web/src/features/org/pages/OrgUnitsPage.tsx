import { PageContainer } from '@ant-design/pro-components';
import { PAGE_SIZE_DEFAULT, type OrgTreeNode, type OrgUnit } from '@contracts';
import { App, Col, Row, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgTree } from '../../../api/reference.ts';
import { useSignedIn } from '../../../api/session.ts';
import { useApiError } from '../../../api/useApiError.ts';
import { ReasonModal } from '../../../components/ReasonModal.tsx';
import { useLabels } from '../../../i18n/labels.ts';
import { OrgCreateModal } from '../components/OrgCreateModal.tsx';
import { OrgEditModal } from '../components/OrgEditModal.tsx';
import { OrgMoveModal } from '../components/OrgMoveModal.tsx';
import { OrgTable, type OrgAction } from '../components/OrgTable.tsx';
import { OrgTree } from '../components/OrgTree.tsx';
import { useArchiveOrgUnit, useRestoreOrgUnit, type OrgListParams } from '../queries.ts';

type Dialog =
  | { action: Exclude<OrgAction, 'restore'>; unit: OrgUnit }
  | { action: 'create'; unit: null }
  | null;

/** The organisation tree on the left, the units on the right, with what the user may do to each. */
export default function OrgUnitsPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const labels = useLabels();
  const me = useSignedIn();
  const { data: nodes = [] } = useOrgTree();
  const [params, setParams] = useState<OrgListParams>({ page: 1, pageSize: PAGE_SIZE_DEFAULT });
  const [dialog, setDialog] = useState<Dialog>(null);
  const archive = useArchiveOrgUnit();
  const restore = useRestoreOrgUnit();
  const onApiError = useApiError();
  const close = () => setDialog(null);
  const confirmRestore = (unit: OrgUnit) =>
    modal.confirm({
      title: t('org.restoreConfirm', { name: labels.name(unit) }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        restore
          .mutateAsync(unit)
          .then(() => void message.success(t('common.saved')))
          .catch((error: unknown) => void onApiError(error)),
    });

  const selected = nodes.find((node) => node.id === params.parentId) ?? null;
  const createParent: OrgTreeNode | null =
    dialog?.action === 'addChild' ? (nodes.find((n) => n.id === dialog.unit.id) ?? null) : null;
  const title = selected ? t('org.childrenOf', { name: labels.name(selected) }) : t('org.allUnits');

  return (
    <PageContainer title={t('nav.org')} content={t('org.intro')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={7} xl={5}>
          <OrgTree
            selectedId={params.parentId ?? null}
            onSelect={(id) => setParams({ ...params, parentId: id ?? undefined, page: 1 })}
          />
        </Col>
        <Col xs={24} lg={17} xl={19}>
          {selected && (
            <Tag
              closable
              onClose={() => setParams({ ...params, parentId: undefined, page: 1 })}
              style={{ marginBottom: 8 }}
              data-testid="org-parent-filter"
            >
              {t('org.parentFilter', { name: labels.name(selected) })}
            </Tag>
          )}
          <OrgTable
            title={title}
            params={params}
            onParams={setParams}
            canCreate={me.permissions.includes('org.write')}
            onCreate={() => setDialog({ action: 'create', unit: null })}
            onAction={(action, unit) =>
              action === 'restore' ? confirmRestore(unit) : setDialog({ action, unit })
            }
          />
        </Col>
      </Row>
      <OrgCreateModal
        open={dialog?.action === 'create' || dialog?.action === 'addChild'}
        parent={dialog?.action === 'create' ? selected : createParent}
        onClose={close}
      />
      <OrgEditModal unit={dialog?.action === 'edit' ? dialog.unit : null} onClose={close} />
      <OrgMoveModal unit={dialog?.action === 'move' ? dialog.unit : null} onClose={close} />
      <ReasonModal
        open={dialog?.action === 'archive'}
        title={dialog?.unit ? t('org.archiveTitle', { name: labels.name(dialog.unit) }) : ''}
        description={<p>{t('org.archiveHelp')}</p>}
        danger
        onClose={close}
        onSubmit={(reason, form) =>
          dialog?.action === 'archive'
            ? archive
                .mutateAsync({ unit: dialog.unit, reason })
                .then(() => {
                  void message.success(t('common.saved'));
                  return true;
                })
                .catch((error: unknown) => onApiError(error, form))
            : Promise.resolve(true)
        }
      />
    </PageContainer>
  );
}
