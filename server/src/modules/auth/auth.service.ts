import QRCode from 'qrcode';
import {
  PASSWORD_HISTORY,
  isAdminRole,
  type LoginBody,
  type Me,
} from '../../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import { randomToken } from '../../platform/crypto/crypto.ts';
import { permissionsOf, scopePaths, type Actor } from '../../platform/access/actor.ts';
import { addressInRanges } from '../../platform/access/network.ts';
import type { AuditActor } from '../../platform/audit/audit.ts';
import { decoyHash } from '../../platform/auth/passwords.ts';
import { deviceCookieAfterLogin, deviceKnows } from '../../platform/auth/device-token.ts';
import { sessionRepository } from '../../platform/auth/session.repository.ts';
import { matchTotpStep, newTotpSecret, totpFor } from '../../platform/auth/totp.ts';
import { mfaRequiredFor, type SessionState } from '../../platform/http/access.ts';
import { toIso } from '../../platform/db/values.ts';
import { platformError } from '../../platform/errors/errors.ts';
import { grantViewsOf } from '../../platform/access/grant-views.ts';
import { authRepository, type LoginUser } from './auth.repository.ts';
import { authError } from './auth.errors.ts';

const RECOVERY_CODES = 10;
const recoveryCode = () => {
  const raw = randomToken(8)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .padEnd(8, '0')
    .slice(0, 8);
  return `${raw.slice(0, 4)}-${raw.slice(4)}`;
};

export type LoginSuccess = { token: string; me: Me; deviceCookie: string };

export type LoginRequest = {
  address: string | null;
  userAgent: string | null;
  previousToken: string | undefined;
  deviceCookie: string | undefined;
};

type Outcome =
  { ok: true; token: string; userId: string; sessionId: string } | { ok: false; error: Error };

const who = (
  user: LoginUser | undefined,
  username: string,
  address: string | null,
): AuditActor => ({
  actorId: user?.id ?? null,
  actorUsername: user?.username ?? username,
  address,
});

