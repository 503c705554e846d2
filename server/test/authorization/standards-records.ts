import type {
  Assessment,
  Campaign,
  Catalog,
  CatalogVersion,
  Finding,
} from '../../../contracts/index.ts';
import { SESSION_COOKIE } from '../../src/platform/http/access.ts';
import { login, type Agent } from '../helpers.ts';
import { SAMPLE_FILES } from '../sample-files.ts';
import { multipartFile } from '../xlsx-upload.ts';
import type { Fixtures } from './callers.ts';
import type { Statuses } from './probe.ts';

/*
 * What the matrix rows of the standards module share: catalogs, campaigns, assessments and findings.
 * The target is the baseline assessment of GL-GRAIN (BR-GAOLAN); probes that need a later state
 * move it there through the API as the people who would.
 */

/** Holders of the standards reads: the district-wide readers and the officers. */
export const READERS: Statuses = {
  leader: 200,
  office: 200,
  wg_member: 200,
  branch_officer: 200,
  port_officer: 200,
  otherBranch: 200,
};
/** Reading the GL-GRAIN assessment or its findings: the district-wide readers and its branch. */
export const TARGET_READERS: Statuses = {
  leader: 200,
  office: 200,
  wg_member: 200,
  branch_officer: 200,
  port_officer: 404,
  otherBranch: 404,
};
/** Filling in at GL-GRAIN: its branch officer; officers who cannot see it answer 404. */
export const TARGET_FILLERS = (status: number): Statuses => ({
  branch_officer: status,
  port_officer: 404,
  otherBranch: 404,
});

const ROLE_ACCOUNTS = {
  office: 'office',
  wg_member: 'wg.facility',
  branch_officer: 'branch.gaolan',
  leader: 'leader',
} as const;
const signedIn = new WeakMap<object, Map<string, Agent>>();

/** A demo account for a probe's preparation, signed in on first use (the property tests sign in only the caller they test). */
export async function as(fx: Fixtures, role: keyof typeof ROLE_ACCOUNTS): Promise<Agent> {
  let agents = signedIn.get(fx.t);
  if (!agents) signedIn.set(fx.t, (agents = new Map<string, Agent>()));
  const known = agents.get(role);
  if (known) return known;
  const agent = await login(fx.t, ROLE_ACCOUNTS[role]);
  agents.set(role, agent);
  return agent;
}

export async function ok<T>(
  res: { statusCode: number; body: string; json: <U>() => U },
  what: string,
): Promise<T> {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

export async function catalog(fx: Fixtures): Promise<Catalog> {
  const page = await ok<{ items: Catalog[] }>(
    await (await as(fx, 'office')).get('/api/v1/catalogs'),
    'catalogs',
  );
  const first = page.items[0];
  if (!first) throw new Error('no demo catalog');
  return first;
}
export const publishedVersionId = async (fx: Fixtures) =>
  (await catalog(fx)).versions.find((v) => v.status === 'published')?.id ?? '';

/** A draft version of the default catalog, started by the office the first time it is asked for. */
export async function draftVersion(fx: Fixtures): Promise<CatalogVersion> {
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
export async function draftFacilityItem(fx: Fixtures) {
  const item = (await draftVersion(fx)).items.find((i) => i.aspect === 'FACILITY');
  if (!item) throw new Error('no FACILITY item in the draft');
  return item;
}

export const NEW_ITEM = {
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

export async function baseline(fx: Fixtures): Promise<Campaign> {
  const page = await ok<{ items: Campaign[] }>(
    await (await as(fx, 'office')).get('/api/v1/campaigns?pageSize=50'),
    'campaigns',
  );
  const found = page.items.find((c) => c.code === '2026-BASELINE');
  if (!found) throw new Error('no baseline campaign');
  return found;
}

export async function westAssessment(fx: Fixtures): Promise<Assessment> {
  const c = await baseline(fx);
  const port = await fx.t.ctx.db
    .selectFrom('ports')
    .innerJoin('orgUnits', 'orgUnits.id', 'ports.orgUnitId')
    .select('ports.id')
    .where('orgUnits.code', '=', 'GL-GRAIN')
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

export async function submitted(fx: Fixtures): Promise<Assessment> {
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

export async function reviewed(fx: Fixtures): Promise<Assessment> {
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

export async function approved(fx: Fixtures): Promise<Assessment> {
  const a = await reviewed(fx);
  if (a.status !== 'reviewed') return a;
  return ok<Assessment>(
    await (
      await as(fx, 'office')
    ).post(`/api/v1/assessments/${a.id}/approve`, { version: a.version }),
    'approve',
  );
}

export async function westFinding(fx: Fixtures): Promise<Finding> {
  const a = await approved(fx);
  const page = await ok<{ items: Finding[] }>(
    await (
      await as(fx, 'office')
    ).get(`/api/v1/findings?portId=${a.portId}&aspect=FACILITY&sort=createdAt`),
    'findings',
  );
  const first = page.items[0];
  if (!first) throw new Error('no FACILITY finding at GL-GRAIN');
  return first;
}

export async function submittedFinding(fx: Fixtures): Promise<Finding> {
  const f = await westFinding(fx);
  if (f.status === 'submitted') return f;
  return ok<Finding>(
    await (
      await as(fx, 'branch_officer')
    ).post(`/api/v1/findings/${f.id}/submit`, { version: f.version, progressNote: '已完成整改' }),
    'submit finding',
  );
}

export async function manualItem(fx: Fixtures) {
  const item = (await westAssessment(fx)).items.find((i) => !i.automatic);
  if (!item) throw new Error('no manual item');
  return item;
}

/** An evidence file of the target assessment, uploaded by its branch officer the first time it is asked for. */
export async function evidenceOf(fx: Fixtures): Promise<string> {
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
