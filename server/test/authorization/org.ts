import { TARGET } from './callers.ts';
import { get, only, type Probe, type Statuses } from './probe.ts';

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

/** The organisation tree; the writes aim at the target port. */
export const ORG_ROWS: Record<string, Probe> = {
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
        nameZh: '高栏港区进境粮食指定监管场地（改）',
        nameEn: 'Gaolan Grain Designated Site (renamed)',
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
};
