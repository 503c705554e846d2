import { ROLES, type Role } from '../../contracts/index.ts';
import { loadConfig } from '../src/config.ts';
import { buildApp, type RouteEntry } from '../src/app.ts';
import { createContext, inTransaction } from '../src/platform/context.ts';
import { createDatabase } from '../src/platform/db/database.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { currentTotp } from '../src/platform/auth/totp.ts';
import type { StoredPolicy } from '../src/platform/auth/security-policy.ts';
import { SESSION_COOKIE } from '../src/platform/http/access.ts';
import { accountSteps } from '../src/modules/users/users.accounts.ts';
import { DEMO_ACCOUNTS, demoPassword } from '../src/seed/demo.ts';
import { login, unitId, userId, type Agent, type TestApp } from './helpers.ts';

/**
 * The authorization matrix: for every route of the route table, how to build a request from the demo
 * district, and the status each caller must get. Callers are the twelve demo accounts (one per role),
 * an anonymous client, and a branch officer of another branch (BR-AIRPORT) reaching for BR-HARBOUR records.
 */
export type ActorKey = 'anonymous' | Role | 'otherBranch';
export const ACTORS: readonly ActorKey[] = ['anonymous', ...ROLES, 'otherBranch'];

export const OTHER_BRANCH = { username: 'branch.airport', org: 'BR-AIRPORT', password: 'Airport-officer-2026' } as const;

/** The demo account holding each role. */
export const DEMO_USER = Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.role, a.username])) as Record<Role, string>;

/** Records the probes aim at: all in BR-HARBOUR's subtree. */
export const TARGET = {
  branch: 'BR-HARBOUR',
  /** A port of BR-HARBOUR that no port officer or staff member belongs to. */
  port: 'P-SEA-WEST',
  /** Where writes that need a second unit move things. */
  otherBranch: 'BR-RIVER',
  /** An account in BR-HARBOUR read by the probes. */
  reader: 'branch.harbour',
  /** An account in BR-HARBOUR (at P-SEA-EAST) that account writes aim at. */
  account: 'staff.east',
} as const;

export type Caller = { actor: ActorKey; username: string | null; password: string; agent: Agent | null };

/** What a probe may look up in the app it runs against. */
export type Fixtures = {
  t: TestApp;
  unit(code: string): Promise<string>;
  unitVersion(code: string): Promise<number>;
  user(username: string): Promise<string>;
  userVersion(username: string): Promise<number>;
  activeGrantOf(username: string): Promise<string>;
  policy(): Promise<StoredPolicy>;
  /** A signed-in demo account, for a probe's preparation. */
  as(role: Role): Agent;
};

export type ProbeRequest = { url: string; body?: Record<string, unknown> };

export type Probe = {
  /** Runs once on the probe's app, after every caller has signed in. */
  prepare?: (fx: Fixtures) => Promise<void>;
  request: (fx: Fixtures, caller: Caller) => Promise<ProbeRequest>;
  expect: Record<ActorKey, number>;
};

type Statuses = Partial<Record<ActorKey, number>>;

const fill = (status: number, overrides: Statuses): Record<ActorKey, number> =>
  ({ ...Object.fromEntries(ACTORS.map((a) => [a, status])), ...overrides }) as Record<ActorKey, number>;

/** Public: every caller gets the same answer. */
const everyone = (status: number) => fill(status, {});
/** Any signed-in caller gets `status`; anonymous 401. */
const signedIn = (status: number, overrides: Statuses = {}) => fill(status, { anonymous: 401, ...overrides });
/** Refused (403) to every signed-in caller but those named; anonymous 401. */
const only = (allowed: Statuses) => fill(403, { anonymous: 401, ...allowed });

/** Holders of org.read (and sysadmin's org.write), where their scope reaches the whole demo district or their own unit. */
const ORG_READERS: Statuses = {
  sysadmin: 200, secadmin: 200, leader: 200, office: 200, wg_member: 200, branch_officer: 200, port_officer: 200, lab_officer: 200, staff: 200, otherBranch: 200,
};

const NEW_PASSWORD = 'Changed-pass-2026!';
const get = (url: string) => async (): Promise<ProbeRequest> => ({ url });

