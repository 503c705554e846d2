import type {
  Assessment,
  Campaign,
  Catalog,
  CatalogVersion,
  Finding,
} from '../../contracts/index.ts';
import { SESSION_COOKIE } from '../src/platform/http/access.ts';
import { login, type Agent } from './helpers.ts';
import type { Fixtures, Probe, ProbeRequest } from './authorization.matrix.ts';
import { multipartFile } from './xlsx-upload.ts';
import { SAMPLE_FILES } from './sample-files.ts';

/**
 * Matrix entries of the standards module: catalogs, campaigns, assessments and findings. The target is
 * the baseline assessment of P-SEA-WEST (BR-HARBOUR); probes that need a later state move it there
 * through the API as the people who would.
 */
type Statuses = Partial<Record<string, number>>;
type Expect = Probe['expect'];

const ALL = [
  'anonymous',
  'sysadmin',
  'secadmin',
  'auditor',
  'leader',
  'office',
  'wg_member',
  'branch_officer',
  'port_officer',
  'lab_officer',
  'staff',
  'partner',
  'enterprise',
  'otherBranch',
] as const;
const only = (allowed: Statuses): Expect =>
  ({
    ...Object.fromEntries(ALL.map((a) => [a, a === 'anonymous' ? 401 : 403])),
    ...allowed,
  }) as Expect;

/** Holders of the standards reads: the district-wide readers and the officers. */
const READERS: Statuses = {
  leader: 200,
  office: 200,
  wg_member: 200,
  branch_officer: 200,
  port_officer: 200,
  otherBranch: 200,
};
/** Reading the P-SEA-WEST assessment or its findings: the district-wide readers and its branch. */
const TARGET_READERS: Statuses = {
  leader: 200,
  office: 200,
  wg_member: 200,
  branch_officer: 200,
  port_officer: 404,
  otherBranch: 404,
};
/** Filling in at P-SEA-WEST: its branch officer; officers who cannot see it answer 404. */
const TARGET_FILLERS = (status: number): Statuses => ({
  branch_officer: status,
  port_officer: 404,
  otherBranch: 404,
});

const get = (url: string) => async (): Promise<ProbeRequest> => ({ url });

const ROLE_ACCOUNTS = {
  office: 'office',
  wg_member: 'wg.facility',
  branch_officer: 'branch.harbour',
  leader: 'leader',
} as const;
const signedIn = new WeakMap<object, Map<string, Agent>>();

/** A demo account for a probe's preparation, signed in on first use (the property tests sign in only the caller they test). */
async function as(fx: Fixtures, role: keyof typeof ROLE_ACCOUNTS): Promise<Agent> {
  let agents = signedIn.get(fx.t);
  if (!agents) signedIn.set(fx.t, (agents = new Map<string, Agent>()));
  const known = agents.get(role);
  if (known) return known;
  const agent = await login(fx.t, ROLE_ACCOUNTS[role]);
  agents.set(role, agent);
  return agent;
}

