import type { CampaignProgress as Progress } from '@contracts';
import { Progress as Bar, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useStandardLabels } from '../labels.ts';

/** Per branch: approved (green) over everything handed in (blue), out of the branch's assessments. */
export function CampaignProgress({ progress, testId }: { progress: Progress[]; testId?: string }) {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  return (
    <div
      data-testid={testId}
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(80px, max-content) 1fr',
        columnGap: 8,
        rowGap: 2,
        minWidth: 260,
      }}
    >
      {progress.map((p) => {
        const handedIn = p.submitted + p.reviewed + p.approved;
        const pct = (n: number) => (p.total ? Math.round((n / p.total) * 100) : 0);
        const detail = t('campaigns.progressDetail', {
          total: p.total,
          draft: p.draft,
          submitted: p.submitted,
          reviewed: p.reviewed,
          approved: p.approved,
        });
        return (
          <Tooltip key={p.branchId} title={detail}>
            <span style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
              {labels.name({ nameZh: p.branchNameZh, nameEn: p.branchNameEn })}
            </span>
            <Bar
              size="small"
              percent={pct(handedIn)}
              success={{ percent: pct(p.approved) }}
              format={() => `${p.approved}/${handedIn}/${p.total}`}
              aria-label={`${labels.name({ nameZh: p.branchNameZh, nameEn: p.branchNameEn })}: ${detail}`}
            />
          </Tooltip>
        );
      })}
    </div>
  );
}
