import type { OrgTreeNode } from '@contracts';
import { TreeSelect } from 'antd';
import type { ReactNode } from 'react';
import { useOrgTree } from '../api/reference.ts';
import { useLabels } from '../i18n/labels.ts';
import { nestOrgTree, type OrgBranch } from './orgTree.ts';

type TreeOption = {
  value: string;
  title: ReactNode;
  label: string;
  disabled: boolean;
  children: TreeOption[];
};

type Props = {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Which units may be chosen; the others show but are greyed out. */
  selectable?: (node: OrgTreeNode) => boolean;
  placeholder?: string;
  allowClear?: boolean;
  testId?: string;
};

/** Pick an org unit from the user's part of the tree. Works as a form control (value/onChange). */
export function OrgUnitTreeSelect({
  id,
  value,
  onChange,
  selectable = (node) => node.status === 'active',
  placeholder,
  allowClear,
  testId,
}: Props) {
  const labels = useLabels();
  const { data: nodes = [], isPending } = useOrgTree();
  const toOption = (branch: OrgBranch): TreeOption => {
    const label = `${labels.name(branch)} (${branch.code})`;
    return {
      value: branch.id,
      title: label,
      label,
      disabled: !selectable(branch),
      children: branch.children.map(toOption),
    };
  };

  return (
    <TreeSelect
      id={id}
      data-testid={testId}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      treeData={nestOrgTree(nodes).map(toOption)}
      loading={isPending}
      showSearch
      treeNodeFilterProp="label"
      treeDefaultExpandAll
      allowClear={allowClear}
      placeholder={placeholder}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
