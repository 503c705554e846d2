import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { WhatIf, WhatIfResult } from '@contracts';
import {
  Alert,
  Button,
  Card,
  Col,
  Form,
  InputNumber,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Typography,
  type SelectProps,
} from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCategories } from '../../../api/reference.ts';
import { useApiError } from '../../../api/useApiError.ts';
import { rowTestId } from '../../../components/rowTestId.ts';
import { StatusTag } from '../../../components/StatusTag.tsx';
import { RESULT_TONES, useStandardLabels } from '../labels.ts';
import { usePublishedVersions, useWhatIf } from '../queries.ts';
import { PortsMultiSelect } from './CampaignCreateModal.tsx';

type Values = {
  catalogVersionId: string;
  portIds?: string[];
  scales?: { category?: string; percent?: number }[];
  addCategories?: string[];
  removeCategories?: string[];
};
type PortRow = WhatIfResult['ports'][number];

/**
 * A Select under a required Form.Item. The Form.Item marks its control aria-required, and antd 5's
 * Select copies every aria attribute onto its outer <div> as well as its combobox input; on the div,
 * which has no role, the attribute is not allowed (axe: aria-allowed-attr) and tells nobody anything.
 * So the attribute goes to the combobox alone, found by the id the Form.Item gives it.
 */
function RequiredSelect({ 'aria-required': required, id, ...props }: SelectProps) {
  useEffect(() => {
    const combobox = id ? document.getElementById(id) : null;
    if (!combobox) return;
    if (required === true || required === 'true') combobox.setAttribute('aria-required', 'true');
    else combobox.removeAttribute('aria-required');
  });
  return <Select id={id} {...props} />;
}

/**
 * "What if": scores of the chosen ports under a catalog version when traffic grows or shrinks by category,
 * or categories are added or removed — before and after, and the items whose result changes. Nothing is saved.
 */
