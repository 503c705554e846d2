import { ASPECTS, type CampaignReport } from '@contracts';
import { Result, Spin } from 'antd';
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
import { useCampaignReport } from './reportQueries.ts';

/** Column headings of the four aspects, for the tables that score each one. */
function AspectHeadings() {
  const f = useReportFormat();
  return ASPECTS.map((a) => (
    <th key={a} scope="col" className="official-report__number">
      {f.aspect(a)}
    </th>
  ));
}

function CampaignReportDocument({ report: r }: { report: CampaignReport }) {
  const { t } = useTranslation();
  const f = useReportFormat();
  const c = r.campaign;
  return (
    <>
      <ReportMasthead
        district={r.district}
        title={t('report.campaignTitle')}
        subtitle={`${c.code} ${f.name(c)}`}
      />
      <section>
        <h2>{t('report.scope')}</h2>
        <ScopeTable
          rows={[
            [t('report.district'), f.name(r.district)],
            [t('report.campaign'), `${c.code} ${f.name(c)}`],
            [t('report.kind'), f.campaignKind(c.kind)],
            [t('report.campaignStatus'), f.campaignStatus(c.status)],
            [
              t('report.catalog'),
              `${f.name(c.catalog)} (${c.catalog.code} · ${t('report.versionNumber', { number: c.catalog.versionNumber })})`,
            ],
            [t('report.ports'), String(r.ports)],
            [t('report.openedAt'), f.date(c.openedAt)],
            [t('report.deadline'), f.date(c.deadline)],
            [t('report.closedAt'), f.date(c.closedAt)],
            [t('report.attainment'), f.percent(r.attainmentRate)],
          ]}
        />
      </section>
      <section>
        <h2>{t('report.summaryByAspect')}</h2>
        <table data-testid="report-aspect-summary">
          <thead>
            <tr>
              <th scope="col">{t('report.aspect')}</th>
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
            {ASPECTS.map((a) => (
              <tr key={a}>
                <td>{f.aspect(a)}</td>
                <td className="official-report__number">{f.score(r.byAspect[a].weighted)}</td>
                <td className="official-report__number">{f.mandatory(r.byAspect[a])}</td>
                <td className="official-report__number">
                  {r.byAspect[a].answered} / {r.byAspect[a].applicable}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('report.total')}</th>
              <td className="official-report__number">{f.score(r.overall.weighted)}</td>
              <td className="official-report__number">{f.mandatory(r.overall)}</td>
              <td className="official-report__number">
                {r.overall.answered} / {r.overall.applicable}
              </td>
            </tr>
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('report.summaryByBranch')}</h2>
        <table className="official-report__wide" data-testid="report-branch-summary">
          <thead>
            <tr>
              <th scope="col">{t('report.branch')}</th>
              <th scope="col" className="official-report__number">
                {t('report.ports')}
              </th>
              <th scope="col" className="official-report__number">
                {t('report.attainment')}
              </th>
              <th scope="col" className="official-report__number">
                {t('report.weighted')}
              </th>
              <AspectHeadings />
            </tr>
          </thead>
          <tbody>
            {r.branches.map((b) => (
              <tr key={b.branch.code || b.branch.nameZh}>
                <td>{f.name(b.branch)}</td>
                <td className="official-report__number">
                  {b.portsMeetingAll} / {b.ports}
                </td>
                <td className="official-report__number">{f.percent(b.attainmentRate)}</td>
                <td className="official-report__number">{f.score(b.overall.weighted)}</td>
                {ASPECTS.map((a) => (
                  <td key={a} className="official-report__number">
                    {f.score(b.byAspect[a].weighted)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="official-report__empty">{t('report.attainmentHint')}</p>
      </section>
      <section>
        <h2>{t('report.portResults')}</h2>
        <table className="official-report__wide" data-testid="report-ports">
          <thead>
            <tr>
              <th scope="col">{t('report.port')}</th>
              <th scope="col">{t('report.branch')}</th>
              <th scope="col">{t('report.status')}</th>
              <th scope="col" className="official-report__number">
                {t('report.weighted')}
              </th>
              <AspectHeadings />
              <th scope="col" className="official-report__number">
                {t('report.mandatory')}
              </th>
              <th scope="col">{t('report.approval')}</th>
            </tr>
          </thead>
          <tbody>
            {r.assessments.map((a) => (
              <tr key={a.assessmentId}>
                <td>
                  {a.port.code} {f.name(a.port)}
                </td>
                <td>{f.name({ nameZh: a.branchNameZh, nameEn: a.branchNameEn })}</td>
                <td>{f.assessmentStatus(a.status)}</td>
                <td className="official-report__number">{f.score(a.overall.weighted)}</td>
                {ASPECTS.map((x) => (
                  <td key={x} className="official-report__number">
                    {f.score(a.byAspect[x].weighted)}
                  </td>
                ))}
                <td className="official-report__number">{f.mandatory(a.overall)}</td>
                <td>
                  {a.approved ? (
                    <>
                      {f.person(a.approved)}
                      <span className="official-report__comment">{f.date(a.approved.at)}</span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('report.findings')}</h2>
        <FindingsTable findings={r.findings} withPort />
      </section>
      <SignatureBlock />
      <ReportFooter generatedAt={r.generatedAt} />
    </>
  );
}

/** A campaign's official report: the district's figures by aspect and branch, each port, and the findings. */
export default function CampaignReportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, isPending, isError } = useCampaignReport(id);
  if (isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (isError || !data) return <Result status="warning" title={t('campaigns.missing')} />;
  return (
    <ReportFrame back={`/standards/campaigns/${id}`} testId="campaign-report">
      <CampaignReportDocument report={data} />
    </ReportFrame>
  );
}
