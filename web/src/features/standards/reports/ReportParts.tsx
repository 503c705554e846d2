import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import type { ReportFinding, ReportSignOff, ReportUnit, Score } from '@contracts';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatLongDate } from '../../../i18n/time.ts';
import { useStandardLabels } from '../labels.ts';
import './report.css';

/** The report's words in the UI language: names in English fall back to Chinese where none was entered. */
export function useReportFormat() {
  const labels = useStandardLabels();
  const en = labels.lang === 'en';
  return {
    ...labels,
    name: (named: { nameZh: string; nameEn: string }) =>
      en && named.nameEn.trim() ? named.nameEn : named.nameZh,
    title: (named: { titleZh: string; titleEn: string }) =>
      en && named.titleEn.trim() ? named.titleEn : named.titleZh,
    /** A calendar day ('YYYY-MM-DD') or an instant, as a document dates it. */
    date: (value: string | null | undefined) => formatLongDate(value, labels.lang),
    person: (who: ReportSignOff | null) => who?.displayName ?? '—',
    mandatory: (s: Score) => `${s.mandatoryMet} / ${s.mandatoryTotal}`,
  };
}

/** The paper itself, with the print button and the way back above it (neither printed). */
export function ReportFrame(props: { back: string; testId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="official-report" data-testid={props.testId}>
      <div className="official-report__toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(props.back)}>
          {t('report.back')}
        </Button>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          data-testid="report-print"
        >
          {t('report.print')}
        </Button>
      </div>
      <article className="official-report__page">{props.children}</article>
    </div>
  );
}

/** 国门 and the district above the title, as the district's documents are headed. */
export function ReportMasthead(props: { district: ReportUnit; title: string; subtitle: string }) {
  const { t } = useTranslation();
  const f = useReportFormat();
  return (
    <header className="official-report__masthead">
      <div className="official-report__brand">{t('app.name')}</div>
      <div className="official-report__district" data-testid="report-district">
        {f.name(props.district)}
      </div>
      <h1>{props.title}</h1>
      <p className="official-report__subtitle">{props.subtitle}</p>
    </header>
  );
}

/** Label and value pairs of the scope, two to a row. */
export function ScopeTable({ rows }: { rows: [string, ReactNode][] }) {
  const pairs: [string, ReactNode][][] = [];
  for (let i = 0; i < rows.length; i += 2) pairs.push(rows.slice(i, i + 2));
  return (
    <table className="official-report__scope">
      <tbody>
        {pairs.map((pair) => (
          <tr key={pair[0]?.[0]}>
            {pair.map(([label, value]) => [
              <th key={`${label}-label`} scope="row">
                {label}
              </th>,
              <td key={`${label}-value`}>{value}</td>,
            ])}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function FindingsTable(props: { findings: ReportFinding[]; withPort: boolean }) {
  const { t } = useTranslation();
  const f = useReportFormat();
  if (props.findings.length === 0)
    return <p className="official-report__empty">{t('report.noFindings')}</p>;
  return (
    <table data-testid="report-findings">
      <thead>
        <tr>
          {props.withPort && <th scope="col">{t('report.port')}</th>}
          <th scope="col">{t('report.aspect')}</th>
          <th scope="col">{t('report.requirement')}</th>
          <th scope="col">{t('report.grade')}</th>
          <th scope="col">{t('report.owner')}</th>
          <th scope="col">{t('report.dueDate')}</th>
          <th scope="col">{t('report.findingStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {props.findings.map((finding) => (
          <tr key={finding.id}>
            {props.withPort && (
              <td>{f.name({ nameZh: finding.portNameZh, nameEn: finding.portNameEn })}</td>
            )}
            <td>{f.aspect(finding.aspect)}</td>
            <td>
              {finding.itemCode} {f.title(finding)}
            </td>
            <td>{f.grade(finding.grade)}</td>
            <td>{finding.ownerName ?? t('report.unassigned')}</td>
            <td>
              {f.date(finding.dueDate)}
              {finding.overdue && (
                <span className="official-report__comment">{t('report.overdue')}</span>
              )}
            </td>
            <td>
              {f.findingStatus(finding.status)}
              {finding.verified && (
                <span className="official-report__comment">
                  {f.person(finding.verified)} {f.date(finding.verified.at)}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 编制人 / 审核人 / 批准人 with lines to sign and date, and the unit's seal. */
export function SignatureBlock() {
  const { t } = useTranslation();
  const roles = [t('report.preparedBy'), t('report.checkedBy'), t('report.approvedBy')];
  return (
    <section className="official-report__signatures" data-testid="report-signatures">
      {roles.map((role) => (
        <div key={role} className="official-report__signature">
          <span className="official-report__line">{role}</span>
          <span className="official-report__line">{t('report.signDate')}</span>
        </div>
      ))}
      <div className="official-report__seal">
        <div>{t('report.seal')}</div>
        <div>{t('report.sealDate')}</div>
      </div>
    </section>
  );
}

export function ReportFooter({ generatedAt }: { generatedAt: string }) {
  const { t } = useTranslation();
  const f = useReportFormat();
  return (
    <p className="official-report__footer">
      {t('report.generatedAt', { at: f.dateTime(generatedAt) })}
    </p>
  );
}
