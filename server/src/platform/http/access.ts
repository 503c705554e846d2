import type { FastifyReply, FastifyRequest } from 'fastify';
import { isAdminRole, type Permission } from '../../../../contracts/index.ts';
import type { AppContext } from '../context.ts';
import { hasPermission, type Actor } from '../access/actor.ts';
import { addressInRanges } from '../access/network.ts';
import { platformError, AppError } from '../errors/errors.ts';
import { sessionRepository } from '../auth/session.repository.ts';
import type { StoredPolicy } from '../auth/security-policy.ts';

/** How a route is reached. Every route declares one; the authorization matrix is generated from them. */
export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'signedIn'; whilePending?: boolean }
  | { kind: 'permission'; permission: Permission }
  | { kind: 'network'; allow: 'metrics' };

export const access = {
  public: (): RouteAccess => ({ kind: 'public' }),
  /** Any signed-in user; `whilePending` also admits one who must still change a password or enrol a second factor. */
  signedIn: (options: { whilePending?: boolean } = {}): RouteAccess => ({
    kind: 'signedIn',
    ...options,
  }),
  permission: (permission: Permission): RouteAccess => ({ kind: 'permission', permission }),
  metricsNetwork: (): RouteAccess => ({ kind: 'network', allow: 'metrics' }),
};

export type PendingStep = 'password' | 'mfa' | null;

export type SessionState = {
  id: string;
  csrfToken: string;
  expiresAt: number;
  pending: PendingStep;
  mfaRequired: boolean;
  passwordExpiresAt: number;
};

export const SESSION_COOKIE = 'guomen_sid';
const TOUCH_EVERY_MS = 30_000;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function mfaRequiredFor(grants: Actor['grants'], policy: StoredPolicy): boolean {
  return policy.mfaRequiredForAll || grants.some((g) => isAdminRole(g.role));
}

/** Looks up the cookie's session; null when there is none or it has lapsed. */
async function loadSession(
  ctx: AppContext,
  req: FastifyRequest,
): Promise<{ actor: Actor; session: SessionState } | null> {
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return null;
  const id = ctx.crypto.digest(token);
  const now = ctx.clock();
  const row = await sessionRepository.find(ctx.db, id);
  if (!row || row.revokedAt !== null || row.status !== 'active') return null;
  let grants = ctx.grants.get(row.userId, row.authEpoch);
  if (!grants) {
    grants = await sessionRepository.activeGrants(ctx.db, row.userId);
    ctx.grants.set(row.userId, row.authEpoch, grants);
  }
  const policy = await ctx.policy.current();
  const idleMs = policy.idleTimeoutMinutes * 60_000;
  if (now >= row.expiresAt || now - row.lastSeenAt > idleMs) return null;
  const actor: Actor = {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    orgUnitId: row.orgUnitId,
    grants,
    address: req.ip,
    sessionId: id,
  };
  if (
    grants.some((g) => isAdminRole(g.role)) &&
    policy.adminNetworks.length > 0 &&
    !addressInRanges(req.ip, policy.adminNetworks)
  ) {
    return null;
  }
  const passwordExpiresAt = row.passwordChangedAt + policy.passwordExpiryDays * 86_400_000;
  const mfaRequired = mfaRequiredFor(grants, policy);
  const pending: PendingStep =
    row.mustChangePassword === 1 || now >= passwordExpiresAt
      ? 'password'
      : mfaRequired && row.mfaEnabled !== 1
        ? 'mfa'
        : null;
  if (now - row.lastSeenAt > TOUCH_EVERY_MS) await sessionRepository.touch(ctx.db, id, now);
  return {
    actor,
    session: {
      id,
      csrfToken: row.csrfToken,
      expiresAt: Math.min(row.expiresAt, now + idleMs),
      pending,
      mfaRequired,
      passwordExpiresAt,
    },
  };
}

/** authenticate → permission → (then fastify validates) → handler. Throws; never answers by side effect. */
export function createAccessHook(ctx: AppContext) {
  return async function checkAccess(req: FastifyRequest, _reply: FastifyReply): Promise<void> {
    const rule = req.routeOptions.config.access;
    if (!rule)
      throw new AppError('ROUTE_WITHOUT_ACCESS', 403, {
        zh: '接口未声明访问规则',
        en: 'Route declares no access rule',
      });
    if (rule.kind === 'network') {
      if (!addressInRanges(req.ip, ctx.config.metricsAllow)) throw platformError('FORBIDDEN');
      return;
    }
    if (rule.kind === 'public') return;
    const loaded = await loadSession(ctx, req);
    req.actor = loaded?.actor ?? null;
    req.session = loaded?.session ?? null;
    if (!loaded)
      throw platformError(req.cookies[SESSION_COOKIE] ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    if (WRITE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== loaded.session.csrfToken) {
      throw platformError('CSRF_TOKEN_INVALID');
    }
    const pending = loaded.session.pending;
    if (pending && !(rule.kind === 'signedIn' && rule.whilePending)) {
      throw platformError(
        pending === 'password' ? 'PASSWORD_CHANGE_REQUIRED' : 'MFA_ENROLMENT_REQUIRED',
      );
    }
    if (rule.kind === 'permission' && !hasPermission(loaded.actor, rule.permission))
      throw platformError('FORBIDDEN');
  };
}

/** For handlers of routes that require a session: the actor, which the hook guarantees. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw platformError('UNAUTHENTICATED');
  return req.actor;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor | null;
    session: SessionState | null;
  }
}

export function sessionOf(req: FastifyRequest): SessionState {
  if (!req.session) throw platformError('UNAUTHENTICATED');
  return req.session;
}
