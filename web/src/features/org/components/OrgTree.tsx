import { SearchOutlined } from '@ant-design/icons';
import { Card, Input, Spin, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgTree } from '../../../api/reference.ts';
import { nestOrgTree, type OrgBranch } from '../../../components/orgTree.ts';
import { useLabels } from '../../../i18n/labels.ts';

/** The organisation tree; choosing a unit lists its direct sub-units on the right. */
export function OrgTree({
  selectedId,
  onSelect,
}: {
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: nodes = [], isPending } = useOrgTree();
  const [filter, setFilter] = useState('');

  const needle = filter.trim().toLowerCase();
  const matches = (b: OrgBranch) =>
    !needle || `${b.code} ${b.nameZh} ${b.nameEn}`.toLowerCase().includes(needle);
  const toNode = (branch: OrgBranch): DataNode | null => {
    const children = branch.children.map(toNode).filter((n): n is DataNode => n !== null);
    if (!matches(branch) && children.length === 0) return null;
    return {
      key: branch.id,
      title: (
        <span data-testid={`org-tree-${branch.code}`}>
          {labels.name(branch)}
          {branch.status === 'archived' && (
            <Typography.Text type="secondary"> ({t('org.status.archived')})</Typography.Text>
          )}
        </span>
      ),
      children,
    };
  };
  const treeData = nestOrgTree(nodes)
    .map(toNode)
    .filter((n): n is DataNode => n !== null);
  const rootKeys = treeData.map((n) => n.key);

  return (
    <Card
      title={<h2 className="card-title">{t('org.tree')}</h2>}
      size="small"
      styles={{ body: { padding: 12 } }}
    >
      <Input
        allowClear
        prefix={<SearchOutlined aria-hidden />}
        placeholder={t('org.treeFilter')}
        aria-label={t('org.treeFilter')}
        onChange={(e) => setFilter(e.target.value)}
        style={{ marginBottom: 8 }}
      />
      {isPending ? (
        <Spin />
      ) : (
        <Tree
          treeData={treeData}
          key={needle ? `filter-${needle}` : 'all'}
          defaultExpandedKeys={rootKeys}
          defaultExpandAll={needle.length > 0}
          selectedKeys={selectedId ? [selectedId] : []}
          onSelect={(keys) => onSelect(typeof keys[0] === 'string' ? keys[0] : null)}
          blockNode
          showLine
          aria-label={t('org.tree')}
        />
      )}
    </Card>
  );
}
