// The second factor: enrolment, recovery codes and switching it off, and opening the sealed secret that
// sign-in also needs. Kept apart from the session and password steps in auth.service.ts, which spreads
// these into authService so callers still find them there.
import QRCode from 'qrcode';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import { randomToken } from '../../platform/crypto/crypto.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { matchTotpStep, newTotpSecret, totpFor } from '../../platform/auth/totp.ts';
import { mfaRequiredFor } from '../../platform/http/access.ts';
import { platformError } from '../../platform/errors/errors.ts';
import { authRepository } from './auth.repository.ts';
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

export const mfaService = {
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
export function openSealed(ctx: AppContext, sealed: string): string {
  try {
    return ctx.crypto.decrypt(sealed);
  } catch {
    throw platformError('UNAVAILABLE');
  }
}
