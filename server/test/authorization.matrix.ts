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
import { multipartFile, xlsxUpload, type Upload } from './xlsx-upload.ts';
import { SAMPLE_FILES } from './sample-files.ts';
import { STANDARDS_MATRIX } from './authorization.matrix.standards.ts';
import {
  FACILITY_IMPORT_COLUMNS,
  PORT_IMPORT_COLUMNS,
  TRAFFIC_IMPORT_COLUMNS,
} from '../../contracts/index.ts';

/**
 * The authorization matrix: for every route of the route table, how to build a request from the demo
 * district, and the status each caller must get. Callers are the twelve demo accounts (one per role),
 * an anonymous client, and a branch officer of another branch (BR-AIRPORT) reaching for BR-HARBOUR records.
 */
export type ActorKey = 'anonymous' | Role | 'otherBranch';
export const ACTORS: readonly ActorKey[] = ['anonymous', ...ROLES, 'otherBranch'];

export const OTHER_BRANCH = {
  username: 'branch.airport',
  org: 'BR-AIRPORT',
  password: 'Airport-officer-2026',
} as const;

/** The demo account holding each role. */
export const DEMO_USER = Object.fromEntries(
  DEMO_ACCOUNTS.map((a) => [a.role, a.username]),
) as Record<Role, string>;

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

/** A JSON body, or a file upload (multipart) for the import routes. */
export type ProbeRequest = { url: string; body?: Record<string, unknown>; upload?: Upload };

export type Probe = {
  /** Runs once on the probe's app, after every caller has signed in. */
  prepare?: (fx: Fixtures) => Promise<void>;
  request: (fx: Fixtures, caller: Caller) => Promise<ProbeRequest>;
  expect: Record<ActorKey, number>;
};

type Statuses = Partial<Record<ActorKey, number>>;

const fill = (status: number, overrides: Statuses): Record<ActorKey, number> =>
  ({ ...Object.fromEntries(ACTORS.map((a) => [a, status])), ...overrides }) as Record<
    ActorKey,
    number
  >;

/** Public: every caller gets the same answer. */
const everyone = (status: number) => fill(status, {});
/** Any signed-in caller gets `status`; anonymous 401. */
const signedIn = (status: number, overrides: Statuses = {}) =>
  fill(status, { anonymous: 401, ...overrides });
/** Refused (403) to every signed-in caller but those named; anonymous 401. */
const only = (allowed: Statuses) => fill(403, { anonymous: 401, ...allowed });

/** Holders of org.read (and sysadmin's org.write), where their scope reaches the whole demo district or their own unit. */
const ORG_READERS: Statuses = {
  sysadmin: 200,
  secadmin: 200,
  leader: 200,
  office: 200,
  wg_member: 200,
  branch_officer: 200,
  port_officer: 200,
  lab_officer: 200,
  staff: 200,
  otherBranch: 200,
};

/** Holders of port.read (and facility.read) with a scope: the office reads district-wide. */
const PORT_READERS: Statuses = {
  leader: 200,
  office: 200,
  wg_member: 200,
  branch_officer: 200,
  port_officer: 200,
  lab_officer: 200,
  staff: 200,
  otherBranch: 200,
};
/** Reading a BR-HARBOUR port (P-SEA-WEST): the district-wide readers and its branch; the rest answer 404. */
const TARGET_PORT_READERS: Statuses = {
  leader: 200,
  office: 200,
  wg_member: 200,
  branch_officer: 200,
  port_officer: 404,
  lab_officer: 404,
  staff: 404,
  otherBranch: 404,
};
/** Writing at P-SEA-WEST: its branch officer; holders of port.write who cannot see it answer 404. */
const TARGET_PORT_WRITERS = (status: number): Statuses => ({
  branch_officer: status,
  port_officer: 404,
  otherBranch: 404,
});

/** The ports row of a demo port, by code. */
export async function portOf(fx: Fixtures, code: string): Promise<{ id: string; version: number }> {
  return fx.t.ctx.db
    .selectFrom('ports')
    .innerJoin('orgUnits', 'orgUnits.id', 'ports.orgUnitId')
    .select(['ports.id', 'ports.version'])
    .where('orgUnits.code', '=', code)
    .executeTakeFirstOrThrow();
}
async function designationOf(
  fx: Fixtures,
  code: string,
  category: string,
): Promise<{ id: string; version: number }> {
  const port = await portOf(fx, code);
  return fx.t.ctx.db
    .selectFrom('portDesignations')
    .select(['id', 'version'])
    .where('portId', '=', port.id)
    .where('categoryCode', '=', category)
    .executeTakeFirstOrThrow();
}
async function trafficOf(
  fx: Fixtures,
  code: string,
  category: string,
  year: number,
): Promise<{ id: string; version: number }> {
  const port = await portOf(fx, code);
  return fx.t.ctx.db
    .selectFrom('traffic')
    .select(['id', 'version'])
    .where('portId', '=', port.id)
    .where('categoryCode', '=', category)
    .where('year', '=', year)
    .where('month', '=', 0)
    .executeTakeFirstOrThrow();
}