export const MATRIX: Record<string, Probe> = {
  'GET /healthz': { request: get('/healthz'), expect: everyone(200) },
  'GET /readyz': { request: get('/readyz'), expect: everyone(200) },
  // Every probe comes from 127.0.0.1, inside GUOMEN_METRICS_ALLOW; the test checks an outside address too.
  'GET /metrics': { request: get('/metrics'), expect: everyone(200) },
  'GET /api/openapi.json': { request: get('/api/openapi.json'), expect: everyone(200) },

  'POST /api/v1/auth/login': {
    request: async () => ({ url: '/api/v1/auth/login', body: { username: TARGET.reader, password: demoPassword(TARGET.reader) } }),
    expect: everyone(200),
  },
  'GET /api/v1/auth/me': { request: get('/api/v1/auth/me'), expect: signedIn(200) },
  'POST /api/v1/auth/logout': { request: async () => ({ url: '/api/v1/auth/logout' }), expect: signedIn(200) },
  'POST /api/v1/auth/logout-everywhere': { request: async () => ({ url: '/api/v1/auth/logout-everywhere' }), expect: signedIn(200) },
  'POST /api/v1/auth/password': {
    request: async (_fx, c) => ({ url: '/api/v1/auth/password', body: { currentPassword: c.password, newPassword: NEW_PASSWORD } }),
    expect: signedIn(200),
  },
  'POST /api/v1/auth/mfa/enrol': { request: async () => ({ url: '/api/v1/auth/mfa/enrol' }), expect: signedIn(200) },
  'POST /api/v1/auth/mfa/confirm': {
    // Each caller starts its own enrolment, then confirms with the code of the secret it was given.
    request: async (fx, c) => {
      if (!c.agent) return { url: '/api/v1/auth/mfa/confirm', body: { otp: '123456' } };
      const secret = (await c.agent.post('/api/v1/auth/mfa/enrol')).json<{ secret: string }>().secret;
      return { url: '/api/v1/auth/mfa/confirm', body: { otp: currentTotp(secret, fx.t.clock.now) } };
    },
    expect: signedIn(200),
  },
  'POST /api/v1/auth/mfa/recovery-codes': {
    request: async (_fx, c) => ({ url: '/api/v1/auth/mfa/recovery-codes', body: { password: c.password } }),
    // Only the administrators have a second factor in the demo; the others have nothing to replace (409).
    expect: signedIn(409, { sysadmin: 200, secadmin: 200, auditor: 200 }),
  },
  'POST /api/v1/auth/mfa/disable': {
    request: async (_fx, c) => ({ url: '/api/v1/auth/mfa/disable', body: { password: c.password } }),
    // Mandatory for administrators (422); nothing to turn off for the others (409).
    expect: signedIn(409, { sysadmin: 422, secadmin: 422, auditor: 422 }),
  },

  'GET /api/v1/org-units': { request: get('/api/v1/org-units?pageSize=200'), expect: only(ORG_READERS) },
  'GET /api/v1/org-units/export': { request: get('/api/v1/org-units/export'), expect: only(ORG_READERS) },
  'GET /api/v1/org-units/tree': { request: get('/api/v1/org-units/tree'), expect: only(ORG_READERS) },
  'GET /api/v1/org-units/:id': {
    request: async (fx) => ({ url: `/api/v1/org-units/${await fx.unit(TARGET.port)}` }),
    // A unit outside the caller's subtree answers 404, never revealing it exists.
    expect: only({
      sysadmin: 200, secadmin: 200, leader: 200, wg_member: 200, branch_officer: 200,
      office: 404, port_officer: 404, lab_officer: 404, staff: 404, otherBranch: 404,
    }),
  },
  'POST /api/v1/org-units': {
    request: async (fx) => ({
      url: '/api/v1/org-units',
      body: { code: 'P-SEA-SOUTH', kind: 'port', parentId: await fx.unit(TARGET.branch), nameZh: '南港口岸', nameEn: 'South Harbour Port' },
    }),
    expect: only({ sysadmin: 201 }),
  },
  'PUT /api/v1/org-units/:id': {
    request: async (fx) => ({
      url: `/api/v1/org-units/${await fx.unit(TARGET.port)}`,
      body: { version: await fx.unitVersion(TARGET.port), nameZh: '西港散货口岸（改）', nameEn: 'West Harbour Bulk Port (renamed)' },
    }),
    expect: only({ sysadmin: 200 }),
  },
  'POST /api/v1/org-units/:id/move': {
    request: async (fx) => ({
      url: `/api/v1/org-units/${await fx.unit(TARGET.port)}/move`,
      body: { version: await fx.unitVersion(TARGET.port), parentId: await fx.unit(TARGET.otherBranch) },
    }),
    expect: only({ sysadmin: 200 }),
  },
  'POST /api/v1/org-units/:id/archive': {
    request: async (fx) => ({
      url: `/api/v1/org-units/${await fx.unit(TARGET.port)}/archive`,
      body: { version: await fx.unitVersion(TARGET.port), reason: '口岸关闭' },
    }),
    expect: only({ sysadmin: 200 }),
  },
  'POST /api/v1/org-units/:id/restore': {
    prepare: async (fx) => {
      const res = await fx.as('sysadmin').post(`/api/v1/org-units/${await fx.unit(TARGET.port)}/archive`, { version: await fx.unitVersion(TARGET.port), reason: '暂停使用' });
      if (res.statusCode !== 200) throw new Error(`could not archive ${TARGET.port}: ${res.body}`);
    },
    request: async (fx) => ({ url: `/api/v1/org-units/${await fx.unit(TARGET.port)}/restore`, body: { version: await fx.unitVersion(TARGET.port) } }),
    expect: only({ sysadmin: 200 }),
  },

  'GET /api/v1/users': { request: get('/api/v1/users'), expect: only({ sysadmin: 200, secadmin: 200 }) },
  'GET /api/v1/users/export': { request: get('/api/v1/users/export'), expect: only({ sysadmin: 200, secadmin: 200 }) },
  'GET /api/v1/users/:id': {
    request: async (fx) => ({ url: `/api/v1/users/${await fx.user(TARGET.reader)}` }),
    expect: only({ sysadmin: 200, secadmin: 200 }),
  },
  'POST /api/v1/users': {
    request: async (fx) => ({
      url: '/api/v1/users',
      body: {
        username: 'new.harbour', displayName: '新关员', orgUnitId: await fx.unit(TARGET.branch), initialPassword: 'Initial-pass-2026',
        initialRole: { role: 'branch_officer', orgUnitId: await fx.unit(TARGET.branch) },
      },
    }),
    expect: only({ sysadmin: 201 }),
  },
  'PUT /api/v1/users/:id': {
    request: async (fx) => ({
      url: `/api/v1/users/${await fx.user(TARGET.account)}`,
      body: { version: await fx.userVersion(TARGET.account), displayName: '周查验员', orgUnitId: await fx.unit(TARGET.port) },
    }),
    expect: only({ sysadmin: 200 }),
  },
  'POST /api/v1/users/:id/status': {
    request: async (fx) => ({
      url: `/api/v1/users/${await fx.user(TARGET.account)}/status`,
      body: { version: await fx.userVersion(TARGET.account), status: 'disabled', reason: '调离岗位' },
    }),
    expect: only({ sysadmin: 200 }),
  },
  'POST /api/v1/users/:id/password': {
    request: async (fx) => ({
      url: `/api/v1/users/${await fx.user(TARGET.account)}/password`,
      body: { version: await fx.userVersion(TARGET.account), newPassword: 'Temporary-pass-2026' },
    }),
    expect: only({ sysadmin: 200 }),
  },
  'POST /api/v1/users/:id/unlock': {
    request: async (fx) => ({ url: `/api/v1/users/${await fx.user(TARGET.account)}/unlock`, body: { version: await fx.userVersion(TARGET.account) } }),
    expect: only({ sysadmin: 200 }),
  },
  'POST /api/v1/users/:id/mfa-reset': {
    request: async (fx) => ({ url: `/api/v1/users/${await fx.user(TARGET.account)}/mfa-reset`, body: { version: await fx.userVersion(TARGET.account) } }),
    expect: only({ sysadmin: 200 }),
  },
  'POST /api/v1/grants': {
    request: async (fx) => ({
      url: '/api/v1/grants',
      body: { userId: await fx.user(TARGET.account), role: 'port_officer', orgUnitId: await fx.unit(TARGET.port), workingGroup: null },
    }),
    expect: only({ secadmin: 201 }),
  },
  'POST /api/v1/grants/:id/revoke': {
    request: async (fx) => ({ url: `/api/v1/grants/${await fx.activeGrantOf(TARGET.account)}/revoke`, body: { reason: '岗位调整' } }),
    expect: only({ secadmin: 200 }),
  },

  'GET /api/v1/security/policy': { request: get('/api/v1/security/policy'), expect: only({ secadmin: 200 }) },
  'PUT /api/v1/security/policy': {
    request: async (fx) => ({ url: '/api/v1/security/policy', body: { ...(await fx.policy()), passwordExpiryDays: 60 } }),
    expect: only({ secadmin: 200 }),
  },

  'GET /api/v1/audit': { request: get('/api/v1/audit'), expect: only({ auditor: 200 }) },
  'GET /api/v1/audit/actions': { request: get('/api/v1/audit/actions'), expect: only({ auditor: 200 }) },
  'GET /api/v1/audit/export': { request: get('/api/v1/audit/export'), expect: only({ auditor: 200 }) },
  'GET /api/v1/audit/verify': { request: get('/api/v1/audit/verify'), expect: only({ auditor: 200 }) },

  'GET /api/v1/home/summary': { request: get('/api/v1/home/summary'), expect: signedIn(200) },
};

