// The signed-in user as the web app sees it (`Me`): built after sign-in and on every reload, from the
// session, the account and its grants. Shared by sign-in (auth.login.ts) and authService.me.
import type { Me } from '../../../../contracts/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { permissionsOf, scopePaths, type Actor } from '../../platform/access/actor.ts';
import { sessionRepository } from '../../platform/auth/session.repository.ts';
import { mfaRequiredFor, type SessionState } from '../../platform/http/access.ts';
import { toIso } from '../../platform/db/values.ts';
import { grantViewsOf } from '../../platform/access/grant-views.ts';

/** Outside any transaction: on SQLite a read through ctx.db inside one would wait on itself. */
export async function buildMe(ctx: AppContext, userId: string, sessionId: string): Promise<Me> {
  const tx = ctx.db;
  const session = await tx
    .selectFrom('sessions')
    .select(['csrfToken', 'expiresAt'])
    .where('id', '=', sessionId)
    .executeTakeFirstOrThrow();
  const user = await tx
    .selectFrom('users')
    .select([
      'username',
      'displayName',
      'orgUnitId',
      'mustChangePassword',
      'passwordChangedAt',
      'mfaEnabled',
    ])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const grants = await sessionRepository.activeGrants(tx, userId);
  const policy = await ctx.policy.current();
  const now = ctx.clock();
  const passwordExpiresAt = user.passwordChangedAt + policy.passwordExpiryDays * 86_400_000;
  const mfaRequired = mfaRequiredFor(grants, policy);
  const state: SessionState = {
    id: sessionId,
    csrfToken: session.csrfToken,
    expiresAt: Math.min(session.expiresAt, now + policy.idleTimeoutMinutes * 60_000),
    pending:
      user.mustChangePassword === 1 || now >= passwordExpiresAt
        ? 'password'
        : mfaRequired && user.mfaEnabled !== 1
          ? 'mfa'
          : null,
    mfaRequired,
    passwordExpiresAt,
  };
  const actor: Actor = {
    userId,
    username: user.username,
    displayName: user.displayName,
    orgUnitId: user.orgUnitId,
    grants,
    address: null,
    sessionId,
  };
  return composeMe(ctx, userId, state, await grantViewsOf(ctx.db, userId), actor);
}

export async function composeMe(
  ctx: AppContext,
  userId: string,
  session: SessionState,
  roles: Me['roles'],
  actor: Actor,
): Promise<Me> {
  const user = await ctx.db
    .selectFrom('users')
    .select(['mustChangePassword', 'mfaEnabled'])
    .where('id', '=', userId)
    .executeTakeFirst();
  const permissions = [...permissionsOf(actor.grants)];
  // A scope is a subtree; its root unit's id is the last segment of the path.
  const rootOf = (path: string) => path.split('/').filter(Boolean).at(-1) ?? '';
  return {
    id: userId,
    username: actor.username,
    displayName: actor.displayName,
    orgUnitId: actor.orgUnitId,
    mustChangePassword: session.pending === 'password' || user?.mustChangePassword === 1,
    passwordExpiresAt: toIso(session.passwordExpiresAt),
    mfaEnabled: user?.mfaEnabled === 1,
    mfaRequired: session.mfaRequired,
    roles,
    permissions,
    scopes: Object.fromEntries(
      permissions.map((p) => [p, scopePaths(actor, p).map(rootOf).filter(Boolean)]),
    ),
    csrfToken: session.csrfToken,
    sessionExpiresAt: toIso(session.expiresAt),
    timeZone: ctx.config.timeZone,
  };
}
