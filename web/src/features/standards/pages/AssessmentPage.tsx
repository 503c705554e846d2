import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import type { Aspect, AssessmentItem } from '@contracts';
import { Alert, App, Button, Descriptions, Popconfirm, Result, Space, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { useApiError } from '../../../api/useApiError.ts';
import { ReasonModal } from '../../../components/ReasonModal.tsx';
import { StatusTag } from '../../../components/StatusTag.tsx';
import {
  exportAssessment,
  useApproveAssessment,
  useAssessment,
  useDecideReopen,
  useRequestReopen,
  useSubmitAssessment,
} from '../assessmentQueries.ts';
import { AnswerModal, BulkAnswerModal } from '../components/AnswerModal.tsx';
import { AspectPanel } from '../components/AspectPanel.tsx';
import { AcceptModal, ReturnModal } from '../components/ReviewModals.tsx';
import { ASSESSMENT_STATUS_TONES, REVIEW_TONES, useStandardLabels } from '../labels.ts';

const CODE = /[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+/g;

/** What the port officer works through: every requirement by aspect, answered, reviewed, approved. */
export default function AssessmentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const { data: a, isPending, isError } = useAssessment(id);
  const submit = useSubmitAssessment();
  const approve = useApproveAssessment();
  const requestReopen = useRequestReopen();
  const decideReopen = useDecideReopen();
  const [answering, setAnswering] = useState<{
    item: AssessmentItem;
    sequence: AssessmentItem[];
  } | null>(null);
  const [bulk, setBulk] = useState<{ items: AssessmentItem[]; clear: () => void } | null>(null);
  const [accepting, setAccepting] = useState<Aspect | null>(null);
  const [returning, setReturning] = useState<Aspect | null>(null);
  const [askReopen, setAskReopen] = useState(false);
  const [submitError, setSubmitError] = useState<{ message: string; details: string[] } | null>(
    null,
  );
  const [tab, setTab] = useState<string | undefined>(undefined);
  const [exporting, setExporting] = useState(false);

  if (isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (isError || !a) return <Result status="warning" title={t('assessments.missing')} />;

  const missing = new Set(
    submitError ? submitError.details.flatMap((d) => d.match(CODE) ?? []) : [],
  );
  const done = (text: string) => () => void message.success(text);

  const doSubmit = () =>
    submit.mutateAsync(a).then(
      () => {
        setSubmitError(null);
        void message.success(t('assessments.submitted'));
      },
      (error: unknown) => {
        // Unanswered items come back as a field message: shown on the page, the items marked in their aspect.
        if (error instanceof ApiError && error.status === 422 && Object.keys(error.fields).length) {
          setSubmitError({ message: error.message, details: Object.values(error.fields) });
          const first = a.items.find((i) =>
            Object.values(error.fields).some((d) => d.includes(i.itemCode)),
          );
          if (first) setTab(first.aspect);
          return;
        }
        onApiError(error);
      },
    );

  return (
    <PageContainer
      title={`${a.portCode} ${labels.name({ nameZh: a.portNameZh, nameEn: a.portNameEn })}`}
      subTitle={labels.name({ nameZh: a.campaignNameZh, nameEn: a.campaignNameEn })}
      tags={
        <>
          <span data-testid="assessment-status">
            <StatusTag tone={ASSESSMENT_STATUS_TONES[a.status]}>
              {labels.assessmentStatus(a.status)}
            </StatusTag>
          </span>
          {a.reopenRequested && (
            <StatusTag tone="warn">{t('assessments.reopenRequested')}</StatusTag>
          )}
        </>
      }
      onBack={() => void navigate(`/standards/campaigns/${a.campaignId}`)}
      extra={
        <Space wrap className="no-print">
          <Button
            icon={<DownloadOutlined />}
            loading={exporting}
            data-testid="assessment-export"
            onClick={() => {
              setExporting(true);
              exportAssessment(a.id)
                .catch((error: unknown) => onApiError(error))
                .finally(() => setExporting(false));
            }}
          >
            {t('common.export')}
          </Button>
          <Button
            icon={<PrinterOutlined />}
            onClick={() => void navigate(`/standards/assessments/${a.id}/report`)}
            data-testid="assessment-print"
          >
            {t('assessments.report')}
          </Button>
          {a.can.submit && (
            <Popconfirm
              title={t('assessments.submitConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={doSubmit}
            >
              <Button type="primary" loading={submit.isPending} data-testid="assessment-submit">
                {t('assessments.submit')}
              </Button>
            </Popconfirm>
          )}
          {a.can.approve && (
            <Popconfirm
              title={t('assessments.approveConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                approve
                  .mutateAsync(a)
                  .then(done(t('assessments.approved')), (error: unknown) => void onApiError(error))
              }
            >
              <Button type="primary" loading={approve.isPending} data-testid="assessment-approve">
                {t('assessments.approve')}
              </Button>
            </Popconfirm>
          )}
          {a.can.requestReopen && (
            <Button onClick={() => setAskReopen(true)} data-testid="assessment-reopen-request">
              {t('assessments.requestReopen')}
            </Button>
          )}
          {a.can.decideReopen && (
            <>
              <Button
                type="primary"
                loading={decideReopen.isPending}
                data-testid="assessment-reopen-approve"
                onClick={() =>
                  decideReopen
                    .mutateAsync({ a, approve: true })
                    .then(
                      done(t('assessments.reopened')),
                      (error: unknown) => void onApiError(error),
                    )
                }
              >
                {t('assessments.reopenApprove')}
              </Button>
              <Button
                danger
                loading={decideReopen.isPending}
                data-testid="assessment-reopen-refuse"
                onClick={() =>
                  decideReopen
                    .mutateAsync({ a, approve: false })
                    .then(
                      done(t('assessments.reopenRefused')),
                      (error: unknown) => void onApiError(error),
                    )
                }
              >
                {t('assessments.reopenRefuse')}
              </Button>
            </>
          )}
        </Space>
      }
      content={
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 4 }}
          data-testid="assessment-summary"
        >
          <Descriptions.Item label={t('assessments.branch')}>
            {labels.name({ nameZh: a.branchNameZh, nameEn: a.branchNameEn })}
          </Descriptions.Item>
          <Descriptions.Item label={t('assessments.deadline')}>{a.deadline}</Descriptions.Item>
          <Descriptions.Item label={t('assessments.weighted')}>
            <span data-testid="assessment-score">{labels.score(a.score.weighted)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('assessments.mandatory')}>
            {`${a.score.mandatoryMet}/${a.score.mandatoryTotal}`}{' '}
            {a.score.meetsAllMandatory ? (
              <StatusTag tone="good">{t('assessments.meetsAll')}</StatusTag>
            ) : null}
          </Descriptions.Item>
          <Descriptions.Item
            label={t('assessments.answered')}
          >{`${a.score.answered}/${a.score.applicable}`}</Descriptions.Item>
          {a.submittedAt && (
            <Descriptions.Item
              label={t('assessments.submittedBy')}
            >{`${a.submittedBy ?? ''} · ${labels.dateTime(a.submittedAt)}`}</Descriptions.Item>
          )}
          {a.approvedAt && (
            <Descriptions.Item
              label={t('assessments.approvedBy')}
            >{`${a.approvedBy ?? ''} · ${labels.dateTime(a.approvedAt)}`}</Descriptions.Item>
          )}
          {a.reopenReason && (
            <Descriptions.Item
              label={t('assessments.reopenReason')}
            >{`${a.reopenReason}${a.reopenRequestedBy ? ` · ${a.reopenRequestedBy}` : ''}`}</Descriptions.Item>
          )}
        </Descriptions>
      }
    >
      {submitError && (
        <Alert
          type="error"
          showIcon
          closable
          role="alert"
          onClose={() => setSubmitError(null)}
          data-testid="assessment-submit-error"
          style={{ marginBottom: 16 }}
          message={submitError.message}
          description={submitError.details.join('；')}
        />
      )}
      <Tabs
        activeKey={tab ?? a.aspects[0]?.aspect}
        onChange={setTab}
        items={a.aspects.map((review) => ({
          key: review.aspect,
          label: (
            <span data-testid={`aspect-tab-${review.aspect}`}>
              {labels.aspect(review.aspect)}{' '}
              <StatusTag tone={REVIEW_TONES[review.status]}>
                {labels.reviewStatus(review.status)}
              </StatusTag>
              {labels.score(review.score.weighted)}
            </span>
          ),
          children: (
            <AspectPanel
              assessment={a}
              review={review}
              missing={missing}
              onAnswer={(item, sequence) => setAnswering({ item, sequence })}
              onAnswerMany={(items, clear) => setBulk({ items, clear })}
              onAccept={() => setAccepting(review.aspect)}
              onReturn={() => setReturning(review.aspect)}
            />
          ),
        }))}
      />
      <AnswerModal
        item={answering?.item ?? null}
        sequence={answering?.sequence ?? []}
        onMove={(item) => setAnswering((now) => (now ? { ...now, item } : now))}
        onClose={() => setAnswering(null)}
      />
      <BulkAnswerModal
        assessmentId={a.id}
        items={bulk?.items ?? null}
        onClose={() => setBulk(null)}
        onDone={() => {
          bulk?.clear();
          setBulk(null);
        }}
      />
      <AcceptModal assessment={a} aspect={accepting} onClose={() => setAccepting(null)} />
      <ReturnModal assessment={a} aspect={returning} onClose={() => setReturning(null)} />
      <ReasonModal
        open={askReopen}
        title={t('assessments.requestReopen')}
        description={t('assessments.reopenHint')}
        onClose={() => setAskReopen(false)}
        onSubmit={(reason, form) =>
          requestReopen.mutateAsync({ a, reason }).then(
            () => {
              void message.success(t('assessments.reopenAsked'));
              return true;
            },
            (error: unknown) => onApiError(error, form),
          )
        }
      />
    </PageContainer>
  );
}