export const routeKey = (r: Pick<RouteEntry, 'method' | 'url'>) => `${r.method} ${r.url}`;

/** Whether a built URL is an instance of the route's pattern (so a probe cannot hit a neighbouring route by mistake). */
export function urlMatches(pattern: string, url: string): boolean {
  const path = url.split('?')[0] ?? '';
  const re = new RegExp(`^${pattern.split('/').map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`);
  return re.test(path);
}

/** The route table as the app registers it, from an app on a throwaway in-memory database. */
export async function liveRouteTable(): Promise<RouteEntry[]> {
  const config = { ...loadConfig({ GUOMEN_SECRET: 'route-table-route-table-route-table-0', GUOMEN_JOBS: '0' }), database: { dialect: 'sqlite' as const, file: ':memory:' } };
  const ctx = createContext(config, { database: createDatabase(config.database) });
  const app = await buildApp(ctx);
  await app.ready();
  const table = [...app.routeTable];
  await app.close();
  await ctx.database.close();
  return table;
}

/** Factory: the branch officer of BR-AIRPORT, signed in ready for cross-branch attempts. */
export async function createOtherBranchOfficer(t: TestApp): Promise<void> {
  const org = await unitId(t, OTHER_BRANCH.org);
  const passwordHash = await t.ctx.passwords.hash(OTHER_BRANCH.password);
  await inTransaction(t.ctx, async (tx) => {
    const id = await accountSteps.create(t.ctx, tx, SYSTEM_ACTOR, { username: OTHER_BRANCH.username, displayName: '吴科长（机场海关）', orgUnitId: org, passwordHash, mustChangePassword: false });
    await accountSteps.grant(t.ctx, tx, SYSTEM_ACTOR, id, 'branch_officer', org, null);
  });
}

