import { get, signedIn, type Probe } from './probe.ts';

/** The home page summary. */
export const HOME_ROWS: Record<string, Probe> = {
  'GET /api/v1/home/summary': { request: get('/api/v1/home/summary'), expect: signedIn(200) },
};
