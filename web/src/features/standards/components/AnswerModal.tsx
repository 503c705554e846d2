import { GRADES, MANUAL_RESULTS, type AssessmentItem, type Grade } from '@contracts';
import {
  Alert,
  App,
  Button,
  Form,
  Input,
  Modal,
  Radio,
  Space,
  Typography,
  type FormInstance,
  type RadioGroupProps,
} from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { useAnswerItem, useAnswerItems, type AnswerBody } from '../assessmentQueries.ts';
import { useStandardLabels } from '../labels.ts';
import { dropDraft, readDraft, writeDraft } from './answerDrafts.ts';

type Result = (typeof MANUAL_RESULTS)[number];
type Values = {
  result?: Result;
  grade?: Grade | null;
  naReason?: string | null;
  note?: string | null;
};

/** What the form holds as the body the API takes: a grade only for a shortfall, a reason only for n/a. */
function bodyOf(v: Values): AnswerBody {
  const falls = v.result === 'partial' || v.result === 'non_compliant';
  return {
    result: v.result!,
    grade: falls ? (v.grade ?? null) : null,
    naReason: v.result === 'not_applicable' ? (v.naReason?.trim() ?? null) : null,
    note: v.note?.trim() || null,
  };
}

/** What the item holds now, as the form's values. */
const savedValues = (item: AssessmentItem): Values => ({
  result: item.automatic
    ? 'not_applicable'
    : item.result && item.result !== 'error'
      ? item.result
      : undefined,
  grade: item.grade,
  naReason: item.naReason,
  note: item.note,
});

type ChoiceProps = Omit<RadioGroupProps, 'aria-required' | 'aria-invalid'> & {
  'aria-required'?: boolean | 'true' | 'false';
  'aria-invalid'?: boolean | 'true' | 'false';
};

/**
 * A radio group as a form field: antd's group is a plain div, so the form's aria-required and aria-invalid
 * would sit on an element without a role. They go on a radiogroup around it instead.
 */
function Choice({
  'aria-required': required,
  'aria-invalid': invalid,
  'data-testid': testId,
  ...group
}: ChoiceProps & { 'data-testid'?: string }) {
  return (
    <div role="radiogroup" aria-required={required} aria-invalid={invalid} data-testid={testId}>
      <Radio.Group {...group} />
    </div>
  );
}

/** The answer fields: result, then a grade for a shortfall or a reason for not applicable, then a note. */
function AnswerFields({
  form,
  results,
}: {
  form: FormInstance<Values>;
  results: readonly Result[];
}) {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const result = Form.useWatch('result', form);
  return (
    <>
      <Form.Item
        name="result"
        label={t('assessments.result')}
        rules={[{ required: true, message: t('form.required') }]}
        extra={results.length > 1 ? t('assessments.resultKeys') : undefined}
      >
        <Choice
          optionType="button"
          options={results.map((r) => ({ value: r, label: labels.result(r) }))}
          data-testid="answer-result"
        />
      </Form.Item>
      {(result === 'partial' || result === 'non_compliant') && (
        <Form.Item
          name="grade"
          label={t('assessments.grade')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Choice
            options={GRADES.map((g) => ({ value: g, label: labels.grade(g) }))}
            data-testid="answer-grade"
          />
        </Form.Item>
      )}
      {result === 'not_applicable' && (
        <Form.Item
          name="naReason"
          label={t('assessments.naReason')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('common.reasonRule') }]}
        >
          <Input.TextArea rows={2} maxLength={1000} data-testid="answer-na-reason" />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('assessments.note')}>
        <Input.TextArea rows={3} maxLength={2000} showCount data-testid="answer-note" />
      </Form.Item>
    </>
  );
}

/** Keys 1–4 pick a result while the focus is not in a text box. */
function pickByDigit(
  event: KeyboardEvent,
  results: readonly Result[],
  set: (r: Result) => void,
): boolean {
  const target = event.target as { tagName?: string; type?: string };
  const typing =
    target.tagName === 'TEXTAREA' ||
    (target.tagName === 'INPUT' && target.type !== 'radio' && target.type !== 'checkbox');
  if (typing) return false;
  const n = Number(event.key);
  if (!Number.isInteger(n) || n < 1 || n > results.length) return false;
  set(results[n - 1]!);
  return true;
}

type Props = {
  /** The item being answered, or null when the dialog is closed. */
  item: AssessmentItem | null;
  /** The answerable items of the list the person is working through, in its order: previous and next move here. */
  sequence: AssessmentItem[];
  onMove: (item: AssessmentItem) => void;
  onClose: () => void;
};

/**
 * Answers one item: result, a grade when it falls short, a reason when it does not apply, a note. An automatic
 * item can only be ruled not applicable. The person moves through the list without closing the dialog
 * (Alt+↑/↓; Ctrl+Enter saves and goes on), and what is typed is kept as a draft until it is saved.
 */
