import type { Campaign } from '../../../contracts/index.ts';
import { get, only, type Probe } from './probe.ts';
import {
  READERS,
  as,
  baseline,
  ok,
  publishedVersionId,
  westAssessment,
} from './standards-records.ts';

/** Campaigns, their scores, and the district-wide trend and what-if figures. */
export const STANDARDS_CAMPAIGN_ROWS: Record<string, Probe> = {
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
};
