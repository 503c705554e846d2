import { isAdminRole, type Role, type WorkingGroup } from '../../../../contracts/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { auditActorFor, type AuditBy } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/database.ts';
import { newId } from '../../platform/db/ids.ts';
import type { GrantTable } from '../../platform/db/schema.ts';
import { credentials } from '../auth/credentials.ts';
import { usersRepository } from './users.repository.ts';
import { userError } from './users.errors.ts';

export type NewAccount = {
  username: string;
  displayName: string;
  orgUnitId: string;
  passwordHash: string;
  mustChangePassword: boolean;
  mfaSealedSecret?: string | null;
};

/** The rule of the three administrators, checked against the account's live grants before a new one. */
export function checkSeparationOfDuties(
  existing: readonly Pick<GrantTable, 'role'>[],
  role: Role,
): void {
  const roles = existing.map((g) => g.role);
  if (isAdminRole(role) && roles.length > 0)
    throw userError('ADMIN_ROLE_EXCLUSIVE', {
      role: { zh: '该账号已有其他角色', en: 'the account already holds another role' },
    });
  if (!isAdminRole(role) && roles.some(isAdminRole))
    throw userError('ADMIN_DOES_NO_BUSINESS', {
      role: {
        zh: '管理员账号不能承担业务角色',
        en: 'administrator accounts take no business role',
      },
    });
}

/** Steps shared by the web (by the signed-in actor), the CLI and the demo seed; each runs inside the caller's transaction. */
export const accountSteps = {
  async create(ctx: AppContext, tx: Tx, by: AuditBy, input: NewAccount): Promise<string> {
    if (await usersRepository.usernameTaken(tx, input.username))
      throw userError('USERNAME_TAKEN', { username: { zh: '用户名已被使用', en: 'is taken' } });
    const now = ctx.clock();
    const id = newId();
    const { actorId } = auditActorFor(by);
    await usersRepository.insert(tx, {
      id,
      username: input.username,
      displayName: input.displayName,
      orgUnitId: input.orgUnitId,
      passwordHash: input.passwordHash,
      passwordChangedAt: now,
      mustChangePassword: input.mustChangePassword ? 1 : 0,
      status: 'active',
      statusReason: null,
      failedLogins: 0,
      lockedUntil: null,
      mfaSecret: input.mfaSealedSecret ?? null,
      mfaEnabled: input.mfaSealedSecret ? 1 : 0,
      mfaPendingSecret: null,
      mfaLastStep: null,
      lastLoginAt: null,
      version: 1,
      createdAt: now,
      createdBy: actorId,
      updatedAt: now,
      updatedBy: actorId,
    });
    await credentials.recordFirstPassword(tx, id, input.passwordHash, now);
    await ctx.audit.append(tx, by, {
      action: 'user.create',
      entityType: 'user',
      entityId: id,
      after: {
        username: input.username,
        displayName: input.displayName,
        orgUnitId: input.orgUnitId,
        mustChangePassword: input.mustChangePassword,
        mfaEnabled: Boolean(input.mfaSealedSecret),
      },
    });
    return id;
  },

  async grant(
    ctx: AppContext,
    tx: Tx,
    by: AuditBy,
    userId: string,
    role: Role,
    orgUnitId: string,
    workingGroup: WorkingGroup | null,
  ): Promise<string> {
    const existing = await usersRepository.activeGrants(tx, userId);
    if (existing.some((g) => g.role === role && g.orgUnitId === orgUnitId))
      throw userError('GRANT_EXISTS');
    checkSeparationOfDuties(existing, role);
    const id = newId();
    const now = ctx.clock();
    await usersRepository.insertGrant(tx, {
      id,
      userId,
      role,
      orgUnitId,
      workingGroup,
      createdAt: now,
      createdBy: auditActorFor(by).actorId,
      revokedAt: null,
      revokedBy: null,
      revokeReason: null,
    });
    await ctx.audit.append(tx, by, {
      action: 'grant.create',
      entityType: 'grant',
      entityId: id,
      after: { userId, role, orgUnitId, workingGroup },
    });
    return id;
  },
};