export function WhatIfPanel({
  catalogVersionId,
  portIds,
}: {
  catalogVersionId?: string;
  portIds?: string[];
}) {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const onApiError = useApiError();
  const [form] = Form.useForm<Values>();
  const { versions } = usePublishedVersions();
  const { data: categories = [] } = useCategories();
  const whatIf = useWhatIf();
  const categoryOptions = categories.map((c) => ({
    value: c.code,
    label: `${c.code} ${labels.name(c)}`,
  }));
  const result = whatIf.data;

  const run = (v: Values) => {
    const trafficScale: WhatIf['trafficScale'] = {};
    for (const s of v.scales ?? [])
      if (s.category && s.percent !== undefined && s.percent !== null)
        trafficScale[s.category] = Math.round((1 + s.percent / 100) * 1000) / 1000;
    whatIf.mutate(
      {
        catalogVersionId: v.catalogVersionId,
        portIds: v.portIds ?? [],
        trafficScale,
        addCategories: v.addCategories ?? [],
        removeCategories: v.removeCategories ?? [],
      },
      { onError: (error) => onApiError(error, form) },
    );
  };

  const changed = (before: number | null, after: number | null) =>
    before === after ? labels.score(after) : `${labels.score(before)} → ${labels.score(after)}`;

  return (
    <div data-testid="what-if">
      <Card size="small">
        <Typography.Paragraph type="secondary">{t('whatIf.intro')}</Typography.Paragraph>
        <Form<Values>
          form={form}
          layout="vertical"
          name="whatIf"
          initialValues={{ catalogVersionId, portIds, scales: [{ percent: 30 }] }}
          onFinish={run}
        >
          <Row gutter={16}>
            <Col xs={24} md={10}>
              <Form.Item
                name="catalogVersionId"
                label={t('whatIf.version')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <RequiredSelect
                  data-testid="what-if-version"
                  options={versions.map((v) => ({
                    value: v.id,
                    label: `${v.catalog.code} · ${t('catalogs.versionNumber', { number: v.number })}`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={14}>
              <Form.Item name="portIds" label={t('whatIf.ports')} extra={t('whatIf.portsHint')}>
                <PortsMultiSelect testId="what-if-ports" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            label={t('whatIf.trafficScale')}
            extra={t('whatIf.trafficHint')}
            style={{ marginBottom: 8 }}
          >
            <Form.List name="scales">
              {(fields, { add, remove }) => (
                <Space direction="vertical" style={{ width: '100%' }}>
                  {fields.map((field, index) => (
                    <Space key={field.key} align="baseline" wrap>
                      <Form.Item name={[field.name, 'category']} noStyle>
                        <Select
                          style={{ width: 260 }}
                          showSearch
                          optionFilterProp="label"
                          options={categoryOptions}
                          placeholder={t('whatIf.category')}
                          aria-label={t('whatIf.category')}
                          data-testid={`what-if-scale-category-${index}`}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'percent']} noStyle>
                        <InputNumber
                          min={-100}
                          max={1000}
                          step={10}
                          addonAfter="%"
                          aria-label={t('whatIf.percent')}
                          data-testid={`what-if-scale-percent-${index}`}
                        />
                      </Form.Item>
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t('whatIf.removeScale')}
                        onClick={() => remove(field.name)}
                      />
                    </Space>
                  ))}
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => add({ percent: 10 })}
                    data-testid="what-if-scale-add"
                  >
                    {t('whatIf.addScale')}
                  </Button>
                </Space>
              )}
            </Form.List>
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="addCategories" label={t('whatIf.addCategories')}>
                <Select
                  mode="multiple"
                  allowClear
                  optionFilterProp="label"
                  options={categoryOptions}
                  data-testid="what-if-add"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="removeCategories" label={t('whatIf.removeCategories')}>
                <Select
                  mode="multiple"
                  allowClear
                  optionFilterProp="label"
                  options={categoryOptions}
                  data-testid="what-if-remove"
                />
              </Form.Item>
            </Col>
          </Row>
          <Button
            type="primary"
            htmlType="submit"
            loading={whatIf.isPending}
            data-testid="what-if-run"
          >
            {t('whatIf.run')}
          </Button>
        </Form>
      </Card>

      {result && (
        <Card size="small" style={{ marginTop: 16 }} data-testid="what-if-result">
          <Space size={48} style={{ marginBottom: 16 }}>
            <Statistic
              title={t('whatIf.rateBefore')}
              value={labels.percent(result.district.before)}
            />
            <Statistic
              title={t('whatIf.rateAfter')}
              value={labels.percent(result.district.after)}
            />
            <Statistic
              title={t('whatIf.portsChanged')}
              value={result.ports.filter((p) => p.changes.length > 0).length}
              suffix={`/ ${result.ports.length}`}
            />
          </Space>
          {result.ports.length === 0 && <Alert type="info" message={t('whatIf.noPorts')} />}
          <Table<PortRow>
            size="small"
            rowKey="portId"
            dataSource={[...result.ports].sort((x, y) => y.changes.length - x.changes.length)}
            pagination={result.ports.length > 20 ? { pageSize: 20 } : false}
            onRow={(p) => rowTestId(`what-if-row-${p.portCode}`)}
            expandable={{
              rowExpandable: (p) => p.changes.length > 0,
              expandedRowRender: (p) => (
                <Table
                  size="small"
                  rowKey="itemCode"
                  pagination={false}
                  dataSource={p.changes}
                  columns={[
                    {
                      title: t('catalogs.itemCode'),
                      dataIndex: 'itemCode',
                      width: 230,
                      render: (c: string) => <Typography.Text code>{c}</Typography.Text>,
                    },
                    {
                      title: t('catalogs.itemTitle'),
                      dataIndex: 'titleZh',
                      render: (_: unknown, c: PortRow['changes'][number]) => labels.title(c),
                    },
                    {
                      title: t('catalogs.aspect'),
                      dataIndex: 'aspect',
                      width: 120,
                      render: (_: unknown, c: PortRow['changes'][number]) =>
                        labels.aspect(c.aspect),
                    },
                    {
                      title: t('whatIf.required'),
                      width: 120,
                      render: (_: unknown, c: PortRow['changes'][number]) =>
                        changed(c.requiredBefore, c.requiredAfter),
                    },
                    {
                      title: t('whatIf.result'),
                      width: 220,
                      render: (_: unknown, c: PortRow['changes'][number]) => (
                        <>
                          {c.before ? (
                            <StatusTag tone={RESULT_TONES[c.before]}>
                              {labels.result(c.before)}
                            </StatusTag>
                          ) : (
                            '—'
                          )}{' '}
                          →{' '}
                          {c.after ? (
                            <StatusTag tone={RESULT_TONES[c.after]}>
                              {labels.result(c.after)}
                            </StatusTag>
                          ) : (
                            '—'
                          )}
                        </>
                      ),
                    },
                  ]}
                />
              ),
            }}
            columns={[
              { title: t('assessments.portCode'), dataIndex: 'portCode', width: 130 },
              {
                title: t('assessments.portName'),
                dataIndex: 'portNameZh',
                render: (_: unknown, p: PortRow) =>
                  labels.name({ nameZh: p.portNameZh, nameEn: p.portNameEn }),
              },
              {
                title: t('whatIf.weighted'),
                width: 160,
                render: (_: unknown, p: PortRow) => changed(p.before.weighted, p.after.weighted),
              },
              {
                title: t('whatIf.mandatory'),
                width: 160,
                render: (_: unknown, p: PortRow) =>
                  `${p.before.mandatoryMet}/${p.before.mandatoryTotal} → ${p.after.mandatoryMet}/${p.after.mandatoryTotal}`,
              },
              {
                title: t('whatIf.meetsAll'),
                width: 140,
                render: (_: unknown, p: PortRow) =>
                  `${labels.value(p.before.meetsAllMandatory)} → ${labels.value(p.after.meetsAllMandatory)}`,
              },
              {
                title: t('whatIf.changes'),
                width: 100,
                align: 'right' as const,
                render: (_: unknown, p: PortRow) => p.changes.length,
              },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
