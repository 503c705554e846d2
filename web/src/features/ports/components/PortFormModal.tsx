import {
  ModalForm,
  ProFormDependency,
  ProFormDatePicker,
  ProFormDigit,
  ProFormSelect,
  ProFormText,
} from '@ant-design/pro-components';
import {
  CHINA_BOUNDS,
  PLACE_KINDS,
  PLACE_TYPES_BY_KIND,
  type PlaceKind,
  type PlaceType,
  PORT_CLASSES,
  PORT_MODES,
  PORT_STATUSES,
  type DesignCapacity,
  type Port,
  type PortClass,
  type PortMode,
  type PortStatus,
} from '@contracts';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect.tsx';
import { usePortLabels } from '../../../components/portLabels.ts';
import { useSubmitter } from '../../../components/useSubmitter.ts';
import { useCreatePort, useUpdatePort } from '../queries.ts';
import { CapacityList } from './CapacityList.tsx';
import { RegionFields } from './RegionFields.tsx';

type Values = {
  code: string;
  branchId: string;
  status: PortStatus;
  nameZh: string;
  nameEn: string;
  placeKind: PlaceKind;
  placeType?: PlaceType | null;
  modes: PortMode[];
  portClass: PortClass;
  provinceCode: string;
  cityCode: string;
  latitude?: number | null;
  longitude?: number | null;
  openedDate?: string | null;
  designCapacity?: DesignCapacity;
};

/** Creates a port (port === null) or edits one; code, branch and status are set only at creation. */
export function PortFormModal({
  open,
  port,
  onClose,
}: {
  open: boolean;
  port: Port | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const submitter = useSubmitter();
  const labels = usePortLabels();
  const [form] = Form.useForm<Values>();
  const create = useCreatePort();
  const update = useUpdatePort();
  const onApiError = useApiError();
  const required = [{ required: true, message: t('form.required') }];

  const submit = async (v: Values) => {
    const fields = {
      nameZh: v.nameZh.trim(),
      nameEn: v.nameEn.trim(),
      placeKind: v.placeKind,
      placeType: v.placeKind === 'designated_site' ? null : (v.placeType ?? null),
      modes: v.modes,
      portClass: v.portClass,
      provinceCode: v.provinceCode,
      cityCode: v.cityCode,
      latitude: v.latitude ?? null,
      longitude: v.longitude ?? null,
      openedDate: v.openedDate || null,
      designCapacity: v.designCapacity ?? [],
    };
    const request = port
      ? update.mutateAsync({ id: port.id, body: { version: port.version, ...fields } })
      : create.mutateAsync({
          code: v.code.trim(),
          branchId: v.branchId,
          status: v.status,
          ...fields,
        });
    return request
      .then(() => {
        void message.success(t('common.saved'));
        return true;
      })
      .catch((error: unknown) => onApiError(error, form));
  };

  return (
    <ModalForm<Values>
      name="portForm"
      title={port ? t('ports.editTitle', { code: port.code }) : t('ports.create')}
      open={open}
      form={form}
      width={720}
      initialValues={
        port ?? {
          status: 'open',
          placeKind: 'designated_site',
          portClass: 'I',
          modes: [],
          designCapacity: [],
        }
      }
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true }}
      onFinish={submit}
    >
      {!port && (
        <>
          <ProFormText
            name="code"
            label={t('ports.code')}
            tooltip={t('ports.codeHelp')}
            rules={required}
            fieldProps={{ maxLength: 40, 'data-testid': 'port-code' }}
          />
          <Form.Item name="branchId" label={t('ports.branch')} rules={required}>
            <OrgUnitTreeSelect
              selectable={(node) => node.kind === 'branch' && node.status === 'active'}
              testId="port-branch"
            />
          </Form.Item>
        </>
      )}
      <ProFormText
        name="nameZh"
        label={t('ports.nameZh')}
        rules={required}
        fieldProps={{ maxLength: 100 }}
      />
      <ProFormText
        name="nameEn"
        label={t('ports.nameEn')}
        rules={required}
        fieldProps={{ maxLength: 200 }}
      />
      <ProFormSelect
        name="placeKind"
        label={t('ports.placeKind')}
        tooltip={t('ports.placeKindHelp')}
        rules={required}
        allowClear={false}
        options={PLACE_KINDS.map((k) => ({ value: k, label: labels.placeKind(k) }))}
        fieldProps={
          {
            'data-testid': 'port-place-kind',
            showSearch: true,
            onChange: () => form.setFieldValue('placeType', null),
          } as object
        }
      />
      <ProFormDependency name={['placeKind']}>
        {({ placeKind }: { placeKind?: PlaceKind }) =>
          placeKind && placeKind !== 'designated_site' ? (
            <ProFormSelect
              name="placeType"
              label={t('ports.placeType')}
              rules={required}
              allowClear={false}
              options={PLACE_TYPES_BY_KIND[placeKind].map((type) => ({
                value: type,
                label: labels.placeType(type),
              }))}
              fieldProps={{ 'data-testid': 'port-place-type', showSearch: true } as object}
            />
          ) : null
        }
      </ProFormDependency>
      <ProFormSelect
        name="modes"
        label={t('ports.modes')}
        mode="multiple"
        rules={required}
        options={PORT_MODES.map((m) => ({ value: m, label: labels.mode(m) }))}
        fieldProps={{ 'data-testid': 'port-modes' } as object}
      />
      <ProFormSelect
        name="portClass"
        label={t('ports.class')}
        rules={required}
        allowClear={false}
        options={PORT_CLASSES.map((c) => ({ value: c, label: labels.portClass(c) }))}
      />
      {!port && (
        <ProFormSelect
          name="status"
          label={t('ports.status')}
          rules={required}
          allowClear={false}
          options={PORT_STATUSES.map((s) => ({ value: s, label: labels.status(s) }))}
        />
      )}
      <RegionFields />
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
        <ProFormDigit
          name="latitude"
          label={t('ports.latitude')}
          min={CHINA_BOUNDS.latMin}
          max={CHINA_BOUNDS.latMax}
          fieldProps={{ precision: 5 }}
        />
        <ProFormDigit
          name="longitude"
          label={t('ports.longitude')}
          min={CHINA_BOUNDS.lonMin}
          max={CHINA_BOUNDS.lonMax}
          fieldProps={{ precision: 5 }}
        />
      </div>
      <ProFormDatePicker name="openedDate" label={t('ports.openedDate')} />
      <CapacityList />
    </ModalForm>
  );
}
