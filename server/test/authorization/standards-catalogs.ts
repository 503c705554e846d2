import { get, only, type Probe } from './probe.ts';
import {
  NEW_ITEM,
  READERS,
  catalog,
  draftFacilityItem,
  draftVersion,
  publishedVersionId,
} from './standards-records.ts';

/** The standards vocabulary and rule check, catalogs, their versions and items. */
export const STANDARDS_CATALOG_ROWS: Record<string, Probe> = {
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
};
