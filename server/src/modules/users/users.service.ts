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
import { scopeOfAny, type Actor } from '../../platform/access/actor.ts';
import { ensureAllowed, type Obstacle } from '../../platform/access/policy.ts';
import { forbidden, notFound } from '../../platform/errors/errors.ts';
import type { ExportQuery } from '../../platform/http/export-query.ts';
import { credentials } from '../auth/credentials.ts';
import { grantViews } from '../../platform/access/grant-views.ts';
import { sessionRepository } from '../../platform/auth/session.repository.ts';
import { orgService } from '../org/org.service.ts';
import { accountSteps } from './users.accounts.ts';
import { userPolicy } from './users.policy.ts';
import { presentUser, userSnapshot } from './users.presenter.ts';
import { usersRepository, type UserRow } from './users.repository.ts';
import { userError } from './users.errors.ts';

type Loaded = { user: UserRow; roles: GrantView[] };

const readScope = (actor: Actor) => scopeOfAny(actor, ['user.read', 'grant.read']);

/** What stands in the way of a change to an account the actor may otherwise change, first to last. */
const selfChange = (actor: Actor, user: UserRow): Obstacle => [
  actor.userId === user.id,
  () => userError('SELF_CHANGE_REFUSED'),
];
const adminAccount = (loaded: Loaded): Obstacle => [
  loaded.roles.some((r) => isAdminRole(r.role)),
  () => userError('ADMIN_ACCOUNT_PROTECTED'),
];
const archivedAccount = (user: UserRow): Obstacle => [
  user.status === 'archived',
  () => userError('USER_ARCHIVED'),
];
/** The obstacles to the administrative steps on another account (status, password, second factor). */
const accountObstacles = (actor: Actor, loaded: Loaded): Obstacle[] => [
  selfChange(actor, loaded.user),
  adminAccount(loaded),
  archivedAccount(loaded.user),
];