async function facilityOf(
  fx: Fixtures,
  code: string,
  type: string,
): Promise<{ id: string; version: number; portId: string }> {
  const port = await portOf(fx, code);
  return fx.t.ctx.db
    .selectFrom('facilities')
    .select(['id', 'version', 'portId'])
    .where('portId', '=', port.id)
    .where('typeCode', '=', type)
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
}

/** The demo project at the target port. */
async function projectOf(fx: Fixtures, code: string): Promise<{ id: string; version: number }> {
  const port = await portOf(fx, code);
  return fx.t.ctx.db
    .selectFrom('projects')
    .select(['id', 'version'])
    .where('portId', '=', port.id)
    .executeTakeFirstOrThrow();
}
/** A certification of the port's TREATMENT_AREA facility, recorded by its branch officer the first time it is asked for. */
async function certificationOf(fx: Fixtures, code: string): Promise<{ id: string }> {
  const facility = await facilityOf(fx, code, 'TREATMENT_AREA');
  const existing = await fx.t.ctx.db
    .selectFrom('facilityCertifications')
    .select('id')
    .where('facilityId', '=', facility.id)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (existing) return existing;
  const res = await fx
    .as('branch_officer')
    .post(`/api/v1/facilities/${facility.id}/certifications`, {
      issuer: '示例直属海关',
      issuedDate: '2026-11-01',
      expiryDate: '2027-10-31',
      documentRef: '核准证书 2026-118',
    });
  if (res.statusCode !== 201) throw new Error(`could not certify: ${res.body}`);
  return res.json<{ id: string }>();
}

/** A photo of the target port's VIDEO_MONITORING facility, uploaded by its branch officer the first time it is asked for. */
async function attachmentOf(fx: Fixtures): Promise<{ id: string; version: number }> {
  const facility = await facilityOf(fx, TARGET.port, 'VIDEO_MONITORING');
  const existing = await fx.t.ctx.db
    .selectFrom('attachments')
    .select(['id', 'version'])
    .where('facilityId', '=', facility.id)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (existing) return existing;
  const upload = multipartFile(SAMPLE_FILES.png, '监控点位.png', 'image/png');
  const res = await fx
    .as('branch_officer')
    .post(`/api/v1/facilities/${facility.id}/attachments?kind=photo`, upload.payload, {
      'content-type': upload.contentType,
    });
  if (res.statusCode !== 201) throw new Error(`could not attach a photo: ${res.body}`);
  return res.json<{ id: string; version: number }>();
}

/** Archives a record as the target branch's officer, so a restore probe has something to restore. */
async function archiveAsOfficer(fx: Fixtures, url: string, version: number): Promise<void> {
  const res = await fx.as('branch_officer').post(url, { version, reason: '暂停使用' });
  if (res.statusCode !== 200) throw new Error(`could not archive ${url}: ${res.body}`);
}

