import {
  ModalForm,
  ProFormDependency,
  ProFormDigit,
  ProFormSelect,
} from '@ant-design/pro-components';
import type { Port, TrafficEntry, TrafficUnit } from '@contracts';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { usePortLabels } from '../../../components/portLabels.ts';
import { useSubmitter } from '../../../components/useSubmitter.ts';
import { useCreateTraffic, useUpdateTraffic } from '../queries.ts';

type Values = {
  categoryCode: string;
  year: number;
  month?: number | null;
  unit: TrafficUnit;
  value: number;
};

/** Records a yearly or monthly figure (entry === null) or corrects one; the unit must fit the category. */
export function TrafficFormModal({
  open,
  port,
  entry,
  onClose,
}: {
  open: boolean;
  port: Port;
  entry: TrafficEntry | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const submitter = useSubmitter();
  const labels = usePortLabels();
  const [form] = Form.useForm<Values>();
  const create = useCreateTraffic();
  const update = useUpdateTraffic();
  const onApiError = useApiError();
  const required = [{ required: true, message: t('form.required') }];
  const unitsOf = (code?: string) =>
    labels.categories.find((c) => c.code === code)?.trafficUnits ?? [];

  const submit = (v: Values) =>
    (entry
      ? update.mutateAsync({
          id: entry.id,
          body: { version: entry.version, unit: v.unit, value: v.value },
        })
      : create.mutateAsync({
          portId: port.id,
          body: {
            categoryCode: v.categoryCode,
            year: v.year,
            month: v.month ?? null,
            unit: v.unit,
            value: v.value,
          },
        })
    )
      .then(() => {
        void message.success(t('common.saved'));
        return true;
      })
      .catch((error: unknown) => onApiError(error, form));

  return (
    <ModalForm<Values>
      name="trafficForm"
      title={
        entry
          ? t('ports.trafficEdit', {
              category: labels.category(entry.categoryCode),
              year: entry.year,
            })
          : t('ports.trafficAdd')
      }
      open={open}
      form={form}
      width={480}
      initialValues={entry ?? { year: new Date().getFullYear() - 1 }}
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true }}
      onFinish={submit}
    >
      <ProFormSelect
        name="categoryCode"
        label={t('ports.category')}
        disabled={entry !== null}
        rules={required}
        options={labels.categories.map((c) => ({ value: c.code, label: labels.name(c) }))}
        fieldProps={{ onChange: (code: string) => form.setFieldValue('unit', unitsOf(code)[0]) }}
      />
      <ProFormDigit
        name="year"
        label={t('ports.year')}
        disabled={entry !== null}
        rules={required}
        min={1980}
        max={2100}
        fieldProps={{ precision: 0 }}
      />
      <ProFormDigit
        name="month"
        label={t('ports.monthOptional')}
        disabled={entry !== null}
        min={1}
        max={12}
        fieldProps={{ precision: 0 }}
      />
      <ProFormDependency name={['categoryCode']}>
        {({ categoryCode }: { categoryCode?: string }) => (
          <ProFormSelect
            name="unit"
            label={t('ports.unit')}
            rules={required}
            allowClear={false}
            options={unitsOf(categoryCode).map((u) => ({ value: u, label: labels.trafficUnit(u) }))}
          />
        )}
      </ProFormDependency>
      <ProFormDigit
        name="value"
        label={t('ports.value')}
        rules={required}
        min={0}
        fieldProps={{ precision: 2 }}
      />
    </ModalForm>
  );
}
