import {
  ModalForm,
  ProForm,
  ProFormDatePicker,
  ProFormSelect,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { PRIORITIES, type Finding, type FindingPlan } from '@contracts';
import { App, Button, Descriptions, Divider, Drawer, Form, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiError } from '../../../api/useApiError.ts';
import { StatusTag } from '../../../components/StatusTag.tsx';
import { useSubmitter } from '../../../components/useSubmitter.ts';
import {
  useFinding,
  useFindingEvidence,
  useFindingOwners,
  usePlanFinding,
  useRejectFinding,
  useSubmitFinding,
  useVerifyFinding,
} from '../assessmentQueries.ts';
import { RECTIFICATION_TONES, RESULT_TONES, useStandardLabels } from '../labels.ts';
import { assessmentPath } from './AssessmentTable.tsx';
import { EvidenceList } from './EvidenceList.tsx';

type PlanValues = Omit<FindingPlan, 'version' | 'ownerId'> & { ownerId?: string | null };
type Step = 'submit' | 'verify' | 'reject' | null;

/** The plan form: owner (an officer the finding may be given to), due date, priority, what will be done. */
function PlanForm({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const [form] = Form.useForm<PlanValues>();
  const plan = usePlanFinding();
  const owners = useFindingOwners(finding.id);
  const ownerOptions = (owners.data ?? []).map((o) => ({
    value: o.id,
    label: `${o.displayName} (${o.username})`,
  }));
  // The current owner stays selectable even when no longer among the candidates.
  if (finding.ownerId && !ownerOptions.some((o) => o.value === finding.ownerId))
    ownerOptions.unshift({ value: finding.ownerId, label: finding.ownerName ?? finding.ownerId });
  const required = [{ required: true, message: t('form.required') }];
  return (
    <ProForm<PlanValues>
      name="findingPlan"
      form={form}
      initialValues={{
        ownerId: finding.ownerId,
        dueDate: finding.dueDate ?? undefined,
        priority: finding.priority,
        plan: finding.plan ?? '',
      }}
      submitter={{
        searchConfig: { submitText: t('findings.savePlan') },
        resetButtonProps: false,
        submitButtonProps: { ...({ 'data-testid': 'finding-plan-save' } as object) },
      }}
      onFinish={async (v) => {
        try {
          await plan.mutateAsync({
            f: finding,
            body: {
              ownerId: v.ownerId ?? null,
              dueDate: v.dueDate,
              priority: v.priority,
              plan: v.plan.trim(),
            },
          });
          void message.success(t('common.saved'));
        } catch (error) {
          onApiError(error, form);
        }
      }}
    >
      <ProFormSelect
        name="ownerId"
        label={t('findings.owner')}
        showSearch
        allowClear
        options={ownerOptions}
        fieldProps={
          {
            optionFilterProp: 'label',
            loading: owners.isPending,
            'data-testid': 'finding-owner',
          } as object
        }
      />
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
        <ProFormDatePicker
          name="dueDate"
          label={t('findings.dueDate')}
          rules={required}
          fieldProps={{ style: { width: '100%' } }}
        />
        <ProFormSelect
          name="priority"
          label={t('findings.priority')}
          rules={required}
          allowClear={false}
          options={PRIORITIES.map((p) => ({ value: p, label: labels.priority(p) }))}
        />
      </div>
      <ProFormTextArea
        name="plan"
        label={t('findings.plan')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('common.reasonRule') }]}
        fieldProps={{ rows: 4, maxLength: 4000, 'data-testid': 'finding-plan' } as object}
      />
    </ProForm>
  );
}