/** An account the actor cannot read answers 404. */
async function load(ctx: AppContext, actor: Actor, id: string): Promise<Loaded> {
  const user = await usersRepository.findById(ctx.db, id);
  if (!user) throw notFound();
  const roles = (await grantViews(ctx.db, [id])).get(id) ?? [];
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

async function withRoles(ctx: AppContext, actor: Actor, rows: UserRow[]): Promise<User[]> {
  const roles = await grantViews(
    ctx.db,
    rows.map((r) => r.id),
  );
  const now = ctx.clock();
  return rows.map((r) => presentUser(r, roles.get(r.id) ?? [], actor, now));
}

async function present(ctx: AppContext, actor: Actor, id: string): Promise<User> {
  const { user, roles } = await load(ctx, actor, id);
  return presentUser(user, roles, actor, ctx.clock());
}

export const usersService = {
  /** Active accounts holding one of the roles where it reaches the unit with this path: whom work there can be given to. */
  assignable: (ctx: AppContext, path: string, roles: readonly Role[]) =>
    usersRepository.holdersReaching(ctx.db, path, roles),

  async list(ctx: AppContext, actor: Actor, query: UserListQuery): Promise<Page<User>> {
    const { rows, total } = await usersRepository.list(ctx.db, readScope(actor), query);
    return {
      items: await withRoles(ctx, actor, rows),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  },

  /** Every account the filters select in the actor's scope, for the export. */
  async listAll(ctx: AppContext, actor: Actor, query: ExportQuery<UserListQuery>): Promise<User[]> {
    return withRoles(
      ctx,
      actor,
      await usersRepository.listForExport(ctx.db, readScope(actor), query),
    );
  },

  get: present,

  async create(ctx: AppContext, actor: Actor, input: UserCreate): Promise<User> {
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
      const created = await accountSteps.create(ctx, tx, actor, {
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
          actor,
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
    id: string,
    input: { version: number; displayName: string; orgUnitId: string },
  ): Promise<User> {
    const loaded = await load(ctx, actor, id);
    ensureAllowed(
      userPolicy.update({ actor, ...loaded }),
      archivedAccount(loaded.user),
      adminAccount(loaded),
    );
    if (input.orgUnitId !== loaded.user.orgUnitId)
      await activeUnitFor(ctx, actor, input.orgUnitId, 'user.write');
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      await usersRepository.update(
        tx,
        id,
        input.version,
        { displayName: input.displayName, orgUnitId: input.orgUnitId },
        actor.userId,
        now,
      );
      await ctx.audit.append(tx, actor, {
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
    id: string,
    input: { version: number; status: UserStatus; reason: string },
  ): Promise<User> {
    const loaded = await load(ctx, actor, id);
    ensureAllowed(
      userPolicy.changeStatus({ actor, ...loaded }),
      ...accountObstacles(actor, loaded),
    );
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      await usersRepository.update(
        tx,
        id,
        input.version,
        { status: input.status, statusReason: input.reason },
        actor.userId,
        now,
      );
      if (input.status !== 'active') await sessionRepository.revokeAllFor(tx, id, now);
      await ctx.audit.append(tx, actor, {
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
    id: string,
    input: { version: number; newPassword: string },
  ): Promise<User> {
    const loaded = await load(ctx, actor, id);
    ensureAllowed(
      userPolicy.resetPassword({ actor, ...loaded }),
      ...accountObstacles(actor, loaded),
    );
    const hashed = await ctx.passwords.hash(input.newPassword);
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      await usersRepository.update(tx, id, input.version, {}, actor.userId, now);
      await credentials.setPassword(tx, id, hashed, now, true);
      await sessionRepository.revokeAllFor(tx, id, now);
      await ctx.audit.append(tx, actor, {
        action: 'user.password_reset',
        entityType: 'user',
        entityId: id,
      });
    });
    return present(ctx, actor, id);
  },

  async unlock(ctx: AppContext, actor: Actor, id: string, version: number): Promise<User> {
    const loaded = await load(ctx, actor, id);
    if (!userPolicy.unlock({ actor, ...loaded })) throw forbidden();
    await inTransaction(ctx, async (tx) => {
      await usersRepository.update(
        tx,
        id,
        version,
        { lockedUntil: null, failedLogins: 0 },
        actor.userId,
        ctx.clock(),
      );
      await ctx.audit.append(tx, actor, {
        action: 'user.unlock',
        entityType: 'user',
        entityId: id,
      });
    });
    return present(ctx, actor, id);
  },

  async resetMfa(ctx: AppContext, actor: Actor, id: string, version: number): Promise<User> {
    const loaded = await load(ctx, actor, id);
    ensureAllowed(userPolicy.resetMfa({ actor, ...loaded }), ...accountObstacles(actor, loaded));
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      await usersRepository.update(tx, id, version, {}, actor.userId, now);
      await credentials.disableMfa(tx, id, now);
      await ctx.audit.append(tx, actor, {
        action: 'user.mfa_reset',
        entityType: 'user',
        entityId: id,
      });
    });
    return present(ctx, actor, id);
  },

  async grant(ctx: AppContext, actor: Actor, input: GrantCreate): Promise<User> {
    const loaded = await load(ctx, actor, input.userId);
    ensureAllowed(
      userPolicy.grant({ actor, ...loaded }),
      selfChange(actor, loaded.user),
      archivedAccount(loaded.user),
    );
    await activeUnitFor(ctx, actor, input.orgUnitId, 'grant.write');
    await inTransaction(ctx, (tx) =>
      accountSteps.grant(
        ctx,
        tx,
        actor,
        input.userId,
        input.role,
        input.orgUnitId,
        input.workingGroup,
      ),
    );
    return present(ctx, actor, input.userId);
  },

  async revokeGrant(ctx: AppContext, actor: Actor, grantId: string, reason: string): Promise<User> {
    const grant = await usersRepository.findGrant(ctx.db, grantId);
    if (!grant) throw notFound();
    const loaded = await load(ctx, actor, grant.userId);
    if (!userPolicy.grant({ actor, ...loaded }))
      throw actor.userId === grant.userId ? userError('SELF_CHANGE_REFUSED') : notFound();
    const adminRole = isAdminRole(grant.role) ? grant.role : null;
    await inTransaction(ctx, async (tx) => {
      // Each administrator role keeps an active holder: revocations of one role are decided one at a time.
      if (adminRole) await lockNamed(tx, ctx.database.dialect, `admin-role:${adminRole}`);
      if (!(await usersRepository.revokeGrant(tx, grantId, actor.userId, reason, ctx.clock())))
        throw userError('GRANT_ALREADY_REVOKED');
      if (adminRole && (await usersRepository.countActiveHolders(tx, adminRole)) === 0)
        throw userError('LAST_ADMIN_HOLDER');
      await ctx.audit.append(tx, actor, {
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
  countActive: (ctx: AppContext, actor: Actor) =>
    usersRepository.countActive(ctx.db, readScope(actor), ctx.clock()),
};