export function AnswerModal({ item, sequence, onMove, onClose }: Props) {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const [form] = Form.useForm<Values>();
  const answer = useAnswerItem();
  const [restored, setRestored] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const results: readonly Result[] = item?.automatic ? ['not_applicable'] : MANUAL_RESULTS;
  const at = item ? sequence.findIndex((i) => i.id === item.id) : -1;
  const previous = at > 0 ? sequence[at - 1] : undefined;
  const next = at >= 0 && at < sequence.length - 1 ? sequence[at + 1] : undefined;

  useEffect(() => {
    if (!item) return;
    const draft = readDraft(item.id, item.version);
    form.resetFields();
    form.setFieldsValue(draft ? { ...savedValues(item), ...(draft as Values) } : savedValues(item));
    // The draft lives in browser storage, outside React: whether one was found is known only here.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRestored(draft !== null);
    // Moving to another item keeps the keyboard in the dialog, on the result.
    const focus = setTimeout(() => body.current?.querySelector<HTMLInputElement>('input')?.focus());
    return () => clearTimeout(focus);
  }, [item, form]);

  const save = async (andThen: 'close' | 'next') => {
    if (!item) return;
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    try {
      await answer.mutateAsync({ itemId: item.id, version: item.version, body: bodyOf(values) });
      dropDraft(item.id);
      void message.success(t('common.saved'));
      if (andThen === 'next' && next) onMove(next);
      else onClose();
    } catch (error) {
      if (onApiError(error, form)) onClose();
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save(next ? 'next' : 'close');
    } else if (event.altKey && event.key === 'ArrowDown' && next) {
      event.preventDefault();
      onMove(next);
    } else if (event.altKey && event.key === 'ArrowUp' && previous) {
      event.preventDefault();
      onMove(previous);
    } else if (pickByDigit(event, results, (r) => form.setFieldValue('result', r))) {
      event.preventDefault();
      if (item) writeDraft(item.id, { version: item.version, ...form.getFieldsValue() });
    }
  };

  return (
    <Modal
      open={item !== null}
      title={item ? `${item.itemCode} ${labels.title(item)}` : ''}
      width={640}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space>
            <Button
              disabled={!previous}
              onClick={() => previous && onMove(previous)}
              data-testid="answer-previous"
            >
              {t('assessments.previousItem')}
            </Button>
            <Button disabled={!next} onClick={() => next && onMove(next)} data-testid="answer-next">
              {t('assessments.nextItem')}
            </Button>
            {at >= 0 && (
              <Typography.Text type="secondary">{`${at + 1} / ${sequence.length}`}</Typography.Text>
            )}
          </Space>
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            {next && (
              <Button
                loading={answer.isPending}
                onClick={() => void save('next')}
                data-testid="answer-save-next"
              >
                {t('assessments.saveNext')}
              </Button>
            )}
            <Button
              type="primary"
              loading={answer.isPending}
              onClick={() => void save('close')}
              data-testid="answer-save"
            >
              {t('common.save')}
            </Button>
          </Space>
        </Space>
      }
    >
      <div onKeyDown={onKeyDown} ref={body}>
        {restored && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            message={t('assessments.draftRestored')}
            action={
              <Button
                size="small"
                type="link"
                onClick={() => {
                  if (!item) return;
                  dropDraft(item.id);
                  setRestored(false);
                  form.resetFields();
                  form.setFieldsValue(savedValues(item));
                }}
              >
                {t('assessments.draftDiscard')}
              </Button>
            }
            data-testid="answer-draft-restored"
          />
        )}
        {item?.evidenceGuidance && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {labels.labelled(t('assessments.evidenceGuidance'), item.evidenceGuidance)}
          </Typography.Paragraph>
        )}
        {item?.automatic && (
          <Typography.Paragraph>{t('assessments.automaticOnlyNa')}</Typography.Paragraph>
        )}
        <Form<Values>
          form={form}
          name="itemAnswer"
          layout="vertical"
          onValuesChange={(_, all) => {
            if (item) writeDraft(item.id, { version: item.version, ...all });
          }}
        >
          <AnswerFields form={form} results={results} />
        </Form>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('assessments.answerKeys')}
        </Typography.Text>
      </div>
    </Modal>
  );
}

/**
 * One answer for several items at once. When the selection holds an automatic item, the only answer is not
 * applicable (as one by one). The server takes all of them or none.
 */
export function BulkAnswerModal({
  assessmentId,
  items,
  onClose,
  onDone,
}: {
  assessmentId: string;
  items: AssessmentItem[] | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const [form] = Form.useForm<Values>();
  const answerMany = useAnswerItems();
  const automatic = items?.some((i) => i.automatic) ?? false;
  const results: readonly Result[] = automatic ? ['not_applicable'] : MANUAL_RESULTS;
  const draftKey = `bulk.${assessmentId}`;

  useEffect(() => {
    if (!items) return;
    const draft = readDraft(draftKey, 0);
    form.resetFields();
    form.setFieldsValue({
      ...(draft as Values | null),
      ...(automatic ? { result: 'not_applicable' as const } : {}),
    });
  }, [items, automatic, draftKey, form]);

  const save = async () => {
    if (!items) return;
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    try {
      await answerMany.mutateAsync({
        assessmentId,
        items: items.map((i) => ({ itemId: i.id, version: i.version })),
        body: bodyOf(values),
      });
      dropDraft(draftKey);
      for (const i of items) dropDraft(i.id);
      void message.success(t('assessments.bulkSaved', { count: items.length }));
      onDone();
    } catch (error) {
      if (onApiError(error, form)) onClose();
    }
  };

  return (
    <Modal
      open={items !== null}
      title={t('assessments.bulkTitle', { count: items?.length ?? 0 })}
      width={640}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('assessments.bulkApply', { count: items?.length ?? 0 })}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: answerMany.isPending, 'data-testid': 'bulk-answer-ok' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {automatic ? t('assessments.bulkAutomatic') : t('assessments.bulkHint')}
      </Typography.Paragraph>
      <div
        onKeyDown={(event) => {
          if (pickByDigit(event, results, (r) => form.setFieldValue('result', r)))
            event.preventDefault();
        }}
      >
        <Form<Values>
          form={form}
          name="bulkAnswer"
          layout="vertical"
          onValuesChange={(_, all) => writeDraft(draftKey, { version: 0, ...all })}
        >
          <AnswerFields form={form} results={results} />
        </Form>
      </div>
    </Modal>
  );
}
