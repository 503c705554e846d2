// The account's own session and credential steps. Sign-in (auth.login.ts), the second factor
// (auth.mfa.ts) and the `Me` it answers with (auth.me.ts) live in files of their own; authService
// gathers them, so routes and tests keep calling one object.
import { PASSWORD_HISTORY, type Me } from '../../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { sessionRepository } from '../../platform/auth/session.repository.ts';
import type { SessionState } from '../../platform/http/access.ts';
import { grantViewsOf } from '../../platform/access/grant-views.ts';
import { authRepository } from './auth.repository.ts';
import { authError } from './auth.errors.ts';
import { login } from './auth.login.ts';
import { composeMe } from './auth.me.ts';
import { mfaService } from './auth.mfa.ts';

export type { LoginRequest, LoginSuccess } from './auth.login.ts';

export const authService = {
  login,

  async me(ctx: AppContext, actor: Actor, session: SessionState): Promise<Me> {
    return composeMe(ctx, actor.userId, session, await grantViewsOf(ctx.db, actor.userId), actor);
  },

  async logout(ctx: AppContext, actor: Actor): Promise<void> {
    await inTransaction(ctx, async (tx) => {
      await sessionRepository.revoke(tx, actor.sessionId, ctx.clock());
      await ctx.audit.append(tx, actor, {
        action: 'auth.logout',
        entityType: 'session',
        entityId: actor.userId,
      });
    });
  },

  async logoutEverywhere(ctx: AppContext, actor: Actor): Promise<number> {
    return inTransaction(ctx, async (tx) => {
      const ended = await sessionRepository.revokeAllFor(tx, actor.userId, ctx.clock());
      await ctx.audit.append(tx, actor, {
        action: 'auth.logout_everywhere',
        entityType: 'user',
        entityId: actor.userId,
        after: { sessionsEnded: ended },
      });
      return ended;
    });
  },

  async changePassword(
    ctx: AppContext,
    actor: Actor,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const user = await authRepository.findById(ctx.db, actor.userId);
    if (!user || !(await ctx.passwords.verify(user.passwordHash, currentPassword)))
      throw authError('WRONG_CURRENT_PASSWORD', {
        currentPassword: { zh: '当前密码不正确', en: 'is wrong' },
      });
    const history = await authRepository.passwordHistory(ctx.db, actor.userId, PASSWORD_HISTORY);
    for (const old of history) {
      if (await ctx.passwords.verify(old, newPassword))
        throw authError('PASSWORD_REUSED', {
          newPassword: { zh: '不能使用最近 5 次用过的密码', en: 'was used recently' },
        });
    }
    const hashed = await ctx.passwords.hash(newPassword);
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      await authRepository.setPassword(tx, actor.userId, hashed, now, false);
      // Other sessions end: whoever knew the old password is signed out.
      const others = await sessionRepository.revokeAllFor(tx, actor.userId, now, actor.sessionId);
      await ctx.audit.append(tx, actor, {
        action: 'auth.password_changed',
        entityType: 'user',
        entityId: actor.userId,
        after: { otherSessionsEnded: others },
      });
    });
  },

  ...mfaService,
};
