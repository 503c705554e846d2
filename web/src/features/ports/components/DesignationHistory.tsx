import { Spin, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePortLabels } from '../../../components/portLabels.ts';
import { useDesignationHistory } from '../queries.ts';

const COLOURS = { approved: 'green', suspended: 'orange', withdrawn: 'red' } as const;

/** A designation's history, newest first. */
export function DesignationHistory({ designationId }: { designationId: string }) {
  const { t } = useTranslation();
  const labels = usePortLabels();
  const { data, isPending } = useDesignationHistory(designationId);
  if (isPending) return <Spin size="small" />;
  return (
    <Timeline
      style={{ marginTop: 12 }}
      items={(data ?? []).map((h) => ({
        key: h.id,
        color: COLOURS[h.status],
        children: (
          <div>
            <strong>{`${h.effectiveDate} ${labels.designation(h.status)}`}</strong>
            <div>{`${t('ports.legalBasis')}：${h.legalBasis}`}</div>
            {h.reason && <div>{`${t('common.reason')}：${h.reason}`}</div>}
            <div
              style={{ color: 'rgba(0,0,0,0.62)', fontSize: 12 }}
            >{`${labels.dateTime(h.at)} ${h.by ?? ''}`}</div>
          </div>
        ),
      }))}
    />
  );
}
