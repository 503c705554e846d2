import { PAGE_SIZE_DEFAULT, type Facility } from '@contracts';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { ReasonModal } from '../../../components/ReasonModal.tsx';
import { useArchiveFacility, type FacilityListParams } from '../queries.ts';
import { CertificationsModal } from './CertificationsModal.tsx';
import { FacilityAttachments } from './FacilityAttachments.tsx';
import { FacilityFormModal } from './FacilityFormModal.tsx';
import { FacilityTable, type FacilityAction } from './FacilityTable.tsx';

type Dialog =
  { action: FacilityAction; facility: Facility } | { action: 'create'; facility: null } | null;

/** The ledger with its dialogs; on a port's tab the port is fixed. */
export function FacilityManager({
  portId,
  canCreate,
  canImport,
}: {
  portId?: string;
  canCreate: boolean;
  canImport: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useState<FacilityListParams>({
    page: 1,
    pageSize: PAGE_SIZE_DEFAULT,
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const archive = useArchiveFacility();
  const onApiError = useApiError();
  const close = () => setDialog(null);

  return (
    <>
      <FacilityTable
        params={params}
        onParams={setParams}
        fixedPortId={portId}
        canCreate={canCreate}
        canImport={canImport}
        onCreate={() => setDialog({ action: 'create', facility: null })}
        onAction={(action, facility) => setDialog({ action, facility })}
      />
      <FacilityFormModal
        open={dialog?.action === 'create' || dialog?.action === 'edit'}
        facility={dialog?.action === 'edit' ? dialog.facility : null}
        portId={portId}
        onClose={close}
      />
      <CertificationsModal
        facility={dialog?.action === 'certifications' ? dialog.facility : null}
        onClose={close}
      />
      <FacilityAttachments
        facility={dialog?.action === 'attachments' ? dialog.facility : null}
        onClose={close}
      />
      <ReasonModal
        open={dialog?.action === 'archive'}
        title={
          dialog?.facility
            ? t('facilities.archiveTitle', { area: dialog.facility.functionalArea })
            : ''
        }
        danger
        onClose={close}
        onSubmit={(reason, form) =>
          dialog?.action === 'archive'
            ? archive
                .mutateAsync({ facility: dialog.facility, reason })
                .then(() => {
                  void message.success(t('common.saved'));
                  return true;
                })
                .catch((error: unknown) => onApiError(error, form))
            : Promise.resolve(true)
        }
      />
    </>
  );
}
