import type { AssessmentReport, ReportAspect, ReportItem } from '@contracts';
import { Result, Spin } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  FindingsTable,
  ReportFooter,
  ReportFrame,
  ReportMasthead,
  ScopeTable,
  SignatureBlock,
  useReportFormat,
} from './ReportParts.tsx';
import { useAssessmentReport } from './reportQueries.ts';

type Format = ReturnType<typeof useReportFormat>;

/** What the item came to, in words: the result, and how far short it fell. */
function resultOf(i: ReportItem, f: Format, t: TFunction) {
  if (!i.result) return t('report.notAnswered');
  return i.grade
    ? t('report.resultWithGrade', { result: f.result(i.result), grade: f.grade(i.grade) })
    : f.result(i.result);
}

function ItemsTable({ aspect }: { aspect: ReportAspect }) {
  const { t } = useTranslation();
  const f = useReportFormat();
  return (
    <table className="official-report__items" data-testid={`report-items-${aspect.aspect}`}>
      <thead>
        <tr>
          <th scope="col">{t('report.itemCode')}</th>
          <th scope="col">{t('report.requirement')}</th>
          <th scope="col">{t('report.importance')}</th>
          <th scope="col">{t('report.result')}</th>
          <th scope="col">{t('report.note')}</th>
          <th scope="col">{t('report.reviewComment')}</th>
        </tr>
      </thead>
      <tbody>
        {aspect.items.map((i) => (
          <tr key={i.itemCode}>
            <td>{i.itemCode}</td>
            <td>{f.title(i)}</td>
            <td>{f.importance(i.importance)}</td>
            <td>{resultOf(i, f, t)}</td>
            <td>
              {f.list(
                [
                  i.naReason ? f.labelled(t('report.naReason'), i.naReason) : '',
                  i.note ?? '',
                  i.errorMessage ?? '',
                ].filter(Boolean),
              )}
              {i.answered && (
                <span className="official-report__comment">
                  {i.automatic ? t('report.automatic') : f.person(i.answered)}{' '}
                  {f.date(i.answered.at)}
                </span>
              )}
              {!i.answered && i.automatic && i.result && (
                <span className="official-report__comment">{t('report.automatic')}</span>
              )}
            </td>
            <td>
              {i.reviewComment?.text}
              {i.reviewComment?.by && (
                <span className="official-report__comment">
                  {f.person(i.reviewComment.by)} {f.date(i.reviewComment.by.at)}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AssessmentReportDocument({ report: r }: { report: AssessmentReport }) {
  const { t } = useTranslation();
  const f = useReportFormat();
  const port = `${r.port.code} ${f.name(r.port)}`;
  return (
    <>
      <ReportMasthead
        district={r.district}
        title={t('report.assessmentTitle')}
        subtitle={`${port} · ${f.name(r.campaign)}`}
      />
      <section>
        <h2>{t('report.scope')}</h2>
        <ScopeTable
          rows={[
            [t('report.district'), f.name(r.district)],
            [t('report.branch'), r.branch ? f.name(r.branch) : '—'],
            [t('report.port'), port],
            [t('report.campaign'), `${r.campaign.code} ${f.name(r.campaign)}`],
            [t('report.kind'), f.campaignKind(r.campaign.kind)],
            [
              t('report.catalog'),
              `${f.name(r.campaign.catalog)} (${r.campaign.catalog.code} · ${t('report.versionNumber', { number: r.campaign.catalog.versionNumber })})`,
            ],
            [t('report.openedAt'), f.date(r.campaign.openedAt)],
            [t('report.deadline'), f.date(r.campaign.deadline)],
            [t('report.status'), f.assessmentStatus(r.status)],
            [t('report.weighted'), f.score(r.score.weighted)],
          ]}
        />
      </section>
      <section>
        <h2>{t('report.summaryByAspect')}</h2>
        <table data-testid="report-aspect-summary">
          <thead>
            <tr>
              <th scope="col">{t('report.aspect')}</th>
              <th scope="col">{t('report.reviewer')}</th>
              <th scope="col">{t('report.reviewStatus')}</th>
              <th scope="col" className="official-report__number">
                {t('report.weighted')}
              </th>
              <th scope="col" className="official-report__number">
                {t('report.mandatory')}
              </th>
              <th scope="col" className="official-report__number">
                {t('report.answered')}
              </th>
            </tr>
          </thead>
          <tbody>
            {r.aspects.map((a) => (
              <tr key={a.aspect}>
                <td>{f.aspect(a.aspect)}</td>
                <td>{t(`users.group.${a.reviewer}`)}</td>
                <td>{f.reviewStatus(a.status)}</td>
                <td className="official-report__number">{f.score(a.score.weighted)}</td>
                <td className="official-report__number">{f.mandatory(a.score)}</td>
                <td className="official-report__number">
                  {a.score.answered} / {a.score.applicable}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row" colSpan={3}>
                {t('report.total')}
              </th>
              <td className="official-report__number">{f.score(r.score.weighted)}</td>
              <td className="official-report__number">{f.mandatory(r.score)}</td>
              <td className="official-report__number">
                {r.score.answered} / {r.score.applicable}
              </td>
            </tr>
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('report.itemResults')}</h2>
        {r.aspects.map((a) => (
          <section key={a.aspect}>
            <h3>{f.aspect(a.aspect)}</h3>
            <ItemsTable aspect={a} />
          </section>
        ))}
      </section>
      <section>
        <h2>{t('report.signOff')}</h2>
        <table data-testid="report-sign-off">
          <thead>
            <tr>
              <th scope="col">{t('report.step')}</th>
              <th scope="col">{t('report.person')}</th>
              <th scope="col">{t('report.date')}</th>
              <th scope="col">{t('report.opinion')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{t('report.submitted')}</td>
              <td>{f.person(r.submitted)}</td>
              <td>{f.date(r.submitted?.at)}</td>
              <td />
            </tr>
            {r.aspects.map((a) => (
              <tr key={a.aspect}>
                <td>
                  {t('report.reviewOf', {
                    aspect: f.aspect(a.aspect),
                    status: f.reviewStatus(a.status),
                  })}
                </td>
                <td>{f.person(a.reviewed)}</td>
                <td>{f.date(a.reviewed?.at)}</td>
                <td>{a.comment}</td>
              </tr>
            ))}
            <tr>
              <td>{t('report.approval')}</td>
              <td>{f.person(r.approved)}</td>
              <td>{f.date(r.approved?.at)}</td>
              <td />
            </tr>
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('report.findings')}</h2>
        <FindingsTable findings={r.findings} withPort={false} />
      </section>
      <SignatureBlock />
      <ReportFooter generatedAt={r.generatedAt} />
    </>
  );
}

/** An assessment's official report: the district's filing copy of one port's assessment. */
export default function AssessmentReportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, isPending, isError } = useAssessmentReport(id);
  if (isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (isError || !data) return <Result status="warning" title={t('assessments.missing')} />;
  return (
    <ReportFrame back={`/standards/assessments/${id}`} testId="assessment-report">
      <AssessmentReportDocument report={data} />
    </ReportFrame>
  );
}
