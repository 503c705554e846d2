import {
  ModalForm,
  ProFormDatePicker,
  ProFormSelect,
  ProFormText,
} from '@ant-design/pro-components';
import { CAMPAIGN_KINDS, type CampaignCreate } from '@contracts';
import { App, Button, Form, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiError } from '../../../api/useApiError.ts';
import { useSubmitter } from '../../../components/useSubmitter.ts';
import { useStandardLabels } from '../labels.ts';
import { useAllPorts, useCreateCampaign, usePublishedVersions } from '../queries.ts';

/** Ports as a multi-select with an "all ports" shortcut; a form control. */
export function PortsMultiSelect({
  id,
  value,
  onChange,
  testId,
}: {
  id?: string;
  value?: string[];
  onChange?: (v: string[]) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const { data, isFetching } = useAllPorts();
  const ports = data?.items ?? [];
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Select
        id={id}
        mode="multiple"
        allowClear
        loading={isFetching}
        value={value}
        onChange={(next: string[]) => onChange?.(next)}
        optionFilterProp="label"
        maxTagCount="responsive"
        options={ports.map((p) => ({ value: p.id, label: `${p.code} ${labels.name(p)}` }))}
        data-testid={testId}
        style={{ width: '100%' }}
      />
      <Button onClick={() => onChange?.(ports.map((p) => p.id))} data-testid={`${testId}-all`}>
        {t('campaigns.allPorts', { count: ports.length })}
      </Button>
    </Space.Compact>
  );
}

type Values = Omit<CampaignCreate, 'reviewers'>;

/** A new campaign over a published catalog version and the chosen ports; it opens separately. */
export function CampaignCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const submitter = useSubmitter();
  const onApiError = useApiError();
  const [form] = Form.useForm<Values>();
  const create = useCreateCampaign();
  const { versions } = usePublishedVersions();
  const required = [{ required: true, message: t('form.required') }];
  return (
    <ModalForm<Values>
      name="campaignCreate"
      title={t('campaigns.create')}
      open={open}
      form={form}
      width={640}
      initialValues={{ kind: 'annual' }}
      onOpenChange={(next) => !next && onClose()}
      submitter={submitter}
      modalProps={{ destroyOnHidden: true }}
      onFinish={(v) =>
        create
          .mutateAsync({
            ...v,
            code: v.code.trim(),
            nameZh: v.nameZh.trim(),
            nameEn: v.nameEn.trim(),
          })
          .then((campaign) => {
            void message.success(t('common.saved'));
            void navigate(`/standards/campaigns/${campaign.id}`);
            return true;
          })
          .catch((error: unknown) => onApiError(error, form))
      }
    >
      <ProFormText
        name="code"
        label={t('campaigns.code')}
        rules={required}
        extra={t('campaigns.codeHint')}
        fieldProps={{ maxLength: 40, 'data-testid': 'campaign-code' }}
      />
      <ProFormText
        name="nameZh"
        label={t('campaigns.nameZh')}
        rules={required}
        fieldProps={{ maxLength: 200 }}
      />
      <ProFormText
        name="nameEn"
        label={t('campaigns.nameEn')}
        rules={required}
        fieldProps={{ maxLength: 200 }}
      />
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
        <ProFormSelect
          name="kind"
          label={t('campaigns.kind')}
          rules={required}
          allowClear={false}
          options={CAMPAIGN_KINDS.map((k) => ({ value: k, label: labels.campaignKind(k) }))}
        />
        <ProFormDatePicker
          name="deadline"
          label={t('campaigns.deadline')}
          rules={required}
          fieldProps={{ style: { width: '100%' } }}
        />
      </div>
      <ProFormSelect
        name="catalogVersionId"
        label={t('campaigns.catalogVersion')}
        rules={required}
        options={versions.map((v) => ({
          value: v.id,
          label: `${v.catalog.code} · ${t('catalogs.versionNumber', { number: v.number })} · ${labels.name(v.catalog)}`,
        }))}
        fieldProps={{ 'data-testid': 'campaign-version' } as object}
      />
      <Form.Item name="portIds" label={t('campaigns.ports')} rules={required}>
        <PortsMultiSelect testId="campaign-ports" />
      </Form.Item>
    </ModalForm>
  );
}
