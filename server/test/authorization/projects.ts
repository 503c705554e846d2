import { TARGET } from './callers.ts';
import { TARGET_PORT_WRITERS, get, only, type Probe, type Statuses } from './probe.ts';
import { portOf, projectOf } from './records.ts';

/** project.read: the district-wide readers, the officers, and the working group (sign implies read). */
const PROJECT_READERS: Statuses = {
  leader: 200,
  office: 200,
  wg_member: 200,
  branch_officer: 200,
  port_officer: 200,
  otherBranch: 200,
};

/** Construction projects and their gates; the target port has one demo project. */
export const PROJECT_ROWS: Record<string, Probe> = {
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
};
