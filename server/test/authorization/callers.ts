import { ROLES, type Role } from '../../../contracts/index.ts';
import { SYSTEM_ACTOR } from '../../src/platform/audit/audit.ts';
import { inTransaction } from '../../src/platform/context.ts';
import type { StoredPolicy } from '../../src/platform/auth/security-policy.ts';
import { SESSION_COOKIE } from '../../src/platform/http/access.ts';
import { accountSteps } from '../../src/modules/users/users.accounts.ts';
import { DEMO_ACCOUNTS, demoPassword } from '../../src/seed/demo.ts';
import { login, unitId, userId, type Agent, type TestApp } from '../helpers.ts';

/**
 * The callers of the authorization matrix: the twelve demo accounts (one per role), an anonymous
 * client, and a branch officer of another branch (BR-HZMB) reaching for BR-GAOLAN records.
 */
export type ActorKey = 'anonymous' | Role | 'otherBranch';
export const ACTORS: readonly ActorKey[] = ['anonymous', ...ROLES, 'otherBranch'];

export const OTHER_BRANCH = {
  username: 'branch.airport',
  org: 'BR-HZMB',
  password: 'Airport-officer-2026',
} as const;

/** The demo account holding each role. */
export const DEMO_USER = Object.fromEntries(
  DEMO_ACCOUNTS.map((a) => [a.role, a.username]),
) as Record<Role, string>;

/** Records the probes aim at: all in BR-GAOLAN's subtree. */
export const TARGET = {
  branch: 'BR-GAOLAN',
  /** A port of BR-GAOLAN that no port officer or staff member belongs to. */
  port: 'GL-GRAIN',
  /** Where writes that need a second unit move things. */
  otherBranch: 'BR-ZHONGSHAN',
  /** An account in BR-GAOLAN read by the probes. */
  reader: 'branch.gaolan',
  /** An account in BR-GAOLAN (at GL-DS) that account writes aim at. */
  account: 'staff.gaolan',
} as const;

export type Caller = {
  actor: ActorKey;
  username: string | null;
  password: string;
  agent: Agent | null;
};

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

/** Factory: the branch officer of BR-HZMB, signed in ready for cross-branch attempts. */
export async function createOtherBranchOfficer(t: TestApp): Promise<void> {
  const org = await unitId(t, OTHER_BRANCH.org);
  const passwordHash = await t.ctx.passwords.hash(OTHER_BRANCH.password);
  await inTransaction(t.ctx, async (tx) => {
    const id = await accountSteps.create(t.ctx, tx, SYSTEM_ACTOR, {
      username: OTHER_BRANCH.username,
      displayName: '吴科长（港珠澳大桥海关）',
      orgUnitId: org,
      passwordHash,
      mustChangePassword: false,
    });
    await accountSteps.grant(t.ctx, tx, SYSTEM_ACTOR, id, 'branch_officer', org, null);
  });
}

export function fixturesFor(t: TestApp, agents: Partial<Record<Role, Agent>>): Fixtures {
  const db = t.ctx.db;
  return {
    t,
    unit: (code) => unitId(t, code),
    unitVersion: async (code) =>
      (
        await db
          .selectFrom('orgUnits')
          .select('version')
          .where('code', '=', code)
          .executeTakeFirstOrThrow()
      ).version,
    user: (username) => userId(t, username),
    userVersion: async (username) =>
      (
        await db
          .selectFrom('users')
          .select('version')
          .where('username', '=', username)
          .executeTakeFirstOrThrow()
      ).version,
    activeGrantOf: async (username) =>
      (
        await db
          .selectFrom('grants')
          .innerJoin('users', 'users.id', 'grants.userId')
          .select('grants.id')
          .where('users.username', '=', username)
          .where('grants.revokedAt', 'is', null)
          .executeTakeFirstOrThrow()
      ).id,
    policy: () => t.ctx.policy.readIn(db),
    as: (role) => {
      const agent = agents[role];
      if (!agent) throw new Error(`${role} is not signed in`);
      return agent;
    },
  };
}

/** Signs in the named callers (default: all of them) on a fresh demo app, the other branch's officer included. */
export async function signInCallers(
  t: TestApp,
  actors: readonly ActorKey[] = ACTORS,
): Promise<Map<ActorKey, Caller>> {
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
  return caller.agent
    ? { cookie: `${SESSION_COOKIE}=${caller.agent.cookie}`, 'x-csrf-token': caller.agent.csrf }
    : {};
}