export const authService = {
  /**
   * Password, then the second factor. Each attempt is counted against the address and the account before the
   * password is checked, each by one atomic statement, so simultaneous attempts on any number of instances
   * get no more checks than the limits allow; an attempt that does not fail takes its count back. A locked
   * account answers exactly as an unknown one, after the same work. Failures are audited in one transaction;
   * the refusal is thrown only after that commits.
   */
  async login(ctx: AppContext, body: LoginBody, request: LoginRequest): Promise<LoginSuccess> {
    const { address, userAgent, previousToken } = request;
    const now = ctx.clock();
    const policy = await ctx.policy.current();
    const username = body.username.trim().toLowerCase();
    const windowMs = ctx.config.addressThrottle.windowMinutes * 60_000;
    const limit = ctx.config.addressThrottle.limit;
    const throttleKey = address ?? 'unknown';

    const user = await authRepository.findByUsername(ctx.db, username);
    const knownDevice =
      user !== undefined && deviceKnows(ctx.crypto, request.deviceCookie, user.id, now);
    // A browser that signed in to this account before is not held back by its address; its failures still count.
    const addressSlot = knownDevice
      ? null
      : await authRepository.countAddressAttempt(ctx.db, throttleKey, now, windowMs);
    if (addressSlot && addressSlot.attempts > limit) {
      const retry = Math.max(1, Math.ceil((addressSlot.windowStart + windowMs - now) / 1000));
      throw authError('ADDRESS_THROTTLED', undefined, { 'retry-after': String(retry) });
    }
    const accountSlot = user
      ? await authRepository.reserveAccountAttempt(
          ctx.db,
          user.id,
          now,
          policy.lockoutThreshold,
          now + policy.lockoutMinutes * 60_000,
        )
      : undefined;
    const checkable = user !== undefined && accountSlot !== undefined;
    const passwordOk = await ctx.passwords.verify(
      checkable ? user.passwordHash : await decoyHash(ctx.passwords),
      body.password,
    );

    const outcome: Outcome = await inTransaction(ctx, async (tx) => {
      const actor = who(user, username, address);
      /** Not a failure (a second factor still to come): the attempt's counts are taken back. */
      const release = async () => {
        if (user && accountSlot)
          await authRepository.releaseAccountAttempt(
            tx,
            user.id,
            accountSlot,
            policy.lockoutThreshold,
          );
        if (addressSlot) await authRepository.releaseAddressAttempt(tx, throttleKey);
      };
      const refuse = async (reason: string, error: Error, failure: boolean): Promise<Outcome> => {
        if (!failure) await release();
        else {
          if (user && accountSlot?.locked) {
            await ctx.audit.append(tx, actor, {
              action: 'auth.account_locked',
              entityType: 'user',
              entityId: user.id,
              after: {
                lockedUntil: toIso(now + policy.lockoutMinutes * 60_000),
                failures: policy.lockoutThreshold,
              },
            });
          }
          const attempts =
            addressSlot?.attempts ??
            (await authRepository.countAddressAttempt(tx, throttleKey, now, windowMs)).attempts;
          if (attempts === limit) {
            await ctx.audit.append(tx, actor, {
              action: 'auth.address_throttled',
              entityType: 'address',
              entityId: throttleKey,
              after: { failures: attempts },
            });
          }
        }
        await ctx.audit.append(tx, actor, {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: user?.id ?? null,
          after: { username, reason },
        });
        return { ok: false, error };
      };

      if (!user) return refuse('unknown_user', authError('INVALID_CREDENTIALS'), true);
      if (!accountSlot) return refuse('locked', authError('INVALID_CREDENTIALS'), true);
      if (!passwordOk) return refuse('wrong_password', authError('INVALID_CREDENTIALS'), true);
      if (user.status !== 'active')
        return refuse(`status_${user.status}`, authError('INVALID_CREDENTIALS'), true);

      const grants = await sessionRepository.activeGrants(tx, user.id);
      if (
        grants.some((g) => isAdminRole(g.role)) &&
        policy.adminNetworks.length > 0 &&
        !addressInRanges(address, policy.adminNetworks)
      ) {
        return refuse('outside_admin_network', authError('ADMIN_NETWORK_REQUIRED'), false);
      }

      if (user.mfaEnabled === 1 && user.mfaSecret) {
        if (!body.otp) {
          await release();
          return { ok: false, error: authError('MFA_REQUIRED') };
        }
        if (/^\d{6}$/.test(body.otp)) {
          const step = matchTotpStep(openSealed(ctx, user.mfaSecret), body.otp, now);
          if (step === null) return refuse('wrong_otp', authError('INVALID_CREDENTIALS'), true);
          if (!(await authRepository.claimTotpStep(tx, user.id, step)))
            return refuse('replayed_otp', authError('INVALID_CREDENTIALS'), true);
        } else if (
          !(await authRepository.spendRecoveryCode(
            tx,
            user.id,
            ctx.crypto.mac(body.otp.toLowerCase()),
            now,
          ))
        ) {
          return refuse('wrong_recovery_code', authError('INVALID_CREDENTIALS'), true);
        } else {
          await ctx.audit.append(tx, actor, {
            action: 'auth.recovery_code_used',
            entityType: 'user',
            entityId: user.id,
          });
        }
      }

      // Rotation: whatever session the browser carried is ended, and a new id is issued.
      if (previousToken) await sessionRepository.revoke(tx, ctx.crypto.digest(previousToken), now);
      const token = randomToken();
      const sessionId = ctx.crypto.digest(token);
      const expiresAt = now + policy.absoluteLifetimeHours * 3_600_000;
      await sessionRepository.insert(tx, {
        id: sessionId,
        userId: user.id,
        csrfToken: randomToken(24),
        createdAt: now,
        expiresAt,
        address,
        userAgent: userAgent?.slice(0, 300) ?? null,
      });
      await authRepository.recordSuccess(tx, user.id, now);
      if (addressSlot) await authRepository.releaseAddressAttempt(tx, throttleKey);
      await ctx.audit.append(tx, actor, {
        action: 'auth.login',
        entityType: 'session',
        entityId: user.id,
        after: { userAgent: userAgent?.slice(0, 300) ?? null },
      });
      return { ok: true, token, userId: user.id, sessionId };
    });
    if (!outcome.ok) throw outcome.error;
    return {
      token: outcome.token,
      me: await buildMe(ctx, outcome.userId, outcome.sessionId),
      deviceCookie: deviceCookieAfterLogin(ctx.crypto, request.deviceCookie, outcome.userId, now),
    };
  },

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

  async startMfaEnrolment(ctx: AppContext, actor: Actor) {
    const secret = newTotpSecret();
    const otpauthUrl = totpFor(secret, actor.username).toString();
    await inTransaction(ctx, async (tx) => {
      await authRepository.setPendingMfa(tx, actor.userId, ctx.crypto.encrypt(secret), ctx.clock());
      await ctx.audit.append(tx, actor, {
        action: 'auth.mfa_enrolment_started',
        entityType: 'user',
        entityId: actor.userId,
      });
    });
    return {
      secret,
      otpauthUrl,
      qrDataUrl: await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 220 }),
    };
  },

  async confirmMfa(
    ctx: AppContext,
    actor: Actor,
    otp: string,
  ): Promise<{ recoveryCodes: string[] }> {
    const user = await authRepository.findById(ctx.db, actor.userId);
    if (!user?.mfaPendingSecret) throw authError('MFA_NOT_PENDING');
    const secret = openSealed(ctx, user.mfaPendingSecret);
    const now = ctx.clock();
    const step = matchTotpStep(secret, otp, now);
    if (step === null)
      throw authError('MFA_CODE_INVALID', { otp: { zh: '动态口令不正确', en: 'is not right' } });
    const codes = Array.from({ length: RECOVERY_CODES }, recoveryCode);
    await inTransaction(ctx, async (tx) => {
      await authRepository.enableMfa(tx, actor.userId, user.mfaPendingSecret ?? '', step, now);
      await authRepository.replaceRecoveryCodes(
        tx,
        actor.userId,
        codes.map((c) => ctx.crypto.mac(c)),
        now,
      );
      await ctx.audit.append(tx, actor, {
        action: 'auth.mfa_enabled',
        entityType: 'user',
        entityId: actor.userId,
      });
    });
    return { recoveryCodes: codes };
  },

  async regenerateRecoveryCodes(
    ctx: AppContext,
    actor: Actor,
    password: string,
  ): Promise<{ recoveryCodes: string[] }> {
    const user = await authRepository.findById(ctx.db, actor.userId);
    if (!user || !(await ctx.passwords.verify(user.passwordHash, password)))
      throw authError('WRONG_CURRENT_PASSWORD', { password: { zh: '密码不正确', en: 'is wrong' } });
    if (user.mfaEnabled !== 1) throw authError('MFA_NOT_ENABLED');
    const codes = Array.from({ length: RECOVERY_CODES }, recoveryCode);
    await inTransaction(ctx, async (tx) => {
      await authRepository.replaceRecoveryCodes(
        tx,
        actor.userId,
        codes.map((c) => ctx.crypto.mac(c)),
        ctx.clock(),
      );
      await ctx.audit.append(tx, actor, {
        action: 'auth.recovery_codes_regenerated',
        entityType: 'user',
        entityId: actor.userId,
      });
    });
    return { recoveryCodes: codes };
  },

  async disableMfa(ctx: AppContext, actor: Actor, password: string): Promise<void> {
    const user = await authRepository.findById(ctx.db, actor.userId);
    if (!user || !(await ctx.passwords.verify(user.passwordHash, password)))
      throw authError('WRONG_CURRENT_PASSWORD', { password: { zh: '密码不正确', en: 'is wrong' } });
    if (user.mfaEnabled !== 1) throw authError('MFA_NOT_ENABLED');
    if (mfaRequiredFor(actor.grants, await ctx.policy.current())) throw authError('MFA_MANDATORY');
    await inTransaction(ctx, async (tx) => {
      await authRepository.disableMfa(tx, actor.userId, ctx.clock());
      await ctx.audit.append(tx, actor, {
        action: 'auth.mfa_disabled',
        entityType: 'user',
        entityId: actor.userId,
      });
    });
  },
};

/**
 * A sealed secret that does not open means the server runs under another deployment secret than the one the
 * database was made under (start-up refuses that; this is the last line): 503, never a 500, and the sign-in fails.
 */
function openSealed(ctx: AppContext, sealed: string): string {
  try {
    return ctx.crypto.decrypt(sealed);
  } catch {
    throw platformError('UNAVAILABLE');
  }
}

/** Outside any transaction: on SQLite a read through ctx.db inside one would wait on itself. */
async function buildMe(ctx: AppContext, userId: string, sessionId: string): Promise<Me> {
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

async function composeMe(
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
  };
}