async function ok<T>(
  res: { statusCode: number; body: string; json: <U>() => U },
  what: string,
): Promise<T> {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

async function catalog(fx: Fixtures): Promise<Catalog> {
  const page = await ok<{ items: Catalog[] }>(
    await (await as(fx, 'office')).get('/api/v1/catalogs'),
    'catalogs',
  );
  const first = page.items[0];
  if (!first) throw new Error('no demo catalog');
  return first;
}
const publishedVersionId = async (fx: Fixtures) =>
  (await catalog(fx)).versions.find((v) => v.status === 'published')?.id ?? '';

/** A draft version of the default catalog, started by the office the first time it is asked for. */
async function draftVersion(fx: Fixtures): Promise<CatalogVersion> {
  const c = await catalog(fx);
  const draft = c.versions.find((v) => v.status === 'draft');
  if (draft)
    return ok<CatalogVersion>(
      await (await as(fx, 'office')).get(`/api/v1/catalog-versions/${draft.id}`),
      'draft',
    );
  return ok<CatalogVersion>(
    await (
      await as(fx, 'office')
    ).post(`/api/v1/catalogs/${c.id}/versions`, { version: c.version }),
    'new version',
  );
}
async function draftFacilityItem(fx: Fixtures) {
  const item = (await draftVersion(fx)).items.find((i) => i.aspect === 'FACILITY');
  if (!item) throw new Error('no FACILITY item in the draft');
  return item;
}

const NEW_ITEM = {
  code: 'FAC-MATRIX-PROBE',
  aspect: 'FACILITY',
  titleZh: '矩阵测试项',
  titleEn: 'Matrix probe item',
  basisKind: 'programme_default',
  basis: '规划默认要求：测试',
  importance: 'recommended',
  weight: 1,
  appliesWhen: "'LOGS' in port.categories",
  required: null,
  measure: "facilities.has('TREATMENT_AREA')",
};

async function baseline(fx: Fixtures): Promise<Campaign> {
  const page = await ok<{ items: Campaign[] }>(
    await (await as(fx, 'office')).get('/api/v1/campaigns?pageSize=50'),
    'campaigns',
  );
  const found = page.items.find((c) => c.code === '2026-BASELINE');
  if (!found) throw new Error('no baseline campaign');
  return found;
}

async function westAssessment(fx: Fixtures): Promise<Assessment> {
  const c = await baseline(fx);
  const port = await fx.t.ctx.db
    .selectFrom('ports')
    .innerJoin('orgUnits', 'orgUnits.id', 'ports.orgUnitId')
    .select('ports.id')
    .where('orgUnits.code', '=', 'P-SEA-WEST')
    .executeTakeFirstOrThrow();
  const row = await fx.t.ctx.db
    .selectFrom('assessments')
    .select('id')
    .where('campaignId', '=', c.id)
    .where('portId', '=', port.id)
    .executeTakeFirstOrThrow();
  return ok<Assessment>(
    await (await as(fx, 'office')).get(`/api/v1/assessments/${row.id}`),
    'assessment',
  );
}

async function submitted(fx: Fixtures): Promise<Assessment> {
  let a = await westAssessment(fx);
  if (a.status !== 'draft') return a;
  const branch = await as(fx, 'branch_officer');
  for (const item of a.items.filter((i) => !i.automatic && i.result === null)) {
    await ok(
      await branch.put(`/api/v1/assessment-items/${item.id}`, {
        version: item.version,
        result: 'compliant',
        grade: null,
        naReason: null,
        note: null,
      }),
      'answer',
    );
  }
  a = await westAssessment(fx);
  return ok<Assessment>(
    await branch.post(`/api/v1/assessments/${a.id}/submit`, { version: a.version }),
    'submit',
  );
}

const REVIEWERS = [
  ['wg.facility', 'FACILITY'],
  ['wg.system', 'SYSTEM'],
  ['wg.tech', 'TECH'],
  ['wg.education', 'STAFF'],
] as const;

async function reviewed(fx: Fixtures): Promise<Assessment> {
  let a = await submitted(fx);
  if (a.status !== 'submitted') return a;
  for (const [username, aspect] of REVIEWERS) {
    const reviewer: Agent =
      username === 'wg.facility' ? await as(fx, 'wg_member') : await login(fx.t, username);
    a = await ok<Assessment>(
      await reviewer.post(`/api/v1/assessments/${a.id}/aspects/${aspect}/accept`, {
        version: a.version,
        comment: null,
      }),
      `accept ${aspect}`,
    );
  }
  return a;
}

async function approved(fx: Fixtures): Promise<Assessment> {
  const a = await reviewed(fx);
  if (a.status !== 'reviewed') return a;
  return ok<Assessment>(
    await (
      await as(fx, 'office')
    ).post(`/api/v1/assessments/${a.id}/approve`, { version: a.version }),
    'approve',
  );
}

async function westFinding(fx: Fixtures): Promise<Finding> {
  const a = await approved(fx);
  const page = await ok<{ items: Finding[] }>(
    await (
      await as(fx, 'office')
    ).get(`/api/v1/findings?portId=${a.portId}&aspect=FACILITY&sort=createdAt`),
    'findings',
  );
  const first = page.items[0];
  if (!first) throw new Error('no FACILITY finding at P-SEA-WEST');
  return first;
}

async function submittedFinding(fx: Fixtures): Promise<Finding> {
  const f = await westFinding(fx);
  if (f.status === 'submitted') return f;
  return ok<Finding>(
    await (
      await as(fx, 'branch_officer')
    ).post(`/api/v1/findings/${f.id}/submit`, { version: f.version, progressNote: '已完成整改' }),
    'submit finding',
  );
}

async function manualItem(fx: Fixtures) {
  const item = (await westAssessment(fx)).items.find((i) => !i.automatic);
  if (!item) throw new Error('no manual item');
  return item;
}

/** An evidence file of the target assessment, uploaded by its branch officer the first time it is asked for. */
async function evidenceOf(fx: Fixtures): Promise<string> {
  const existing = await fx.t.ctx.db
    .selectFrom('standardsEvidence')
    .select('id')
    .where('assessmentItemId', 'is not', null)
    .orderBy('createdAt')
    .limit(1)
    .executeTakeFirst();
  if (existing) return existing.id;
  const upload = multipartFile(SAMPLE_FILES.pdf, '制度文件.pdf', 'application/pdf');
  const branch = await as(fx, 'branch_officer');
  const res = await fx.t.app.inject({
    method: 'POST',
    url: `/api/v1/assessment-items/${(await manualItem(fx)).id}/evidence`,
    payload: upload.payload,
    headers: {
      'content-type': upload.contentType,
      cookie: `${SESSION_COOKIE}=${branch.cookie}`,
      'x-csrf-token': branch.csrf,
    },
    remoteAddress: '127.0.0.1',
  });
  if (res.statusCode !== 201) throw new Error(`could not upload evidence: ${res.body}`);
  return res.json<{ id: string }>().id;
}

export const STANDARDS_MATRIX: Record<string, Probe> = {
  'GET /api/v1/standards/vocabulary': {
    request: get('/api/v1/standards/vocabulary'),
    expect: only(READERS),
  },
  'POST /api/v1/standards/check': {
    request: async () => ({
      url: '/api/v1/standards/check',
      body: {
        appliesWhen: "'MEAT' in port.categories",
        required: null,
        measure: "facilities.has('COLD_STORE')",
      },
    }),
    expect: only(READERS),
  },
  'GET /api/v1/catalogs': { request: get('/api/v1/catalogs'), expect: only(READERS) },
  'POST /api/v1/catalogs': {
    request: async () => ({
      url: '/api/v1/catalogs',
      body: {
        code: 'MATRIX-CATALOG',
        nameZh: '矩阵测试目录',
        nameEn: 'Matrix catalog',
        source: '',
      },
    }),
    expect: only({ office: 201 }),
  },
  'POST /api/v1/catalogs/import': {
    request: async () => ({
      url: '/api/v1/catalogs/import',
      body: {
        format: 'json',
        content: JSON.stringify({
          code: 'MATRIX-IMPORT',
          nameZh: '导入目录',
          nameEn: 'Imported catalog',
          items: [NEW_ITEM],
        }),
      },
    }),
    expect: only({ office: 201 }),
  },
  'GET /api/v1/catalogs/:id': {
    request: async (fx) => ({ url: `/api/v1/catalogs/${(await catalog(fx)).id}` }),
    expect: only(READERS),
  },
  'POST /api/v1/catalogs/:id/versions': {
    request: async (fx) => {
      const c = await catalog(fx);
      return { url: `/api/v1/catalogs/${c.id}/versions`, body: { version: c.version } };
    },
    expect: only({ office: 201 }),
  },
  'GET /api/v1/catalog-versions/:id': {
    request: async (fx) => ({ url: `/api/v1/catalog-versions/${await publishedVersionId(fx)}` }),
    expect: only(READERS),
  },
  'GET /api/v1/catalog-versions/:id/export': {
    request: async (fx) => ({
      url: `/api/v1/catalog-versions/${await publishedVersionId(fx)}/export?format=yaml`,
    }),
    expect: only(READERS),
  },
  'POST /api/v1/catalog-versions/:id/publish': {
    request: async (fx) => {
      const v = await draftVersion(fx);
      return { url: `/api/v1/catalog-versions/${v.id}/publish`, body: { version: v.version } };
    },
    expect: only({ office: 200 }),
  },
  'POST /api/v1/catalog-versions/:id/items': {
    request: async (fx) => ({
      url: `/api/v1/catalog-versions/${(await draftVersion(fx)).id}/items`,
      body: NEW_ITEM,
    }),
    expect: only({ wg_member: 201 }),
  },
  'PUT /api/v1/catalog-items/:id': {
    request: async (fx) => {
      const item = await draftFacilityItem(fx);
      const {
        id: _id,
        versionId: _v,
        change: _c,
        automatic: _a,
        updatedAt: _u,
        can: _can,
        ...draft
      } = item;
      return { url: `/api/v1/catalog-items/${item.id}`, body: { ...draft, weight: 2 } };
    },
    expect: only({ wg_member: 200 }),
  },
  'POST /api/v1/catalog-items/:id/remove': {
    request: async (fx) => {
      const item = await draftFacilityItem(fx);
      return { url: `/api/v1/catalog-items/${item.id}/remove`, body: { version: item.version } };
    },
    expect: only({ wg_member: 204 }),
  },

  'GET /api/v1/campaigns': { request: get('/api/v1/campaigns'), expect: only(READERS) },
  'POST /api/v1/campaigns': {
    request: async (fx) => ({
      url: '/api/v1/campaigns',
      body: {
        code: 'MATRIX-2027',
        nameZh: '2027年年度评估',
        nameEn: '2027 annual assessment',
        kind: 'annual',
        catalogVersionId: await publishedVersionId(fx),
        deadline: '2027-12-31',
        portIds: [(await westAssessment(fx)).portId],
      },
    }),
    expect: only({ office: 201 }),
  },
  'GET /api/v1/campaigns/:id': {
    request: async (fx) => ({ url: `/api/v1/campaigns/${(await baseline(fx)).id}` }),
    expect: only(READERS),
  },
  'POST /api/v1/campaigns/:id/open': {
    prepare: async (fx) => {
      await ok(
        await (
          await as(fx, 'office')
        ).post('/api/v1/campaigns', {
          code: 'MATRIX-OPEN',
          nameZh: '督促检查',
          nameEn: 'Supervision check',
          kind: 'supervision',
          catalogVersionId: await publishedVersionId(fx),
          deadline: '2027-06-30',
          portIds: [(await westAssessment(fx)).portId],
        }),
        'create campaign',
      );
    },
    request: async (fx) => {
      const page = await ok<{ items: Campaign[] }>(
        await (await as(fx, 'office')).get('/api/v1/campaigns?pageSize=50'),
        'campaigns',
      );
      const c = page.items.find((x) => x.code === 'MATRIX-OPEN') as Campaign;
      return { url: `/api/v1/campaigns/${c.id}/open`, body: { version: c.version } };
    },
    expect: only({ office: 200 }),
  },
  'POST /api/v1/campaigns/:id/close': {
    request: async (fx) => {
      const c = await baseline(fx);
      return { url: `/api/v1/campaigns/${c.id}/close`, body: { version: c.version } };
    },
    expect: only({ office: 200 }),
  },
  'GET /api/v1/campaigns/:id/scores': {
    request: async (fx) => ({ url: `/api/v1/campaigns/${(await baseline(fx)).id}/scores` }),
    expect: only(READERS),
  },
  'GET /api/v1/standards/trend': { request: get('/api/v1/standards/trend'), expect: only(READERS) },
  'POST /api/v1/standards/what-if': {
    request: async (fx) => ({
      url: '/api/v1/standards/what-if',
      body: { catalogVersionId: await publishedVersionId(fx), trafficScale: { LOGS: 1.3 } },
    }),
    expect: only(READERS),
  },

  'GET /api/v1/assessments': { request: get('/api/v1/assessments'), expect: only(READERS) },
  'GET /api/v1/assessments/export': {
    request: get('/api/v1/assessments/export'),
    expect: only(READERS),
  },
  'GET /api/v1/assessments/:id': {
    request: async (fx) => ({ url: `/api/v1/assessments/${(await westAssessment(fx)).id}` }),
    expect: only(TARGET_READERS),
  },
  'GET /api/v1/assessments/:id/export': {
    request: async (fx) => ({ url: `/api/v1/assessments/${(await westAssessment(fx)).id}/export` }),
    expect: only(TARGET_READERS),
  },
  'PUT /api/v1/assessment-items/:id': {
    request: async (fx) => {
      const item = await manualItem(fx);
      return {
        url: `/api/v1/assessment-items/${item.id}`,
        body: {
          version: item.version,
          result: 'partial',
          grade: 'minor',
          naReason: null,
          note: '部分达到',
        },
      };
    },
    expect: only(TARGET_FILLERS(200)),
  },
  'POST /api/v1/assessment-items/:id/evidence': {
    request: async (fx) => ({
      url: `/api/v1/assessment-items/${(await manualItem(fx)).id}/evidence`,
      upload: multipartFile(SAMPLE_FILES.pdf, '制度文件.pdf', 'application/pdf'),
    }),
    expect: only(TARGET_FILLERS(201)),
  },
  'GET /api/v1/evidence/:id/content': {
    request: async (fx) => ({ url: `/api/v1/evidence/${await evidenceOf(fx)}/content` }),
    expect: only(TARGET_READERS),
  },
  'POST /api/v1/assessments/:id/submit': {
    prepare: async (fx) => {
      const a = await westAssessment(fx);
      for (const item of a.items.filter((i) => !i.automatic && i.result === null)) {
        await ok(
          await (
            await as(fx, 'branch_officer')
          ).put(`/api/v1/assessment-items/${item.id}`, {
            version: item.version,
            result: 'compliant',
            grade: null,
            naReason: null,
            note: null,
          }),
          'answer',
        );
      }
    },
    request: async (fx) => {
      const a = await westAssessment(fx);
      return { url: `/api/v1/assessments/${a.id}/submit`, body: { version: a.version } };
    },
    expect: only(TARGET_FILLERS(200)),
  },
  'POST /api/v1/assessments/:id/aspects/:aspect/return': {
    prepare: async (fx) => void (await submitted(fx)),
    request: async (fx) => {
      const a = await westAssessment(fx);
      const item = a.items.find((i) => i.aspect === 'FACILITY');
      return {
        url: `/api/v1/assessments/${a.id}/aspects/FACILITY/return`,
        body: {
          version: a.version,
          comment: '请核实',
          items: [{ itemId: item?.id, comment: '请补充照片' }],
        },
      };
    },
    expect: only({ wg_member: 200 }),
  },
  'POST /api/v1/assessments/:id/aspects/:aspect/accept': {
    prepare: async (fx) => void (await submitted(fx)),
    request: async (fx) => {
      const a = await westAssessment(fx);
      return {
        url: `/api/v1/assessments/${a.id}/aspects/FACILITY/accept`,
        body: { version: a.version, comment: null },
      };
    },
    expect: only({ wg_member: 200 }),
  },
  'POST /api/v1/assessments/:id/approve': {
    prepare: async (fx) => void (await reviewed(fx)),
    request: async (fx) => {
      const a = await westAssessment(fx);
      return { url: `/api/v1/assessments/${a.id}/approve`, body: { version: a.version } };
    },
    expect: only({ office: 200 }),
  },
  'POST /api/v1/assessments/:id/reopen-request': {
    prepare: async (fx) => void (await approved(fx)),
    request: async (fx) => {
      const a = await westAssessment(fx);
      return {
        url: `/api/v1/assessments/${a.id}/reopen-request`,
        body: { version: a.version, reason: '数据需更正' },
      };
    },
    expect: only(TARGET_FILLERS(200)),
  },
  'POST /api/v1/assessments/:id/reopen-decision': {
    prepare: async (fx) => {
      const a = await approved(fx);
      await ok(
        await (
          await as(fx, 'branch_officer')
        ).post(`/api/v1/assessments/${a.id}/reopen-request`, {
          version: a.version,
          reason: '数据需更正',
        }),
        'reopen request',
      );
    },
    request: async (fx) => {
      const a = await westAssessment(fx);
      return {
        url: `/api/v1/assessments/${a.id}/reopen-decision`,
        body: { version: a.version, approve: true },
      };
    },
    expect: only({ leader: 200 }),
  },

  'GET /api/v1/findings': { request: get('/api/v1/findings'), expect: only(READERS) },
  'GET /api/v1/findings/export': { request: get('/api/v1/findings/export'), expect: only(READERS) },
  'GET /api/v1/findings/:id': {
    request: async (fx) => ({ url: `/api/v1/findings/${(await westFinding(fx)).id}` }),
    expect: only(TARGET_READERS),
  },
  'GET /api/v1/findings/:id/owners': {
    request: async (fx) => ({ url: `/api/v1/findings/${(await westFinding(fx)).id}/owners` }),
    expect: only(TARGET_READERS),
  },
  'PUT /api/v1/findings/:id/plan': {
    request: async (fx) => {
      const f = await westFinding(fx);
      return {
        url: `/api/v1/findings/${f.id}/plan`,
        body: {
          version: f.version,
          ownerId: null,
          dueDate: '2027-02-28',
          priority: 'high',
          plan: '增设熏蒸设施',
        },
      };
    },
    expect: only(TARGET_FILLERS(200)),
  },
  'POST /api/v1/findings/:id/submit': {
    request: async (fx) => {
      const f = await westFinding(fx);
      return {
        url: `/api/v1/findings/${f.id}/submit`,
        body: { version: f.version, progressNote: '已完成整改' },
      };
    },
    expect: only(TARGET_FILLERS(200)),
  },
  'POST /api/v1/findings/:id/evidence': {
    request: async (fx) => ({
      url: `/api/v1/findings/${(await westFinding(fx)).id}/evidence`,
      upload: multipartFile(SAMPLE_FILES.jpeg, '整改照片.jpg', 'image/jpeg'),
    }),
    expect: only(TARGET_FILLERS(201)),
  },
  'POST /api/v1/findings/:id/verify': {
    prepare: async (fx) => void (await submittedFinding(fx)),
    request: async (fx) => {
      const f = await westFinding(fx);
      return {
        url: `/api/v1/findings/${f.id}/verify`,
        body: { version: f.version, comment: '现场核实' },
      };
    },
    expect: only({ wg_member: 200 }),
  },
  'POST /api/v1/findings/:id/reject': {
    prepare: async (fx) => void (await submittedFinding(fx)),
    request: async (fx) => {
      const f = await westFinding(fx);
      return {
        url: `/api/v1/findings/${f.id}/reject`,
        body: { version: f.version, comment: '照片不清晰' },
      };
    },
    expect: only({ wg_member: 200 }),
  },
};
