import {
  ModalForm,
  ProFormDependency,
  ProFormRadio,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { GRADES, MANUAL_RESULTS, type AssessmentItem, type Grade } from '@contracts';
import { App, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { useSubmitter } from '../../../components/useSubmitter.ts';
import { useAnswerItem } from '../assessmentQueries.ts';
import { useStandardLabels } from '../labels.ts';

type Values = {
  result: (typeof MANUAL_RESULTS)[number];
  grade?: Grade | null;
  naReason?: string | null;
  note?: string | null;
};

/**
 * Answers a manual item: result, a grade when it falls short, a reason when it does not apply, a note.
 * An automatic item can only be ruled not applicable, with the reason.
 */
export function AnswerModal({
  item,
  onClose,
}: {
  item: AssessmentItem | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const { message } = App.useApp();
  const submitter = useSubmitter();
  const onApiError = useApiError();
  const [form] = Form.useForm<Values>();
  const answer = useAnswerItem();
  const results = item?.automatic ? (['not_applicable'] as const) : MANUAL_RESULTS;
  const initial: Partial<Values> = item
    ? {
        result: item.automatic
          ? 'not_applicable'
          : item.result && item.result !== 'error'
            ? item.result
            : undefined,
        grade: item.grade,
        naReason: item.naReason,
        note: item.note,
      }
    : {};

  return (
    <ModalForm<Values>
      name="itemAnswer"
      title={item ? `${item.itemCode} ${labels.title(item)}` : ''}
      open={item !== null}
      form={form}
      width={600}
      initialValues={initial}
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async (v) => {
        if (!item) return true;
        const falls = v.result === 'partial' || v.result === 'non_compliant';
        try {
          await answer.mutateAsync({
            itemId: item.id,
            version: item.version,
            body: {
              result: v.result,
              grade: falls ? (v.grade ?? null) : null,
              naReason: v.result === 'not_applicable' ? (v.naReason?.trim() ?? null) : null,
              note: v.note?.trim() || null,
            },
          });
          void message.success(t('common.saved'));
          return true;
        } catch (error) {
          return onApiError(error, form);
        }
      }}
    >
      {item?.evidenceGuidance && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {labels.labelled(t('assessments.evidenceGuidance'), item.evidenceGuidance)}
        </Typography.Paragraph>
      )}
      {item?.automatic && (
        <Typography.Paragraph>{t('assessments.automaticOnlyNa')}</Typography.Paragraph>
      )}
      <ProFormRadio.Group
        name="result"
        label={t('assessments.result')}
        rules={[{ required: true, message: t('form.required') }]}
        radioType="button"
        options={results.map((r) => ({ value: r, label: labels.result(r) }))}
        fieldProps={{ 'data-testid': 'answer-result' } as object}
      />
      <ProFormDependency name={['result']}>
        {({ result }: { result?: Values['result'] }) => (
          <>
            {(result === 'partial' || result === 'non_compliant') && (
              <ProFormRadio.Group
                name="grade"
                label={t('assessments.grade')}
                rules={[{ required: true, message: t('form.required') }]}
                options={GRADES.map((g) => ({ value: g, label: labels.grade(g) }))}
                fieldProps={{ 'data-testid': 'answer-grade' } as object}
              />
            )}
            {result === 'not_applicable' && (
              <ProFormTextArea
                name="naReason"
                label={t('assessments.naReason')}
                rules={[
                  { required: true, whitespace: true, min: 2, message: t('common.reasonRule') },
                ]}
                fieldProps={
                  { rows: 2, maxLength: 1000, 'data-testid': 'answer-na-reason' } as object
                }
              />
            )}
          </>
        )}
      </ProFormDependency>
      <ProFormTextArea
        name="note"
        label={t('assessments.note')}
        fieldProps={
          { rows: 3, maxLength: 2000, showCount: true, 'data-testid': 'answer-note' } as object
        }
      />
    </ModalForm>
  );
}
