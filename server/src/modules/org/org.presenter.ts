import type { OrgUnit } from '../../../../contracts/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { toIso } from '../../platform/db/values.ts';
import { orgAbilities } from './org.policy.ts';
import type { OrgRow } from './org.repository.ts';

/** The fields of an org unit that leave the server (never its internal path), with what the caller may do. */
export function presentOrgUnit(row: OrgRow, actor: Actor): OrgUnit {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    parentId: row.parentId,
    depth: row.depth,
    status: row.status,
    archivedReason: row.archivedReason,
    version: row.version,
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
    can: orgAbilities(actor, row),
  };
}

/** The audit snapshot of a unit. */
export const orgSnapshot = (row: OrgRow) => ({
  code: row.code,
  kind: row.kind,
  nameZh: row.nameZh,
  nameEn: row.nameEn,
  parentId: row.parentId,
  status: row.status,
  archivedReason: row.archivedReason,
  version: row.version,
});
