import type { Assessment } from '@contracts';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useStandardLabels } from '../labels.ts';
import { useExplain } from './Explanation.tsx';

/** The whole assessment on paper: put under <body>, hidden on screen, the only thing printed (see app.css @media print). */
export function AssessmentPrint({ assessment: a }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const explain = useExplain();
  return createPortal(
    <div className="print-area" data-testid="assessment-print-view">
      <h1>
        {a.portCode} {labels.name({ nameZh: a.portNameZh, nameEn: a.portNameEn })}
      </h1>
      <p>
        {labels.name({ nameZh: a.campaignNameZh, nameEn: a.campaignNameEn })} · {a.branchNameZh} ·{' '}
        {labels.assessmentStatus(a.status)} · {t('assessments.weighted')}{' '}
        {labels.score(a.score.weighted)} · {t('assessments.mandatory')} {a.score.mandatoryMet}/
        {a.score.mandatoryTotal} ·{' '}
        {t('assessments.printedAt', { at: labels.dateTime(new Date().toISOString()) })}
      </p>
      {a.aspects.map((review) => (
        <section key={review.aspect}>
          <h2>
            {labels.aspect(review.aspect)} — {labels.reviewStatus(review.status)} ·{' '}
            {t('assessments.weighted')} {labels.score(review.score.weighted)}
          </h2>
          <table>
            <thead>
              <tr>
                <th>{t('catalogs.itemCode')}</th>
                <th>{t('catalogs.itemTitle')}</th>
                <th>{t('catalogs.importance')}</th>
                <th>{t('assessments.result')}</th>
                <th>{t('assessments.printDetail')}</th>
              </tr>
            </thead>
            <tbody>
              {a.items
                .filter((i) => i.aspect === review.aspect)
                .map((i) => (
                  <tr key={i.id}>
                    <td>{i.itemCode}</td>
                    <td>{labels.title(i)}</td>
                    <td>{labels.importance(i.importance)}</td>
                    <td>
                      {i.result ? labels.result(i.result) : t('assessments.notAnswered')}
                      {i.grade ? ` (${labels.grade(i.grade)})` : ''}
                    </td>
                    <td>
                      {labels.list(
                        [
                          explain(i),
                          i.naReason ? labels.labelled(t('assessments.naReason'), i.naReason) : '',
                          i.note ? labels.labelled(t('assessments.note'), i.note) : '',
                          i.evidence.length
                            ? labels.labelled(
                                t('assessments.evidence'),
                                i.evidence.map((e) => e.name).join(', '),
                              )
                            : '',
                        ].filter(Boolean),
                      )}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>,
    document.body,
  );
}
