import type { OrgTreeNode } from '@contracts';

export type OrgBranch = OrgTreeNode & { children: OrgBranch[] };

/** Nests the flat tree; a node whose parent is outside the user's scope becomes a root. */
export function nestOrgTree(nodes: readonly OrgTreeNode[]): OrgBranch[] {
  const byId = new Map<string, OrgBranch>(
    nodes.map((node) => [node.id, { ...node, children: [] }]),
  );
  const roots: OrgBranch[] = [];
  for (const branch of byId.values()) {
    const parent = branch.parentId ? byId.get(branch.parentId) : undefined;
    if (parent) parent.children.push(branch);
    else roots.push(branch);
  }
  const byCode = (a: OrgBranch, b: OrgBranch) => a.code.localeCompare(b.code);
  const sort = (list: OrgBranch[]): OrgBranch[] =>
    list.sort(byCode).map((b) => ({ ...b, children: sort(b.children) }));
  return sort(roots);
}

/** The ids of a node and everything under it: a unit cannot move beneath itself. */
export function subtreeIds(nodes: readonly OrgTreeNode[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes) {
      if (node.parentId && ids.has(node.parentId) && !ids.has(node.id)) {
        ids.add(node.id);
        grew = true;
      }
    }
  }
  return ids;
}
