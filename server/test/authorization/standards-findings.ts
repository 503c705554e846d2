import { SAMPLE_FILES } from '../sample-files.ts';
import { multipartFile } from '../xlsx-upload.ts';
import { get, only, type Probe } from './probe.ts';
import {
  READERS,
  TARGET_FILLERS,
  TARGET_READERS,
  submittedFinding,
  westFinding,
} from './standards-records.ts';

/** Findings of the approved target assessment: plans, rectification, verification. */
export const STANDARDS_FINDING_ROWS: Record<string, Probe> = {
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
