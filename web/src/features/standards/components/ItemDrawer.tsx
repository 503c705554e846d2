import {
  DrawerForm,
  ProFormDigit,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import {
  ASPECTS,
  BASIS_KINDS,
  IMPORTANCES,
  MAX_EXPRESSION_LENGTH,
  type CatalogItem,
  type ExpressionPreview,
  type ExpressionProblem,
  type RequirementDraft,
} from '@contracts';
import { Alert, App, Col, Form, Row, Spin, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { StatusTag } from '../../../components/StatusTag.tsx';
import { useSubmitter } from '../../../components/useSubmitter.ts';
import { RESULT_TONES, useStandardLabels } from '../labels.ts';
import { checkExpressions, useAddItem, useUpdateItem } from '../queries.ts';
import { VocabularyPanel } from './VocabularyPanel.tsx';

type Values = RequirementDraft;
type ExpressionField = 'appliesWhen' | 'required' | 'measure';
const DEBOUNCE_MS = 400;

const blankToNull = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

/** The expression with the part the problem points at underlined. */
function Located({ problem }: { problem: ExpressionProblem }) {
  const { expression, start, end } = problem;
  if (start === null || end === null || end <= start) return null;
  return (
    <code className="expression" style={{ display: 'block', whiteSpace: 'pre-wrap' }}>
      {expression.slice(0, start)}
      <mark style={{ background: '#ffccc7', textDecoration: 'underline wavy #cf1322' }}>
        {expression.slice(start, end)}
      </mark>
      {expression.slice(end)}
    </code>
  );
}

/**
 * Adds a requirement to a draft version or edits one. While the expressions are typed the server checks
 * them (after a short pause) and shows what the item comes to on each port the user may read.
 */
export function ItemDrawer({
  open,
  versionId,
  item,
  onClose,
}: {
  open: boolean;
  versionId: string;
  item: CatalogItem | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const { message } = App.useApp();
  const submitter = useSubmitter();
  const onApiError = useApiError();
  const [form] = Form.useForm<Values>();
  const add = useAddItem();
  const update = useUpdateItem();
  const [preview, setPreview] = useState<ExpressionPreview | null>(null);
  const [checking, setChecking] = useState(false);
  const code = Form.useWatch('code', form);
  const aspect = Form.useWatch('aspect', form);
  const appliesWhen = Form.useWatch('appliesWhen', form);
  const required = Form.useWatch('required', form);
  const measure = Form.useWatch('measure', form);
  const rules = [{ required: true, message: t('form.required') }];

  useEffect(() => {
    if (!open) return;
    const body = {
      code: code && /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/.test(code.trim()) ? code.trim() : 'PREVIEW',
      aspect: aspect ?? 'FACILITY',
      appliesWhen: blankToNull(appliesWhen),
      required: blankToNull(required),
      measure: blankToNull(measure),
    };
    let current = true;
    const timer = setTimeout(() => {
      setChecking(true);
      checkExpressions(body)
        .then((answer) => current && setPreview(answer))
        .catch(() => current && setPreview(null))
        .finally(() => current && setChecking(false));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [open, code, aspect, appliesWhen, required, measure]);

  const problemsOf = (field: ExpressionField) =>
    (preview?.problems ?? []).filter((p) => p.field === field);
  const expressionField = (field: ExpressionField, label: string, hint: string) => {
    const problems = problemsOf(field);
    return (
      <ProFormTextArea
        name={field}
        label={label}
        validateStatus={problems.length ? 'error' : undefined}
        extra={
          problems.length ? (
            <div data-testid={`item-problem-${field}`} role="alert">
              {problems.map((p, i) => (
                <div key={i}>
                  <Typography.Text type="danger">{labels.text(p.message)}</Typography.Text>
                  <Located problem={p} />
                </div>
              ))}
            </div>
          ) : (
            hint
          )
        }
        fieldProps={
          {
            rows: 2,
            maxLength: MAX_EXPRESSION_LENGTH,
            className: 'expression',
            spellCheck: false,
            'data-testid': `item-${field}`,
          } as object
        }
      />
    );
  };

  const submit = async (v: Values) => {
    const body: RequirementDraft = {
      ...v,
      code: v.code.trim(),
      guidanceZh: v.guidanceZh?.trim() ?? '',
      guidanceEn: v.guidanceEn?.trim() ?? '',
      evidenceGuidance: v.evidenceGuidance?.trim() ?? '',
      appliesWhen: blankToNull(v.appliesWhen),
      required: blankToNull(v.required),
      measure: blankToNull(v.measure),
    };
    try {
      if (item) await update.mutateAsync({ item, body });
      else await add.mutateAsync({ versionId, body });
      void message.success(t('common.saved'));
      return true;
    } catch (error) {
      return onApiError(error, form);
    }
  };

  // Items of a published version, or of another working group's aspect, are shown but not edited.
  const readOnly = item !== null && !item.can.update;
  const initial: Partial<Values> = item ?? {
    aspect: 'FACILITY',
    importance: 'mandatory',
    basisKind: 'programme_default',
    weight: 1,
  };

  return (
    <DrawerForm<Values>
      name="catalogItem"
      title={item ? t('catalogs.editItem', { code: item.code }) : t('catalogs.addItem')}
      open={open}
      form={form}
      width="min(1200px, 96vw)"
      initialValues={initial}
      onOpenChange={(next) => {
        if (!next) {
          setPreview(null);
          onClose();
        }
      }}
      readonly={readOnly}
      submitter={readOnly ? false : submitter}
      drawerProps={{ destroyOnHidden: true }}
      onFinish={submit}
    >
      <Row gutter={24}>
        <Col xs={24} lg={15}>
          <Row gutter={12}>
            <Col span={12}>
              <ProFormText
                name="code"
                label={t('catalogs.itemCode')}
                rules={rules}
                disabled={Boolean(item)}
                fieldProps={{ maxLength: 60, 'data-testid': 'item-code' }}
              />
            </Col>
            <Col span={12}>
              <ProFormSelect
                name="aspect"
                label={t('catalogs.aspect')}
                rules={rules}
                allowClear={false}
                options={ASPECTS.map((a) => ({ value: a, label: labels.aspect(a) }))}
              />
            </Col>
          </Row>
          <ProFormText
            name="titleZh"
            label={t('catalogs.titleZh')}
            rules={rules}
            fieldProps={{ maxLength: 200 }}
          />
          <ProFormText
            name="titleEn"
            label={t('catalogs.titleEn')}
            rules={rules}
            fieldProps={{ maxLength: 300 }}
          />
          <Row gutter={12}>
            <Col span={8}>
              <ProFormSelect
                name="importance"
                label={t('catalogs.importance')}
                rules={rules}
                allowClear={false}
                options={IMPORTANCES.map((x) => ({ value: x, label: labels.importance(x) }))}
              />
            </Col>
            <Col span={8}>
              <ProFormDigit
                name="weight"
                label={t('catalogs.weight')}
                rules={rules}
                min={0.1}
                max={100}
                fieldProps={{ precision: 1 }}
              />
            </Col>
            <Col span={8}>
              <ProFormSelect
                name="basisKind"
                label={t('catalogs.basisKind')}
                rules={rules}
                allowClear={false}
                options={BASIS_KINDS.map((x) => ({ value: x, label: labels.basisKind(x) }))}
              />
            </Col>
          </Row>
          <ProFormTextArea
            name="basis"
            label={t('catalogs.basis')}
            rules={rules}
            fieldProps={{ rows: 2, maxLength: 500 }}
          />
          {expressionField('appliesWhen', t('catalogs.appliesWhen'), t('catalogs.appliesWhenHint'))}
          {expressionField('required', t('catalogs.required'), t('catalogs.requiredHint'))}
          {expressionField('measure', t('catalogs.measure'), t('catalogs.measureHint'))}
          <ProFormTextArea
            name="guidanceZh"
            label={t('catalogs.guidanceZh')}
            fieldProps={{ rows: 3, maxLength: 4000 }}
          />
          <ProFormTextArea
            name="guidanceEn"
            label={t('catalogs.guidanceEn')}
            fieldProps={{ rows: 3, maxLength: 4000 }}
          />
          <ProFormTextArea
            name="evidenceGuidance"
            label={t('catalogs.evidenceGuidance')}
            fieldProps={{ rows: 2, maxLength: 2000 }}
          />
        </Col>
        <Col xs={24} lg={9}>
          <div data-testid="item-preview">
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('catalogs.preview')} {checking && <Spin size="small" />}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('catalogs.previewHint')}
            </Typography.Paragraph>
            {(preview?.problems.length ?? 0) > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 8 }}
                message={t('catalogs.previewBlocked')}
              />
            )}
            <Table
              size="small"
              rowKey="portId"
              dataSource={preview?.ports ?? []}
              pagination={false}
              scroll={{ y: 320 }}
              columns={[
                {
                  title: t('catalogs.port'),
                  dataIndex: 'portCode',
                  render: (_: unknown, p: ExpressionPreview['ports'][number]) => (
                    <span title={labels.name({ nameZh: p.portNameZh, nameEn: p.portNameEn })}>
                      {p.portCode}
                    </span>
                  ),
                },
                {
                  title: t('catalogs.applies'),
                  dataIndex: 'applies',
                  width: 64,
                  render: (a: boolean) => labels.value(a),
                },
                {
                  title: t('catalogs.result'),
                  dataIndex: 'result',
                  render: (_: unknown, p: ExpressionPreview['ports'][number]) =>
                    p.error ? (
                      <Typography.Text type="danger">{p.error}</Typography.Text>
                    ) : p.result ? (
                      <StatusTag tone={RESULT_TONES[p.result]}>{labels.result(p.result)}</StatusTag>
                    ) : (
                      '—'
                    ),
                },
                {
                  title: t('catalogs.requiredShort'),
                  dataIndex: 'required',
                  align: 'right' as const,
                  render: (n: number | null) => labels.value(n),
                },
                {
                  title: t('catalogs.presentShort'),
                  dataIndex: 'present',
                  align: 'right' as const,
                  render: (n: unknown) => labels.value(n),
                },
              ]}
            />
          </div>
          <div style={{ marginTop: 16 }}>
            <VocabularyPanel />
          </div>
        </Col>
      </Row>
    </DrawerForm>
  );
}