/** A finding: what fell short, the rectification plan, progress with evidence, and verification. */
export function FindingDrawer({
  findingId,
  onClose,
}: {
  findingId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const { message } = App.useApp();
  const submitter = useSubmitter();
  const onApiError = useApiError();
  const { data: f, isPending } = useFinding(findingId ?? '');
  const attach = useFindingEvidence();
  const submit = useSubmitFinding();
  const verify = useVerifyFinding();
  const reject = useRejectFinding();
  const [step, setStep] = useState<Step>(null);
  const [stepForm] = Form.useForm<{ text?: string }>();

  const runStep = async ({ text }: { text?: string }) => {
    if (!f) return true;
    const value = text?.trim() ?? '';
    try {
      if (step === 'submit') await submit.mutateAsync({ f, progressNote: value });
      if (step === 'verify') await verify.mutateAsync({ f, comment: value || null });
      if (step === 'reject') await reject.mutateAsync({ f, comment: value });
      void message.success(t('common.saved'));
      return true;
    } catch (error) {
      return onApiError(error, stepForm);
    }
  };
  const stepLabel = step === 'submit' ? t('findings.progressNote') : t('findings.reviewComment');
  const stepTitle =
    step === 'submit'
      ? t('findings.submit')
      : step === 'verify'
        ? t('findings.verify')
        : t('findings.reject');

  return (
    <Drawer
      open={findingId !== null}
      onClose={onClose}
      width="min(760px, 96vw)"
      title={f ? `${f.portCode} · ${f.itemCode}` : t('findings.detail')}
      destroyOnHidden
      data-testid="finding-drawer"
    >
      {isPending || !f ? (
        <Spin />
      ) : (
        <>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('findings.item')} span={2}>
              {labels.title(f)}
            </Descriptions.Item>
            <Descriptions.Item
              label={t('findings.port')}
            >{`${f.portCode} ${labels.name({ nameZh: f.portNameZh, nameEn: f.portNameEn })}`}</Descriptions.Item>
            <Descriptions.Item label={t('catalogs.aspect')}>
              {labels.aspect(f.aspect)}
            </Descriptions.Item>
            <Descriptions.Item label={t('findings.campaign')} span={2}>
              <Link to={assessmentPath(f.assessmentId)}>{f.campaignNameZh}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('findings.grade')}>
              {labels.grade(f.grade)}
            </Descriptions.Item>
            <Descriptions.Item label={t('findings.status')}>
              <StatusTag tone={RECTIFICATION_TONES[f.status]}>
                {labels.findingStatus(f.status)}
              </StatusTag>
              {f.overdue && <StatusTag tone="bad">{t('findings.overdue')}</StatusTag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('findings.resultAtFinding')}>
              <StatusTag tone={RESULT_TONES[f.resultAtFinding]}>
                {labels.result(f.resultAtFinding)}
              </StatusTag>
            </Descriptions.Item>
            <Descriptions.Item label={t('findings.currentResult')}>
              {f.currentResult ? (
                <StatusTag tone={RESULT_TONES[f.currentResult]}>
                  {labels.result(f.currentResult)}
                </StatusTag>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('findings.owner')}>{f.ownerName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('findings.dueDate')}>{f.dueDate ?? '—'}</Descriptions.Item>
            {f.progressNote && (
              <Descriptions.Item label={t('findings.progressNote')} span={2}>
                {f.progressNote}
              </Descriptions.Item>
            )}
            {f.reviewComment && (
              <Descriptions.Item label={t('findings.reviewComment')} span={2}>
                <Typography.Text type={f.status === 'rejected' ? 'danger' : undefined}>
                  {f.reviewComment}
                </Typography.Text>
              </Descriptions.Item>
            )}
            {f.verifiedAt && (
              <Descriptions.Item
                label={t('findings.verifiedBy')}
                span={2}
              >{`${f.verifiedBy ?? ''} · ${labels.dateTime(f.verifiedAt)}`}</Descriptions.Item>
            )}
            <Descriptions.Item label={t('assessments.evidence')} span={2}>
              <EvidenceList
                evidence={f.evidence}
                canAttach={Boolean(f.can.attach)}
                onUpload={(file) => attach.mutateAsync({ f, file })}
                testId="finding-evidence"
              />
            </Descriptions.Item>
          </Descriptions>

          <Space style={{ marginTop: 16 }} wrap>
            {f.can.submit && (
              <Button type="primary" onClick={() => setStep('submit')} data-testid="finding-submit">
                {t('findings.submit')}
              </Button>
            )}
            {f.can.verify && (
              <Button type="primary" onClick={() => setStep('verify')} data-testid="finding-verify">
                {t('findings.verify')}
              </Button>
            )}
            {f.can.reject && (
              <Button danger onClick={() => setStep('reject')} data-testid="finding-reject">
                {t('findings.reject')}
              </Button>
            )}
          </Space>

          {f.can.plan ? (
            <>
              <Divider orientation="left">{t('findings.plan')}</Divider>
              <PlanForm key={`${f.id}-${f.version}`} finding={f} />
            </>
          ) : (
            f.plan && (
              <>
                <Divider orientation="left">{t('findings.plan')}</Divider>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                  {f.plan}
                </Typography.Paragraph>
              </>
            )
          )}

          <ModalForm<{ text?: string }>
            name="findingStep"
            title={stepTitle}
            open={step !== null}
            form={stepForm}
            width={520}
            onOpenChange={(next) => !next && setStep(null)}
            submitter={submitter}
            modalProps={{ destroyOnHidden: true, okButtonProps: { danger: step === 'reject' } }}
            onFinish={runStep}
          >
            <ProFormTextArea
              name="text"
              label={stepLabel}
              rules={
                step === 'verify'
                  ? []
                  : [{ required: true, whitespace: true, min: 2, message: t('common.reasonRule') }]
              }
              fieldProps={
                {
                  rows: 4,
                  maxLength: step === 'submit' ? 4000 : 2000,
                  'data-testid': 'finding-step-text',
                } as object
              }
            />
          </ModalForm>
        </>
      )}
    </Drawer>
  );
}
