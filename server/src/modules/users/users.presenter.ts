import type { GrantView, User } from '../../../../contracts/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { fromFlag, toIso, toIsoOrNull } from '../../platform/db/values.ts';
import { userAbilities } from './users.policy.ts';
import type { UserRow } from './users.repository.ts';

/** The account fields that leave the server: never a hash, a secret, or an org path. */
export function presentUser(row: UserRow, roles: GrantView[], actor: Actor, now: number): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    orgUnitId: row.orgUnitId,
    orgUnitCode: row.orgUnitCode,
    orgUnitNameZh: row.orgUnitNameZh,
    orgUnitNameEn: row.orgUnitNameEn,
    status: row.status,
    mfaEnabled: fromFlag(row.mfaEnabled),
    lockedUntil: row.lockedUntil !== null && row.lockedUntil > now ? toIso(row.lockedUntil) : null,
    lastLoginAt: toIsoOrNull(row.lastLoginAt),
    mustChangePassword: fromFlag(row.mustChangePassword),
    roles,
    version: row.version,
    createdAt: toIso(row.createdAt),
    can: userAbilities(actor, row, roles),
  };
}

export const userSnapshot = (
  row: Pick<
    UserRow,
    'username' | 'displayName' | 'orgUnitId' | 'status' | 'statusReason' | 'version'
  >,
) => ({
  username: row.username,
  displayName: row.displayName,
  orgUnitId: row.orgUnitId,
  status: row.status,
  statusReason: row.statusReason,
  version: row.version,
});
