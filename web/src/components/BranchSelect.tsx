import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBranchOptions } from '../api/reference.ts';
import { useLabels } from '../i18n/labels.ts';

type Props = {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  testId?: string;
  /** With a label, the select comes in its own labelled form item (for a filter bar). */
  label?: string;
};

/**
 * Pick one of the branches whose ports the user reads, by name (the code beside it), searchable. Works as a
 * form control. Hidden when the user's ports all sit under one branch: there is nothing to choose.
 */
export function BranchSelect({ id, value, onChange, testId, label }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: branches = [], isLoading } = useBranchOptions();
  if (!isLoading && branches.length < 2) return null;
  const select = (
    <Select<string>
      id={id}
      allowClear
      showSearch
      loading={isLoading}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      placeholder={t('common.anyBranch')}
      optionFilterProp="label"
      options={branches.map((b) => ({
        value: b.id,
        label: `${labels.name(b)} ${b.code}`,
      }))}
      style={{ minWidth: 220 }}
      data-testid={testId}
    />
  );
  return label ? (
    <Form.Item label={label} htmlFor={id} style={{ margin: 0 }}>
      {select}
    </Form.Item>
  ) : (
    select
  );
}
