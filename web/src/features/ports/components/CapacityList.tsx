import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DESIGN_CAPACITY_UNITS, type DesignCapacityUnit, type PortMode } from '@contracts';
import { Button, Form, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePortLabels } from '../../../components/portLabels.ts';

export const DEFAULT_UNIT: Record<PortMode, DesignCapacityUnit> = {
  sea: 'teu_per_year',
  river: 'tonnes_per_year',
  air: 'tonnes_per_year',
  rail: 'trains_per_year',
  road: 'vehicles_per_year',
  mail: 'mail_items_per_year',
  express: 'parcels_per_year',
  ecommerce: 'parcels_per_year',
  passenger: 'passengers_per_year',
};

/** Design capacity, at most one figure per mode, offered only for the port's own modes. */
export function CapacityList() {
  const { t } = useTranslation();
  const labels = usePortLabels();
  const form = Form.useFormInstance();
  const modes = Form.useWatch<PortMode[] | undefined>('modes', form) ?? [];
  return (
    <Form.Item label={t('ports.designCapacity')} extra={t('ports.designCapacityHelp')}>
      <Form.List name="designCapacity">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" wrap style={{ display: 'flex' }}>
                <Form.Item
                  name={[field.name, 'mode']}
                  rules={[{ required: true, message: t('form.required') }]}
                  label={t('ports.capacityMode', { n: index + 1 })}
                >
                  <Select
                    style={{ width: 140 }}
                    options={modes.map((m) => ({ value: m, label: labels.mode(m) }))}
                    onChange={(m: PortMode) =>
                      form.setFieldValue(['designCapacity', field.name, 'unit'], DEFAULT_UNIT[m])
                    }
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'value']}
                  rules={[{ required: true, message: t('form.required') }]}
                  label={t('ports.capacityValue')}
                >
                  <InputNumber min={0} style={{ width: 150 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'unit']}
                  rules={[{ required: true, message: t('form.required') }]}
                  label={t('ports.capacityUnit')}
                >
                  <Select
                    style={{ width: 170 }}
                    options={DESIGN_CAPACITY_UNITS.map((u) => ({
                      value: u,
                      label: labels.capacityUnit(u),
                    }))}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('ports.capacityRemove', { n: index + 1 })}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              disabled={fields.length >= modes.length}
              onClick={() => add()}
              data-testid="port-capacity-add"
            >
              {t('ports.capacityAdd')}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