export function fixturesFor(t: TestApp, agents: Partial<Record<Role, Agent>>): Fixtures {
  const db = t.ctx.db;
  return {
    t,
    unit: (code) => unitId(t, code),
    unitVersion: async (code) => (await db.selectFrom('orgUnits').select('version').where('code', '=', code).executeTakeFirstOrThrow()).version,
    user: (username) => userId(t, username),
    userVersion: async (username) => (await db.selectFrom('users').select('version').where('username', '=', username).executeTakeFirstOrThrow()).version,
    activeGrantOf: async (username) =>
      (await db.selectFrom('grants').innerJoin('users', 'users.id', 'grants.userId').select('grants.id').where('users.username', '=', username).where('grants.revokedAt', 'is', null).executeTakeFirstOrThrow()).id,
    policy: () => t.ctx.policy.readIn(db),
    as: (role) => {
      const agent = agents[role];
      if (!agent) throw new Error(`${role} is not signed in`);
      return agent;
    },
  };
}

/** Signs in the named callers (default: all of them) on a fresh demo app, the other branch's officer included. */
export async function signInCallers(t: TestApp, actors: readonly ActorKey[] = ACTORS): Promise<Map<ActorKey, Caller>> {
  if (actors.includes('otherBranch')) await createOtherBranchOfficer(t);
  const callers = new Map<ActorKey, Caller>();
  for (const actor of actors) {
    if (actor === 'anonymous') {
      callers.set(actor, { actor, username: null, password: '', agent: null });
      continue;
    }
    const username = actor === 'otherBranch' ? OTHER_BRANCH.username : DEMO_USER[actor];
    const password = actor === 'otherBranch' ? OTHER_BRANCH.password : demoPassword(username);
    callers.set(actor, { actor, username, password, agent: await login(t, username, password) });
  }
  return callers;
}

export function agentsOf(callers: Map<ActorKey, Caller>): Partial<Record<Role, Agent>> {
  const out: Partial<Record<Role, Agent>> = {};
  for (const role of ROLES) {
    const agent = callers.get(role)?.agent;
    if (agent) out[role] = agent;
  }
  return out;
}

/** Headers a caller sends: its cookie and CSRF token, or nothing. */
export function headersOf(caller: Caller): Record<string, string> {
  return caller.agent ? { cookie: `${SESSION_COOKIE}=${caller.agent.cookie}`, 'x-csrf-token': caller.agent.csrf } : {};
}
