import { get, only, type Probe } from './probe.ts';

/** The audit trail, for the auditor alone. */
export const AUDIT_ROWS: Record<string, Probe> = {
  'GET /api/v1/audit': { request: get('/api/v1/audit'), expect: only({ auditor: 200 }) },
  'GET /api/v1/audit/actions': {
    request: get('/api/v1/audit/actions'),
    expect: only({ auditor: 200 }),
  },
  'GET /api/v1/audit/export': {
    request: get('/api/v1/audit/export'),
    expect: only({ auditor: 200 }),
  },
  'GET /api/v1/audit/verify': {
    request: get('/api/v1/audit/verify'),
    expect: only({ auditor: 200 }),
  },
};
