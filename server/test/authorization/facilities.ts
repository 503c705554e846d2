import { TARGET } from './callers.ts';
import {
  PORT_READERS,
  TARGET_PORT_READERS,
  TARGET_PORT_WRITERS,
  get,
  only,
  type Probe,
} from './probe.ts';
import { facilityOf, portOf } from './records.ts';

/** Facilities, their types and certifications, and the gaps against what the ports need. */
export const FACILITY_ROWS: Record<string, Probe> = {
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
};

/** Certifications falling due, across the ports in the caller's scope. */
export const CERTIFICATION_EXPIRY_ROWS: Record<string, Probe> = {
  'GET /api/v1/certifications/expiring': {
    request: get('/api/v1/certifications/expiring?within=60'),
    expect: only(PORT_READERS),
  },
  'GET /api/v1/certifications/expiring/export': {
    request: get('/api/v1/certifications/expiring/export?within=90'),
    expect: only(PORT_READERS),
  },
};
