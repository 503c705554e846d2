import { PageContainer } from '@ant-design/pro-components';
import type { Port } from '@contracts';
import { Button, Result, Spin } from 'antd';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { useSignedIn } from '../../../api/session.ts';
import { PORT_STATUS_TONES, usePortLabels } from '../../../components/portLabels.ts';
import { StatusTag } from '../../../components/StatusTag.tsx';
import { DesignationsTab } from '../components/DesignationsTab.tsx';
import { PortFormModal } from '../components/PortFormModal.tsx';
import { PortOverview } from '../components/PortOverview.tsx';
import { usePort } from '../queries.ts';

const TrafficTab = lazy(() => import('../components/TrafficTab.tsx'));

const TABS = ['overview', 'designations', 'traffic', 'facilities'] as const;
type Tab = (typeof TABS)[number];

type Props = {
  /** The port's facilities; the tab belongs to the facilities feature, so the router hands it in. */
  FacilitiesTab: ComponentType<{ port: Port }>;
};

/** One port: overview with its position, designations with history, traffic trends, facilities. */
export default function PortDetailPage({ FacilitiesTab }: Props) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const me = useSignedIn();
  const labels = usePortLabels();
  const { data: port, error, isPending } = usePort(id);
  const [tab, setTab] = useState<Tab>('overview');
  const [editing, setEditing] = useState(false);

  if (isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!port) {
    const status = error instanceof ApiError && error.status === 403 ? '403' : '404';
    return (
      <Result
        status={status}
        title={status}
        subTitle={error?.message}
        extra={<Button onClick={() => navigate('/ports')}>{t('ports.backToList')}</Button>}
      />
    );
  }
  const showFacilities = me.permissions.includes('facility.read');
  const tabs = TABS.filter((key) => key !== 'facilities' || showFacilities);

  return (
    <PageContainer
      title={`${port.code} ${labels.name(port)}`}
      onBack={() => navigate('/ports')}
      tags={
        <StatusTag tone={PORT_STATUS_TONES[port.status]}>{labels.status(port.status)}</StatusTag>
      }
      extra={
        port.can.update && (
          <Button onClick={() => setEditing(true)} data-testid="port-edit">
            {t('common.edit')}
          </Button>
        )
      }
      tabActiveKey={tab}
      tabList={tabs.map((key) => ({
        key,
        tab: <span data-testid={`port-tab-${key}`}>{t(`ports.tab.${key}`)}</span>,
      }))}
      onTabChange={(key) => setTab(key as Tab)}
    >
      <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
        {tab === 'overview' && <PortOverview port={port} />}
        {tab === 'designations' && <DesignationsTab port={port} />}
        {tab === 'traffic' && <TrafficTab port={port} />}
        {tab === 'facilities' && showFacilities && <FacilitiesTab port={port} />}
      </Suspense>
      <PortFormModal
        open={editing}
        port={editing ? port : null}
        onClose={() => setEditing(false)}
      />
    </PageContainer>
  );
}
