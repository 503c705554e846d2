import {
  ModalForm,
  ProFormDatePicker,
  ProFormDependency,
  ProFormDigit,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { FACILITY_STATUSES, type Facility, type FacilityStatus } from '@contracts';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { usePortLabels } from '../../../components/portLabels.ts';
import { PortSelect } from '../../../components/PortSelect.tsx';
import { useSubmitter } from '../../../components/useSubmitter.ts';
import { useCertify, useCreateFacility, useFacilityTypes, useUpdateFacility } from '../queries.ts';
import { CertificationFields, type CertificationValues } from './CertificationFields.tsx';

type Values = {
  portId: string;
  typeCode: string;
  functionalArea: string;
  quantity: number;
  capacity?: number | null;
  commissionedDate?: string | null;
  status: FacilityStatus;
  notes?: string | null;
  cert?: Partial<CertificationValues>;
};

/** Adds a facility (with its first certification if given) or edits one; naming another port moves it. */
export function FacilityFormModal({
  open,
  facility,
  portId,
  onClose,
}: {
  open: boolean;
  facility: Facility | null;
  portId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const submitter = useSubmitter();
  const labels = usePortLabels();
  const { data: types = [] } = useFacilityTypes();
  const [form] = Form.useForm<Values>();
  const create = useCreateFacility();
  const update = useUpdateFacility();
  const certify = useCertify();
  const onApiError = useApiError();
  const required = [{ required: true, message: t('form.required') }];

  const submit = async (v: Values) => {
    const body = {
      portId: v.portId,
      typeCode: v.typeCode,
      functionalArea: v.functionalArea.trim(),
      quantity: v.quantity,
      capacity: v.capacity ?? null,
      commissionedDate: v.commissionedDate || null,
      status: v.status,
      notes: v.notes?.trim() || null,
    };
    try {
      if (facility)
        await update.mutateAsync({ id: facility.id, body: { version: facility.version, ...body } });
      else {
        const created = await create.mutateAsync(body);
        const c = v.cert;
        if (c?.issuer && c.issuedDate && c.expiryDate) {
          await certify.mutateAsync({
            facilityId: created.id,
            body: {
              issuer: c.issuer.trim(),
              issuedDate: c.issuedDate,
              expiryDate: c.expiryDate,
              documentRef: c.documentRef?.trim() || null,
            },
          });
        }
      }
      void message.success(t('common.saved'));
      return true;
    } catch (error) {
      return onApiError(error, form);
    }
  };

  return (
    <ModalForm<Values>
      name="facilityForm"
      title={facility ? t('facilities.editTitle') : t('facilities.create')}
      open={open}
      form={form}
      width={640}
      initialValues={facility ?? { portId, quantity: 1, status: 'in_service' }}
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true }}
      onFinish={submit}
    >
      <Form.Item
        name="portId"
        label={t('facilities.port')}
        rules={required}
        hidden={Boolean(portId) && !facility}
      >
        <PortSelect writable testId="facility-port" />
      </Form.Item>
      <ProFormSelect
        name="typeCode"
        label={t('facilities.type')}
        rules={required}
        showSearch
        options={types.map((x) => ({ value: x.code, label: labels.name(x) }))}
        fieldProps={{ 'data-testid': 'facility-type' } as object}
      />
      <ProFormText
        name="functionalArea"
        label={t('facilities.area')}
        rules={required}
        fieldProps={{ maxLength: 200 }}
      />
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
        <ProFormDigit
          name="quantity"
          label={t('facilities.quantity')}
          rules={required}
          min={1}
          max={100000}
          fieldProps={{ precision: 0 }}
        />
        <ProFormDependency name={['typeCode']}>
          {({ typeCode }: { typeCode?: string }) => {
            const unit = types.find((x) => x.code === typeCode)?.capacityUnit;
            return (
              <ProFormDigit
                name="capacity"
                label={
                  unit
                    ? `${t('facilities.capacity')}（${labels.facilityUnit(unit)}）`
                    : t('facilities.capacity')
                }
                min={0}
              />
            );
          }}
        </ProFormDependency>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
        <ProFormDatePicker name="commissionedDate" label={t('facilities.commissioned')} />
        <ProFormSelect
          name="status"
          label={t('facilities.status')}
          rules={required}
          allowClear={false}
          options={FACILITY_STATUSES.map((s) => ({ value: s, label: labels.facilityStatus(s) }))}
        />
      </div>
      <ProFormTextArea
        name="notes"
        label={t('facilities.notes')}
        fieldProps={{ maxLength: 2000, rows: 2 }}
      />
      {!facility && <CertificationFields prefix={['cert']} optional />}
    </ModalForm>
  );
}