/** project.read: the district-wide readers, the officers, and the working group (sign implies read). */
const PROJECT_READERS: Statuses = {
  leader: 200,
  office: 200,
  wg_member: 200,
  branch_officer: 200,
  port_officer: 200,
  otherBranch: 200,
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
    request: async () => ({
      url: '/api/v1/auth/login',
      body: { username: TARGET.reader, password: demoPassword(TARGET.reader) },
    }),
    expect: everyone(200),
  },
  'GET /api/v1/auth/me': { request: get('/api/v1/auth/me'), expect: signedIn(200) },
  'POST /api/v1/auth/logout': {
    request: async () => ({ url: '/api/v1/auth/logout' }),
    expect: signedIn(200),
  },
  'POST /api/v1/auth/logout-everywhere': {
    request: async () => ({ url: '/api/v1/auth/logout-everywhere' }),
    expect: signedIn(200),
  },
  'POST /api/v1/auth/password': {
    request: async (_fx, c) => ({
      url: '/api/v1/auth/password',
      body: { currentPassword: c.password, newPassword: NEW_PASSWORD },
    }),
    expect: signedIn(200),
  },
  'POST /api/v1/auth/mfa/enrol': {
    request: async () => ({ url: '/api/v1/auth/mfa/enrol' }),
    expect: signedIn(200),
  },
  'POST /api/v1/auth/mfa/confirm': {
    // Each caller starts its own enrolment, then confirms with the code of the secret it was given.
    request: async (fx, c) => {
      if (!c.agent) return { url: '/api/v1/auth/mfa/confirm', body: { otp: '123456' } };
      const secret = (await c.agent.post('/api/v1/auth/mfa/enrol')).json<{ secret: string }>()
        .secret;
      return {
        url: '/api/v1/auth/mfa/confirm',
        body: { otp: currentTotp(secret, fx.t.clock.now) },
      };
    },
    expect: signedIn(200),
  },
  'POST /api/v1/auth/mfa/recovery-codes': {
    request: async (_fx, c) => ({
      url: '/api/v1/auth/mfa/recovery-codes',
      body: { password: c.password },
    }),
    // Only the administrators have a second factor in the demo; the others have nothing to replace (409).
    expect: signedIn(409, { sysadmin: 200, secadmin: 200, auditor: 200 }),
  },
  'POST /api/v1/auth/mfa/disable': {
    request: async (_fx, c) => ({
      url: '/api/v1/auth/mfa/disable',
      body: { password: c.password },
    }),
    // Mandatory for administrators (422); nothing to turn off for the others (409).
    expect: signedIn(409, { sysadmin: 422, secadmin: 422, auditor: 422 }),
  },

  'GET /api/v1/org-units': {
    request: get('/api/v1/org-units?pageSize=200'),
    expect: only(ORG_READERS),
  },
  'GET /api/v1/org-units/export': {
    request: get('/api/v1/org-units/export'),
    expect: only(ORG_READERS),
  },
  'GET /api/v1/org-units/tree': {
    request: get('/api/v1/org-units/tree'),
    expect: only(ORG_READERS),
  },
  'GET /api/v1/org-units/:id': {
    request: async (fx) => ({ url: `/api/v1/org-units/${await fx.unit(TARGET.port)}` }),
    // A unit outside the caller's subtree answers 404, never revealing it exists.
    expect: only({
      sysadmin: 200,
      secadmin: 200,
      leader: 200,
      wg_member: 200,
      branch_officer: 200,
      office: 404,
      port_officer: 404,
      lab_officer: 404,
      staff: 404,
      otherBranch: 404,
    }),
  },
  'POST /api/v1/org-units': {
    request: async (fx) => ({
      url: '/api/v1/org-units',
      body: {
        code: 'P-SEA-SOUTH',
        kind: 'port',
        parentId: await fx.unit(TARGET.branch),
        nameZh: '南港口岸',
        nameEn: 'South Harbour Port',
      },
    }),
    expect: only({ sysadmin: 201 }),
  },
  'PUT /api/v1/org-units/:id': {
    request: async (fx) => ({
      url: `/api/v1/org-units/${await fx.unit(TARGET.port)}`,
      body: {
        version: await fx.unitVersion(TARGET.port),
        nameZh: '西港散货口岸（改）',
        nameEn: 'West Harbour Bulk Port (renamed)',
      },
    }),
    expect: only({ sysadmin: 200 }),
  },
  'POST /api/v1/org-units/:id/move': {
    request: async (fx) => ({
      url: `/api/v1/org-units/${await fx.unit(TARGET.port)}/move`,
      body: {
        version: await fx.unitVersion(TARGET.port),
        parentId: await fx.unit(TARGET.otherBranch),
      },
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
      const res = await fx
        .as('sysadmin')
        .post(`/api/v1/org-units/${await fx.unit(TARGET.port)}/archive`, {
          version: await fx.unitVersion(TARGET.port),
          reason: '暂停使用',
        });
      if (res.statusCode !== 200) throw new Error(`could not archive ${TARGET.port}: ${res.body}`);
    },
    request: async (fx) => ({
      url: `/api/v1/org-units/${await fx.unit(TARGET.port)}/restore`,
      body: { version: await fx.unitVersion(TARGET.port) },
    }),
    expect: only({ sysadmin: 200 }),
  },

  'GET /api/v1/users': {
    request: get('/api/v1/users'),
    expect: only({ sysadmin: 200, secadmin: 200 }),
  },
  'GET /api/v1/users/export': {
    request: get('/api/v1/users/export'),
    expect: only({ sysadmin: 200, secadmin: 200 }),
  },
  'GET /api/v1/users/:id': {
    request: async (fx) => ({ url: `/api/v1/users/${await fx.user(TARGET.reader)}` }),
    expect: only({ sysadmin: 200, secadmin: 200 }),
  },
  'POST /api/v1/users': {
    request: async (fx) => ({
      url: '/api/v1/users',
      body: {
        username: 'new.harbour',
        displayName: '新关员',
        orgUnitId: await fx.unit(TARGET.branch),
        initialPassword: 'Initial-pass-2026',
        initialRole: { role: 'branch_officer', orgUnitId: await fx.unit(TARGET.branch) },
      },
    }),
    expect: only({ sysadmin: 201 }),
  },
  'PUT /api/v1/users/:id': {
    request: async (fx) => ({
      url: `/api/v1/users/${await fx.user(TARGET.account)}`,
      body: {
        version: await fx.userVersion(TARGET.account),
        displayName: '周查验员',
        orgUnitId: await fx.unit(TARGET.port),
      },
    }),
    expect: only({ sysadmin: 200 }),
  },
  'POST /api/v1/users/:id/status': {
    request: async (fx) => ({
      url: `/api/v1/users/${await fx.user(TARGET.account)}/status`,
      body: {
        version: await fx.userVersion(TARGET.account),
        status: 'disabled',
        reason: '调离岗位',
      },
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
    request: async (fx) => ({
      url: `/api/v1/users/${await fx.user(TARGET.account)}/unlock`,
      body: { version: await fx.userVersion(TARGET.account) },
    }),
    expect: only({ sysadmin: 200 }),
  },
  'POST /api/v1/users/:id/mfa-reset': {
    request: async (fx) => ({
      url: `/api/v1/users/${await fx.user(TARGET.account)}/mfa-reset`,
      body: { version: await fx.userVersion(TARGET.account) },
    }),
    expect: only({ sysadmin: 200 }),
  },
  'POST /api/v1/grants': {
    request: async (fx) => ({
      url: '/api/v1/grants',
      body: {
        userId: await fx.user(TARGET.account),
        role: 'port_officer',
        orgUnitId: await fx.unit(TARGET.port),
        workingGroup: null,
      },
    }),
    expect: only({ secadmin: 201 }),
  },
  'POST /api/v1/grants/:id/revoke': {
    request: async (fx) => ({
      url: `/api/v1/grants/${await fx.activeGrantOf(TARGET.account)}/revoke`,
      body: { reason: '岗位调整' },
    }),
    expect: only({ secadmin: 200 }),
  },

  'GET /api/v1/security/policy': {
    request: get('/api/v1/security/policy'),
    expect: only({ secadmin: 200 }),
  },
  'PUT /api/v1/security/policy': {
    request: async (fx) => ({
      url: '/api/v1/security/policy',
      body: { ...(await fx.policy()), passwordExpiryDays: 60 },
    }),
    expect: only({ secadmin: 200 }),
  },

  'GET /api/v1/audit': { request: get('/api/v1/audit'), expect: only({ auditor: 200 }) },
  'GET /api/v1/audit/actions': {
    request: get('/api/v1/audit/actions'),
    expect: only({ auditor: 200 }),
  },
  'GET /api/v1/audit/export': {
    request: get('/api/v1/audit/export'),
    expect: only({ auditor: 200 }),
  },
  'GET /api/v1/audit/verify': {
    request: get('/api/v1/audit/verify'),
    expect: only({ auditor: 200 }),
  },

  'GET /api/v1/home/summary': { request: get('/api/v1/home/summary'), expect: signedIn(200) },

  'GET /api/v1/ports/map': { request: get('/api/v1/ports/map'), expect: only(PORT_READERS) },
  'GET /api/v1/ports': { request: get('/api/v1/ports?pageSize=200'), expect: only(PORT_READERS) },
  'GET /api/v1/ports/export': { request: get('/api/v1/ports/export'), expect: only(PORT_READERS) },
  'GET /api/v1/ports/:id': {
    request: async (fx) => ({ url: `/api/v1/ports/${(await portOf(fx, TARGET.port)).id}` }),
    expect: only(TARGET_PORT_READERS),
  },
  'POST /api/v1/ports': {
    request: async (fx) => ({
      url: '/api/v1/ports',
      body: {
        code: 'P-SEA-SOUTH',
        branchId: await fx.unit(TARGET.branch),
        status: 'planned',
        nameZh: '南港口岸',
        nameEn: 'South Harbour Port',
        modes: ['sea'],
        portClass: 'II',
        provinceCode: '440000',
        cityCode: '440300',
        latitude: 22.5,
        longitude: 113.9,
        openedDate: null,
        designCapacity: [{ mode: 'sea', unit: 'teu_per_year', value: 1000000 }],
      },
    }),
    expect: only(TARGET_PORT_WRITERS(201)),
  },
  'PUT /api/v1/ports/:id': {
    request: async (fx) => {
      const port = await portOf(fx, TARGET.port);
      return {
        url: `/api/v1/ports/${port.id}`,
        body: {
          version: port.version,
          nameZh: '西港散货口岸',
          nameEn: 'West Harbour Bulk Port',
          modes: ['sea'],
          portClass: 'I',
          provinceCode: '440000',
          cityCode: '440800',
          latitude: 21.2,
          longitude: 110.4,
          openedDate: '1998-03-15',
          designCapacity: [{ mode: 'sea', unit: 'tonnes_per_year', value: 65000000 }],
        },
      };
    },
    expect: only(TARGET_PORT_WRITERS(200)),
  },
  'POST /api/v1/ports/:id/status': {
    request: async (fx) => {
      const port = await portOf(fx, TARGET.port);
      const current = await fx.t.ctx.db
        .selectFrom('ports')
        .select('status')
        .where('id', '=', port.id)
        .executeTakeFirstOrThrow();
      return {
        url: `/api/v1/ports/${port.id}/status`,
        body: {
          version: port.version,
          status: current.status === 'open' ? 'suspended' : 'open',
          reason: '泊位改造',
        },
      };
    },
    expect: only(TARGET_PORT_WRITERS(200)),
  },
  'POST /api/v1/ports/:id/archive': {
    request: async (fx) => {
      const port = await portOf(fx, TARGET.port);
      return {
        url: `/api/v1/ports/${port.id}/archive`,
        body: { version: port.version, reason: '口岸撤并' },
      };
    },
    expect: only(TARGET_PORT_WRITERS(200)),
  },
  'GET /api/v1/ports/:id/designations': {
    request: async (fx) => ({
      url: `/api/v1/ports/${(await portOf(fx, TARGET.port)).id}/designations`,
    }),
    expect: only(TARGET_PORT_READERS),
  },
  'POST /api/v1/ports/:id/designations': {
    request: async (fx) => ({
      url: `/api/v1/ports/${(await portOf(fx, TARGET.port)).id}/designations`,
      body: {
        categoryCode: 'LOGS',
        effectiveDate: '2026-10-01',
        legalBasis: '海关总署公告2019年第212号',
        reason: null,
      },
    }),
    expect: only(TARGET_PORT_WRITERS(201)),
  },
  'POST /api/v1/designations/:id/status': {
    request: async (fx) => {
      const d = await designationOf(fx, TARGET.port, 'GRAIN');
      const current = await fx.t.ctx.db
        .selectFrom('portDesignations')
        .select('status')
        .where('id', '=', d.id)
        .executeTakeFirstOrThrow();
      return {
        url: `/api/v1/designations/${d.id}/status`,
        body: {
          version: d.version,
          status: current.status === 'approved' ? 'suspended' : 'approved',
          effectiveDate: '2026-11-01',
          legalBasis: '整改通知',
          reason: '检疫处理设施整改',
        },
      };
    },
    expect: only(TARGET_PORT_WRITERS(200)),
  },
  'GET /api/v1/designations/:id/history': {
    request: async (fx) => ({
      url: `/api/v1/designations/${(await designationOf(fx, TARGET.port, 'GRAIN')).id}/history`,
    }),
    expect: only(TARGET_PORT_READERS),
  },
  'GET /api/v1/public/designations': {
    request: get('/api/v1/public/designations?category=GRAIN'),
    expect: everyone(200),
  },
  'GET /api/v1/reference/designation-categories': {
    request: get('/api/v1/reference/designation-categories'),
    expect: only(PORT_READERS),
  },
  'POST /api/v1/reference/designation-categories': {
    request: async () => ({
      url: '/api/v1/reference/designation-categories',
      body: {
        code: 'FEED',
        nameZh: '进境饲料',
        nameEn: 'Imported feed',
        trafficUnits: ['tonnes', 'lots'],
        source: '工作组提议',
      },
    }),
    expect: only({ wg_member: 201 }),
  },
  'GET /api/v1/reference/regions': {
    request: get('/api/v1/reference/regions'),
    expect: everyone(200),
  },
  'GET /api/v1/ports/:id/traffic': {
    request: async (fx) => ({
      url: `/api/v1/ports/${(await portOf(fx, TARGET.port)).id}/traffic?categoryCode=GRAIN`,
    }),
    expect: only(TARGET_PORT_READERS),
  },
  'POST /api/v1/ports/:id/traffic': {
    request: async (fx) => ({
      url: `/api/v1/ports/${(await portOf(fx, TARGET.port)).id}/traffic`,
      body: { categoryCode: 'GRAIN', year: 2026, month: 1, unit: 'tonnes', value: 480000 },
    }),
    expect: only(TARGET_PORT_WRITERS(201)),
  },
  'PUT /api/v1/traffic/:id': {
    request: async (fx) => {
      const row = await trafficOf(fx, TARGET.port, 'GRAIN', 2025);
      return {
        url: `/api/v1/traffic/${row.id}`,
        body: { version: row.version, unit: 'tonnes', value: 5700000 },
      };
    },
    expect: only(TARGET_PORT_WRITERS(200)),
  },

  'GET /api/v1/reference/facility-types': {
    request: get('/api/v1/reference/facility-types'),
    expect: only(PORT_READERS),
  },
  'POST /api/v1/reference/facility-types': {
    request: async () => ({
      url: '/api/v1/reference/facility-types',
      body: {
        code: 'SOIL_SCREEN',
        nameZh: '土壤筛查设备',
        nameEn: 'Soil screening',
        capacityUnit: 'count',
        certificationCycleMonths: null,
        applicableCategories: ['PLANT_PROPAGATION'],
        sourceTag: 'P',
        source: '工作组提议',
      },
    }),
    expect: only({ wg_member: 201 }),
  },
  'PUT /api/v1/reference/facility-types/:code': {
    request: async (fx) => {
      const row = await fx.t.ctx.db
        .selectFrom('facilityTypes')
        .select('version')
        .where('code', '=', 'COLD_STORE')
        .executeTakeFirstOrThrow();
      return {
        url: '/api/v1/reference/facility-types/COLD_STORE',
        body: {
          version: row.version,
          nameZh: '冷库',
          nameEn: 'Cold store',
          capacityUnit: 'm3',
          certificationCycleMonths: 24,
          applicableCategories: ['MEAT', 'FRUIT'],
          sourceTag: 'G',
          source: '工作组意见',
        },
      };
    },
    expect: only({ wg_member: 200 }),
  },
  'GET /api/v1/facilities': {
    request: get('/api/v1/facilities?pageSize=50&status=in_service'),
    expect: only(PORT_READERS),
  },
  'GET /api/v1/facilities/export': {
    request: get('/api/v1/facilities/export?typeCode=VIDEO_MONITORING'),
    expect: only(PORT_READERS),
  },
  'GET /api/v1/facilities/:id': {
    request: async (fx) => ({
      url: `/api/v1/facilities/${(await facilityOf(fx, TARGET.port, 'VIDEO_MONITORING')).id}`,
    }),
    expect: only(TARGET_PORT_READERS),
  },
  'POST /api/v1/facilities': {
    request: async (fx) => ({
      url: '/api/v1/facilities',
      body: {
        portId: (await portOf(fx, TARGET.port)).id,
        typeCode: 'AUTOMATIC_SAMPLER',
        functionalArea: '散粮泊位',
        quantity: 2,
        capacity: null,
        commissionedDate: '2026-10-01',
        status: 'in_service',
        notes: null,
      },
    }),
    expect: only(TARGET_PORT_WRITERS(201)),
  },
  'PUT /api/v1/facilities/:id': {
    request: async (fx) => {
      const f = await facilityOf(fx, TARGET.port, 'VIDEO_MONITORING');
      return {
        url: `/api/v1/facilities/${f.id}`,
        body: {
          version: f.version,
          portId: f.portId,
          typeCode: 'VIDEO_MONITORING',
          functionalArea: '散粮泊位监控',
          quantity: 4,
          capacity: 90,
          commissionedDate: '2019-05-01',
          status: 'in_service',
          notes: '扩容',
        },
      };
    },
    expect: only(TARGET_PORT_WRITERS(200)),
  },
  'POST /api/v1/facilities/:id/archive': {
    request: async (fx) => {
      const f = await facilityOf(fx, TARGET.port, 'VIDEO_MONITORING');
      return {
        url: `/api/v1/facilities/${f.id}/archive`,
        body: { version: f.version, reason: '设备报废' },
      };
    },
    expect: only(TARGET_PORT_WRITERS(200)),
  },
  'GET /api/v1/facilities/:id/certifications': {
    request: async (fx) => ({
      url: `/api/v1/facilities/${(await facilityOf(fx, TARGET.port, 'TREATMENT_AREA')).id}/certifications`,
    }),
    expect: only(TARGET_PORT_READERS),
  },
  'POST /api/v1/facilities/:id/certifications': {
    request: async (fx) => ({
      url: `/api/v1/facilities/${(await facilityOf(fx, TARGET.port, 'TREATMENT_AREA')).id}/certifications`,
      body: {
        issuer: '示例直属海关',
        issuedDate: '2026-11-01',
        expiryDate: '2027-10-31',
        documentRef: '核准证书 2026-118',
      },
    }),
    expect: only(TARGET_PORT_WRITERS(201)),
  },
  'GET /api/v1/facilities/gaps': {
    request: get('/api/v1/facilities/gaps'),
    expect: only(PORT_READERS),
  },
  'GET /api/v1/projects': { request: get('/api/v1/projects'), expect: only(PROJECT_READERS) },
  'GET /api/v1/projects/:id': {
    request: async (fx) => ({ url: `/api/v1/projects/${(await projectOf(fx, TARGET.port)).id}` }),
    expect: only({
      leader: 200,
      office: 200,
      wg_member: 200,
      branch_officer: 200,
      port_officer: 404,
      otherBranch: 404,
    }),
  },
  'POST /api/v1/projects': {
    request: async (fx) => ({
      url: '/api/v1/projects',
      body: {
        portId: (await portOf(fx, TARGET.port)).id,
        kind: 'new_category',
        title: '西港进境粮食设施扩建',
        categories: ['GRAIN'],
      },
    }),
    expect: only(TARGET_PORT_WRITERS(201)),
  },
  'PUT /api/v1/projects/:id/gates/:gate': {
    request: async (fx) => {
      const p = await projectOf(fx, TARGET.port);
      return {
        url: `/api/v1/projects/${p.id}/gates/funding`,
        body: {
          version: p.version,
          plannedDate: '2027-03-01',
          actualDate: null,
          documents: '资金申请报告',
        },
      };
    },
    expect: only(TARGET_PORT_WRITERS(200)),
  },
  'POST /api/v1/projects/:id/gates/:gate/sign': {
    request: async (fx) => {
      const p = await projectOf(fx, TARGET.port);
      return { url: `/api/v1/projects/${p.id}/gates/design/sign`, body: { version: p.version } };
    },
    expect: only({ wg_member: 200 }),
  },
  'POST /api/v1/projects/:id/archive': {
    request: async (fx) => {
      const p = await projectOf(fx, TARGET.port);
      return {
        url: `/api/v1/projects/${p.id}/archive`,
        body: { version: p.version, reason: '规划调整' },
      };
    },
    expect: only(TARGET_PORT_WRITERS(200)),
  },
  'GET /api/v1/ports/import/template': {
    request: get('/api/v1/ports/import/template'),
    expect: only({ branch_officer: 200, port_officer: 200, otherBranch: 200 }),
  },
  'GET /api/v1/traffic/import/template': {
    request: get('/api/v1/traffic/import/template'),
    expect: only({ branch_officer: 200, port_officer: 200, otherBranch: 200 }),
  },
  'GET /api/v1/facilities/import/template': {
    request: get('/api/v1/facilities/import/template'),
    expect: only({ branch_officer: 200, port_officer: 200, otherBranch: 200 }),
  },
  // Writers outside BR-HARBOUR get the import report (422) naming the row they may not write.
  'POST /api/v1/ports/import': {
    request: async () => ({
      url: '/api/v1/ports/import',
      upload: await xlsxUpload(PORT_IMPORT_COLUMNS, [
        [
          'P-SEA-SOUTH',
          TARGET.branch,
          '南港口岸',
          'South Harbour Port',
          'sea',
          'II',
          '440000',
          '440300',
          22.5,
          113.9,
          'planned',
          null,
        ],
      ]),
    }),
    expect: only({ branch_officer: 200, port_officer: 422, otherBranch: 422 }),
  },
  'POST /api/v1/traffic/import': {
    request: async () => ({
      url: '/api/v1/traffic/import',
      upload: await xlsxUpload(TRAFFIC_IMPORT_COLUMNS, [
        [TARGET.port, 'GRAIN', 2026, 2, 'tonnes', 450000],
      ]),
    }),
    expect: only({ branch_officer: 200, port_officer: 422, otherBranch: 422 }),
  },
  'POST /api/v1/facilities/import': {
    request: async () => ({
      url: '/api/v1/facilities/import',
      upload: await xlsxUpload(FACILITY_IMPORT_COLUMNS, [
        [
          TARGET.port,
          'AUTOMATIC_SAMPLER',
          '散粮泊位',
          2,
          null,
          '2026-10-01',
          'in_service',
          null,
          null,
          null,
          null,
          null,
        ],
      ]),
    }),
    expect: only({ branch_officer: 200, port_officer: 422, otherBranch: 422 }),
  },
  'GET /api/v1/certifications/expiring': {
    request: get('/api/v1/certifications/expiring?within=60'),
    expect: only(PORT_READERS),
  },
  'GET /api/v1/certifications/expiring/export': {
    request: get('/api/v1/certifications/expiring/export?within=90'),
    expect: only(PORT_READERS),
  },

  'POST /api/v1/ports/:id/restore': {
    prepare: async (fx) => {
      const port = await portOf(fx, TARGET.port);
      await archiveAsOfficer(fx, `/api/v1/ports/${port.id}/archive`, port.version);
    },
    request: async (fx) => {
      const port = await portOf(fx, TARGET.port);
      return { url: `/api/v1/ports/${port.id}/restore`, body: { version: port.version } };
    },
    expect: only(TARGET_PORT_WRITERS(200)),
  },
  'POST /api/v1/facilities/:id/restore': {
    prepare: async (fx) => {
      const f = await facilityOf(fx, TARGET.port, 'VIDEO_MONITORING');
      await archiveAsOfficer(fx, `/api/v1/facilities/${f.id}/archive`, f.version);
    },
    request: async (fx) => {
      const f = await facilityOf(fx, TARGET.port, 'VIDEO_MONITORING');
      return { url: `/api/v1/facilities/${f.id}/restore`, body: { version: f.version } };
    },
    expect: only(TARGET_PORT_WRITERS(200)),
  },
  'POST /api/v1/projects/:id/restore': {
    prepare: async (fx) => {
      const p = await projectOf(fx, TARGET.port);
      await archiveAsOfficer(fx, `/api/v1/projects/${p.id}/archive`, p.version);
    },
    request: async (fx) => {
      const p = await projectOf(fx, TARGET.port);
      return { url: `/api/v1/projects/${p.id}/restore`, body: { version: p.version } };
    },
    expect: only(TARGET_PORT_WRITERS(200)),
  },

  'GET /api/v1/facilities/:id/attachments': {
    request: async (fx) => ({
      url: `/api/v1/facilities/${(await facilityOf(fx, TARGET.port, 'VIDEO_MONITORING')).id}/attachments`,
    }),
    expect: only(TARGET_PORT_READERS),
  },
  'POST /api/v1/facilities/:id/attachments': {
    request: async (fx) => ({
      url: `/api/v1/facilities/${(await facilityOf(fx, TARGET.port, 'VIDEO_MONITORING')).id}/attachments?kind=photo`,
      upload: multipartFile(SAMPLE_FILES.jpeg, 'berth.jpg', 'image/jpeg'),
    }),
    expect: only(TARGET_PORT_WRITERS(201)),
  },
  'GET /api/v1/certifications/:id/attachments': {
    request: async (fx) => ({
      url: `/api/v1/certifications/${(await certificationOf(fx, TARGET.port)).id}/attachments`,
    }),
    expect: only(TARGET_PORT_READERS),
  },
  'POST /api/v1/certifications/:id/attachments': {
    request: async (fx) => ({
      url: `/api/v1/certifications/${(await certificationOf(fx, TARGET.port)).id}/attachments`,
      upload: multipartFile(SAMPLE_FILES.pdf, '核准证书.pdf', 'application/pdf'),
    }),
    expect: only(TARGET_PORT_WRITERS(201)),
  },
  'GET /api/v1/attachments/:id/content': {
    request: async (fx) => ({ url: `/api/v1/attachments/${(await attachmentOf(fx)).id}/content` }),
    expect: only(TARGET_PORT_READERS),
  },
  'POST /api/v1/attachments/:id/archive': {
    prepare: async (fx) => void (await attachmentOf(fx)),
    request: async (fx) => {
      const a = await attachmentOf(fx);
      return {
        url: `/api/v1/attachments/${a.id}/archive`,
        body: { version: a.version, reason: '照片模糊' },
      };
    },
    expect: only(TARGET_PORT_WRITERS(200)),
  },
  ...STANDARDS_MATRIX,
};

export const routeKey = (r: Pick<RouteEntry, 'method' | 'url'>) => `${r.method} ${r.url}`;

/** Whether a built URL is an instance of the route's pattern (so a probe cannot hit a neighbouring route by mistake). */
export function urlMatches(pattern: string, url: string): boolean {
  const path = url.split('?')[0] ?? '';
  const re = new RegExp(
    `^${pattern
      .split('/')
      .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/')}$`,
  );
  return re.test(path);
}

/** The route table as the app registers it, from an app on a throwaway in-memory database. */
export async function liveRouteTable(): Promise<RouteEntry[]> {
  const config = {
    ...loadConfig({ GUOMEN_SECRET: 'route-table-route-table-route-table-0', GUOMEN_JOBS: '0' }),
    database: { dialect: 'sqlite' as const, file: ':memory:' },
  };
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
    const id = await accountSteps.create(t.ctx, tx, SYSTEM_ACTOR, {
      username: OTHER_BRANCH.username,
      displayName: '吴科长（机场海关）',
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
