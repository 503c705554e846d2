// Signing in: throttling, lockout, the password, the second factor and the new session, audited in one
// transaction. It is the longest step of the module and its rules change on their own, so it has a file
// of its own; auth.service.ts exposes it as authService.login.
import { isAdminRole, type LoginBody, type Me } from '../../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import { randomToken } from '../../platform/crypto/crypto.ts';
import { addressInRanges } from '../../platform/access/network.ts';
import type { AuditActor } from '../../platform/audit/audit.ts';
import { decoyHash } from '../../platform/auth/passwords.ts';
import { deviceCookieAfterLogin, deviceKnows } from '../../platform/auth/device-token.ts';
import { sessionRepository } from '../../platform/auth/session.repository.ts';
import { matchTotpStep } from '../../platform/auth/totp.ts';
import { toIso } from '../../platform/db/values.ts';
import { authRepository, type LoginUser } from './auth.repository.ts';
import { authError } from './auth.errors.ts';
import { buildMe } from './auth.me.ts';
import { openSealed } from './auth.mfa.ts';

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

/**
 * Password, then the second factor. Each attempt is counted against the address and the account before the
 * password is checked, each by one atomic statement, so simultaneous attempts on any number of instances
 * get no more checks than the limits allow; an attempt that does not fail takes its count back. A locked
 * account answers exactly as an unknown one, after the same work. Failures are audited in one transaction;
 * the refusal is thrown only after that commits.
 */
export async function login(
  ctx: AppContext,
  body: LoginBody,
  request: LoginRequest,
): Promise<LoginSuccess> {
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
}
