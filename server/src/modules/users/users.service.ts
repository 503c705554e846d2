import {
  isAdminRole,
  type GrantCreate,
  type GrantView,
  type Page,
  type Role,
  type User,
  type UserCreate,
  type UserListQuery,
  type UserStatus,
} from '../../../../contracts/index.ts';
import { lockNamed } from '../../platform/db/locks.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import { scopeOf, type Actor } from '../../platform/access/actor.ts';
import type { AuditActor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/database.ts';
import { forbidden, notFound, staleVersion } from '../../platform/errors/errors.ts';
import { authRepository } from '../auth/auth.repository.ts';
import { sessionRepository } from '../../platform/auth/session.repository.ts';
import { orgService } from '../org/org.service.ts';
import { accountSteps } from './users.accounts.ts';
import { userPolicy } from './users.policy.ts';
import { presentUser, userSnapshot } from './users.presenter.ts';
import { usersRepository, type UserRow } from './users.repository.ts';
import { userError } from './users.errors.ts';

type Loaded = { user: UserRow; roles: GrantView[] };

function readScope(actor: Actor) {
  const a = scopeOf(actor, 'user.read');
  const b = scopeOf(actor, 'grant.read');
  return {
    prefixes: [...a.prefixes, ...b.prefixes],
    externalUnits: a.externalUnits || b.externalUnits,
  };
}

/** An account the actor cannot read answers 404. */
async function load(ctx: AppContext, actor: Actor, id: string): Promise<Loaded> {
  const user = await usersRepository.findById(ctx.db, id);
  if (!user) throw notFound();
  const roles = (await usersRepository.grantViews(ctx.db, [id])).get(id) ?? [];
  if (!userPolicy.read({ actor, user, roles })) throw notFound();
  return { user, roles };
}

async function activeUnitFor(
  ctx: AppContext,
  actor: Actor,
  orgUnitId: string,
  permission: 'user.write' | 'grant.write',
) {
  const unit = await orgService.unitWithin(ctx, actor, orgUnitId, permission);
  if (unit.status !== 'active')
    throw userError('ORG_UNIT_ARCHIVED', { orgUnitId: { zh: '机构已归档', en: 'is archived' } });
  return unit;
}

async function present(ctx: AppContext, actor: Actor, id: string): Promise<User> {
  const { user, roles } = await load(ctx, actor, id);
  return presentUser(user, roles, actor, ctx.clock());
}

export const usersService = {
  /** Active accounts holding one of the roles where it reaches the unit with this path: whom work there can be given to. */
  assignable: (ctx: AppContext, path: string, roles: readonly Role[]) =>
    usersRepository.holdersReaching(ctx.db, path, roles),

  async list(
    ctx: AppContext,
    actor: Actor,
    query: UserListQuery,
    all = false,
  ): Promise<Page<User>> {
    const { rows, total } = await usersRepository.list(
      ctx.db,
      readScope(actor),
      query,
      all ? null : query.pageSize,
    );
    const roles = await usersRepository.grantViews(
      ctx.db,
      rows.map((r) => r.id),
    );
    const now = ctx.clock();
    return {
      items: rows.map((r) => presentUser(r, roles.get(r.id) ?? [], actor, now)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  },

  get: present,

  async create(ctx: AppContext, actor: Actor, audit: AuditActor, input: UserCreate): Promise<User> {
    await activeUnitFor(ctx, actor, input.orgUnitId, 'user.write');
    const role = input.initialRole;
    if (role) {
      if (isAdminRole(role.role))
        throw userError('ADMIN_ROLE_BY_SECURITY_ADMIN', {
          'initialRole.role': {
            zh: '管理员角色由安全管理员授予',
            en: 'granted by the security administrator',
          },
        });
      await activeUnitFor(ctx, actor, role.orgUnitId, 'user.write');
    }
    const passwordHash = await ctx.passwords.hash(input.initialPassword);
    const id = await inTransaction(ctx, async (tx) => {
      const created = await accountSteps.create(ctx, tx, audit, {
        username: input.username,
        displayName: input.displayName,
        orgUnitId: input.orgUnitId,
        passwordHash,
        mustChangePassword: true,
      });
      if (role)
        await accountSteps.grant(
          ctx,
          tx,
          audit,
          created,
          role.role,
          role.orgUnitId,
          role.workingGroup,
        );
      return created;
    });
    return present(ctx, actor, id);
  },

  async update(
    ctx: AppContext,
    actor: Actor,
    audit: AuditActor,
    id: string,
    input: { version: number; displayName: string; orgUnitId: string },
  ): Promise<User> {
    const loaded = await load(ctx, actor, id);
    if (!userPolicy.update({ actor, ...loaded })) {
      throw loaded.user.status === 'archived'
        ? userError('USER_ARCHIVED')
        : loaded.roles.some((r) => isAdminRole(r.role))
          ? userError('ADMIN_ACCOUNT_PROTECTED')
          : forbidden();
    }
    if (input.orgUnitId !== loaded.user.orgUnitId)
      await activeUnitFor(ctx, actor, input.orgUnitId, 'user.write');
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      if (
        !(await usersRepository.update(
          tx,
          id,
          input.version,
          { displayName: input.displayName, orgUnitId: input.orgUnitId },
          actor.userId,
          now,
        ))
      )
        throw staleVersion();
      await ctx.audit.append(tx, audit, {
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        before: userSnapshot(loaded.user),
        after: {
          ...userSnapshot(loaded.user),
          displayName: input.displayName,
          orgUnitId: input.orgUnitId,
          version: input.version + 1,
        },
      });
    });
    return present(ctx, actor, id);
  },

  async changeStatus(
    ctx: AppContext,
    actor: Actor,
    audit: AuditActor,
    id: string,
    input: { version: number; status: UserStatus; reason: string },
  ): Promise<User> {
    const loaded = await load(ctx, actor, id);
    if (!userPolicy.changeStatus({ actor, ...loaded })) throw refusal(actor, loaded);
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      if (
        !(await usersRepository.update(
          tx,
          id,
          input.version,
          { status: input.status, statusReason: input.reason },
          actor.userId,
          now,
        ))
      )
        throw staleVersion();
      if (input.status !== 'active') await sessionRepository.revokeAllFor(tx, id, now);
      await ctx.audit.append(tx, audit, {
        action: 'user.status',
        entityType: 'user',
        entityId: id,
        before: { status: loaded.user.status },
        after: { status: input.status, reason: input.reason },
      });
    });
    return present(ctx, actor, id);
  },

  async resetPassword(
    ctx: AppContext,
    actor: Actor,
    audit: AuditActor,
    id: string,
    input: { version: number; newPassword: string },
  ): Promise<User> {
    const loaded = await load(ctx, actor, id);
    if (!userPolicy.resetPassword({ actor, ...loaded })) throw refusal(actor, loaded);
    const hashed = await ctx.passwords.hash(input.newPassword);
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      if (!(await usersRepository.update(tx, id, input.version, {}, actor.userId, now)))
        throw staleVersion();
      await authRepository.setPassword(tx, id, hashed, now, true);
      await sessionRepository.revokeAllFor(tx, id, now);
      await ctx.audit.append(tx, audit, {
        action: 'user.password_reset',
        entityType: 'user',
        entityId: id,
      });
    });
    return present(ctx, actor, id);
  },

  async unlock(
    ctx: AppContext,
    actor: Actor,
    audit: AuditActor,
    id: string,
    version: number,
  ): Promise<User> {
    const loaded = await load(ctx, actor, id);
    if (!userPolicy.unlock({ actor, ...loaded })) throw forbidden();
    await inTransaction(ctx, async (tx) => {
      if (
        !(await usersRepository.update(
          tx,
          id,
          version,
          { lockedUntil: null, failedLogins: 0 },
          actor.userId,
          ctx.clock(),
        ))
      )
        throw staleVersion();
      await ctx.audit.append(tx, audit, {
        action: 'user.unlock',
        entityType: 'user',
        entityId: id,
      });
    });
    return present(ctx, actor, id);
  },

  async resetMfa(
    ctx: AppContext,
    actor: Actor,
    audit: AuditActor,
    id: string,
    version: number,
  ): Promise<User> {
    const loaded = await load(ctx, actor, id);
    if (!userPolicy.resetMfa({ actor, ...loaded })) throw refusal(actor, loaded);
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      if (!(await usersRepository.update(tx, id, version, {}, actor.userId, now)))
        throw staleVersion();
      await authRepository.disableMfa(tx, id, now);
      await ctx.audit.append(tx, audit, {
        action: 'user.mfa_reset',
        entityType: 'user',
        entityId: id,
      });
    });
    return present(ctx, actor, id);
  },

  async grant(ctx: AppContext, actor: Actor, audit: AuditActor, input: GrantCreate): Promise<User> {
    const loaded = await load(ctx, actor, input.userId);
    if (!userPolicy.grant({ actor, ...loaded }))
      throw actor.userId === input.userId
        ? userError('SELF_CHANGE_REFUSED')
        : loaded.user.status === 'archived'
          ? userError('USER_ARCHIVED')
          : forbidden();
    await activeUnitFor(ctx, actor, input.orgUnitId, 'grant.write');
    await inTransaction(ctx, (tx) =>
      accountSteps.grant(
        ctx,
        tx,
        audit,
        input.userId,
        input.role,
        input.orgUnitId,
        input.workingGroup,
      ),
    );
    return present(ctx, actor, input.userId);
  },

  async revokeGrant(
    ctx: AppContext,
    actor: Actor,
    audit: AuditActor,
    grantId: string,
    reason: string,
  ): Promise<User> {
    const grant = await usersRepository.findGrant(ctx.db, grantId);
    if (!grant) throw notFound();
    const loaded = await load(ctx, actor, grant.userId);
    if (!userPolicy.grant({ actor, ...loaded }))
      throw actor.userId === grant.userId ? userError('SELF_CHANGE_REFUSED') : notFound();
    const adminRole = isAdminRole(grant.role as Role) ? (grant.role as Role) : null;
    await inTransaction(ctx, async (tx) => {
      // Each administrator role keeps an active holder: revocations of one role are decided one at a time.
      if (adminRole) await lockNamed(tx, ctx.database.dialect, `admin-role:${adminRole}`);
      if (!(await usersRepository.revokeGrant(tx, grantId, actor.userId, reason, ctx.clock())))
        throw userError('GRANT_ALREADY_REVOKED');
      if (adminRole && (await usersRepository.countActiveHolders(tx, adminRole)) === 0)
        throw userError('LAST_ADMIN_HOLDER');
      await ctx.audit.append(tx, audit, {
        action: 'grant.revoke',
        entityType: 'grant',
        entityId: grantId,
        before: { userId: grant.userId, role: grant.role, orgUnitId: grant.orgUnitId },
        after: { reason },
      });
    });
    return present(ctx, actor, grant.userId);
  },

  /** For the auth module: the roles shown on "me". */
  async grantViewsOf(ctx: AppContext, userId: string, db: Db = ctx.db): Promise<GrantView[]> {
    return (await usersRepository.grantViews(db, [userId])).get(userId) ?? [];
  },

  countActive: (ctx: AppContext, actor: Actor) =>
    usersRepository.countActive(ctx.db, readScope(actor), ctx.clock()),
};

function refusal(actor: Actor, loaded: Loaded) {
  if (actor.userId === loaded.user.id) return userError('SELF_CHANGE_REFUSED');
  if (loaded.roles.some((r) => isAdminRole(r.role))) return userError('ADMIN_ACCOUNT_PROTECTED');
  if (loaded.user.status === 'archived') return userError('USER_ARCHIVED');
  return forbidden();
}
