import { get, signedIn, type Probe } from './probe.ts';

/** The work queue: everyone signed in reads their own, and nothing else is reachable through it. */
export const WORK_ROWS: Record<string, Probe> = {
  'GET /api/v1/work/tasks': { request: get('/api/v1/work/tasks?view=unit'), expect: signedIn(200) },
  'GET /api/v1/work/counts': { request: get('/api/v1/work/counts'), expect: signedIn(200) },
  'GET /api/v1/work/tasks/export': {
    request: get('/api/v1/work/tasks/export?view=mine'),
    expect: signedIn(200),
  },
};
