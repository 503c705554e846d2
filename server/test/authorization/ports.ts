import { TARGET, type Fixtures } from './callers.ts';
import {
  PORT_READERS,
  TARGET_PORT_DECIDERS,
  TARGET_PORT_READERS,
  TARGET_PORT_WRITERS,
  everyone,
  get,
  only,
  type Probe,
} from './probe.ts';
import { portOf } from './records.ts';

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

/** Ports, their designations and traffic, and the reference lists they use. */
export const PORT_ROWS: Record<string, Probe> = {
  'GET /api/v1/ports/map': { request: get('/api/v1/ports/map'), expect: only(PORT_READERS) },
  'GET /api/v1/ports/branches': {
    request: get('/api/v1/ports/branches'),
    expect: only(PORT_READERS),
  },
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
        placeKind: 'designated_site',
        placeType: null,
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
    expect: only(TARGET_PORT_DECIDERS(201)),
  },
  'PUT /api/v1/ports/:id': {
    request: async (fx) => {
      const port = await portOf(fx, TARGET.port);
      return {
        url: `/api/v1/ports/${port.id}`,
        body: {
          version: port.version,
          nameZh: '高栏港区进境粮食指定监管场地',
          nameEn: 'Gaolan Grain Designated Site',
          placeKind: 'designated_site',
          placeType: null,
          modes: ['sea'],
          portClass: 'I',
          provinceCode: '440000',
          cityCode: '440400',
          latitude: 21.9,
          longitude: 113.2,
          openedDate: '2012-03-15',
          designCapacity: [{ mode: 'sea', unit: 'tonnes_per_year', value: 13000000 }],
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
    expect: only(TARGET_PORT_DECIDERS(201)),
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
    expect: only(TARGET_PORT_DECIDERS(200)),
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
};
