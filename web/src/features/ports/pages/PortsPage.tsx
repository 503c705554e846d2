import { PageContainer } from '@ant-design/pro-components';
import { PAGE_SIZE_DEFAULT, type Port } from '@contracts';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useSignedIn } from '../../../api/session.ts';
import { FullPageSpin } from '../../../components/FullPageSpin.tsx';
import { PortFormModal } from '../components/PortFormModal.tsx';
import { PortTable } from '../components/PortTable.tsx';
import type { PortListParams } from '../queries.ts';

const PortMap = lazy(() => import('../components/PortMapView.tsx'));

type Dialog = { port: Port | null } | null;

/** The port register: a filtered list (/ports) and the same ports on a map (/ports/map). */
export default function PortsPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const view = pathname === '/ports/map' ? 'map' : 'list';
  const [params, setParams] = useState<PortListParams>({ page: 1, pageSize: PAGE_SIZE_DEFAULT });
  const [dialog, setDialog] = useState<Dialog>(null);

  return (
    <PageContainer
      title={t('nav.ports')}
      content={t('ports.intro')}
      tabActiveKey={view}
      tabList={[
        { key: 'list', tab: <span data-testid="ports-tab-list">{t('ports.tabList')}</span> },
        { key: 'map', tab: <span data-testid="ports-tab-map">{t('ports.tabMap')}</span> },
      ]}
      onTabChange={(key) => navigate(key === 'map' ? '/ports/map' : '/ports')}
    >
      {view === 'list' ? (
        <PortTable
          params={params}
          onParams={setParams}
          canCreate={me.permissions.includes('port.create')}
          canImport={me.permissions.includes('port.create')}
          onCreate={() => setDialog({ port: null })}
          onEdit={(port) => setDialog({ port })}
        />
      ) : (
        <Suspense fallback={<FullPageSpin />}>
          <PortMap />
        </Suspense>
      )}
      <PortFormModal
        open={dialog !== null}
        port={dialog?.port ?? null}
        onClose={() => setDialog(null)}
      />
    </PageContainer>
  );
}
