import { SAMPLE_FILES } from '../sample-files.ts';
import { multipartFile } from '../xlsx-upload.ts';
import { get, only, type Probe } from './probe.ts';
import {
  READERS,
  TARGET_FILLERS,
  TARGET_READERS,
  approved,
  as,
  evidenceOf,
  manualItem,
  ok,
  reviewed,
  submitted,
  westAssessment,
} from './standards-records.ts';

/** Assessments of the target port: filling in, evidence, review, approval and reopening. */
export const STANDARDS_ASSESSMENT_ROWS: Record<string, Probe> = {
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
  'POST /api/v1/assessments/:id/answers': {
    request: async (fx) => {
      const a = await westAssessment(fx);
      const items = a.items.filter((i) => !i.automatic).slice(0, 2);
      return {
        url: `/api/v1/assessments/${a.id}/answers`,
        body: {
          items: items.map((i) => ({ itemId: i.id, version: i.version })),
          result: 'compliant',
          note: '现场核查符合',
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
};
