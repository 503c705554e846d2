import { ProFormSelect } from '@ant-design/pro-components';
import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRegions } from '../../../api/reference.ts';
import { useLabels } from '../../../i18n/labels.ts';

/** Province then city (GB/T 2260), the city list following the province chosen. */
export function RegionFields() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: regions, isPending } = useRegions();
  const form = Form.useFormInstance();
  const provinceCode = Form.useWatch<string | undefined>('provinceCode', form);
  const cities = regions?.provinces.find((p) => p.code === provinceCode)?.cities ?? [];
  const required = [{ required: true, message: t('form.required') }];
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
      <ProFormSelect
        name="provinceCode"
        label={t('ports.province')}
        rules={required}
        showSearch
        options={regions?.provinces.map((p) => ({ value: p.code, label: labels.name(p) }))}
        fieldProps={
          {
            loading: isPending,
            optionFilterProp: 'label',
            onChange: () => form.setFieldValue('cityCode', undefined),
            'data-testid': 'port-province',
          } as object
        }
      />
      <ProFormSelect
        name="cityCode"
        label={t('ports.city')}
        rules={required}
        showSearch
        disabled={!provinceCode}
        options={cities.map((c) => ({ value: c.code, label: labels.name(c) }))}
        fieldProps={{ optionFilterProp: 'label', 'data-testid': 'port-city' } as object}
      />
    </div>
  );
}
