import type { Port } from '@contracts';
import { Card, Col, Descriptions, Empty, Row, Space } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { DESIGNATION_TONES, usePortLabels } from '../../../components/portLabels.ts';
import { StatusTag } from '../../../components/StatusTag.tsx';

const PortPositionMap = lazy(() => import('./PortPositionMap.tsx'));

/** A port's register fields beside its position on the map. */
export function PortOverview({ port }: { port: Port }) {
  const { t } = useTranslation();
  const labels = usePortLabels();
  const sep = labels.lang === 'en' ? ', ' : '、';
  const items = [
    { key: 'code', label: t('ports.code'), children: port.code },
    { key: 'nameZh', label: t('ports.nameZh'), children: <span lang="zh-CN">{port.nameZh}</span> },
    { key: 'nameEn', label: t('ports.nameEn'), children: <span lang="en">{port.nameEn}</span> },
    {
      key: 'branch',
      label: t('ports.branch'),
      children: labels.name({ nameZh: port.branchNameZh, nameEn: port.branchNameEn }),
    },
    { key: 'place', label: t('ports.placeKind'), children: labels.place(port) },
    { key: 'modes', label: t('ports.modes'), children: port.modes.map(labels.mode).join(sep) },
    { key: 'class', label: t('ports.class'), children: labels.portClass(port.portClass) },
    {
      key: 'region',
      label: t('ports.region'),
      children: `${labels.region(port.provinceCode)} ${labels.region(port.cityCode)}`,
    },
    {
      key: 'coords',
      label: t('ports.coordinates'),
      children: port.latitude === null ? '—' : `${port.latitude}, ${port.longitude}`,
    },
    { key: 'opened', label: t('ports.openedDate'), children: port.openedDate ?? '—' },
    { key: 'statusReason', label: t('ports.statusReason'), children: port.statusReason ?? '—' },
    {
      key: 'capacity',
      label: t('ports.designCapacity'),
      children: port.designCapacity.length
        ? port.designCapacity
            .map(
              (c) =>
                `${labels.mode(c.mode)} ${labels.number(c.value)} ${labels.capacityUnit(c.unit)}`,
            )
            .join(sep)
        : '—',
    },
    {
      key: 'categories',
      label: t('ports.categories'),
      children: (
        <Space size={[0, 4]} wrap>
          {port.categories.map((c) => (
            <StatusTag
              key={c.code}
              tone={DESIGNATION_TONES[c.status]}
            >{`${labels.category(c.code)} · ${labels.designation(c.status)}`}</StatusTag>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={13}>
        <Card data-testid="port-overview">
          <Descriptions column={1} size="small" items={items} labelStyle={{ width: 130 }} />
        </Card>
      </Col>
      <Col xs={24} xl={11}>
        <Card title={<h2 className="card-title">{t('ports.positionTitle')}</h2>}>
          {port.latitude === null ? (
            <Empty description={t('ports.noPosition')} />
          ) : (
            <Suspense fallback={null}>
              <PortPositionMap port={port} />
            </Suspense>
          )}
        </Card>
      </Col>
    </Row>
  );
}
