import { everyone, get, type Probe } from './probe.ts';

/** Health, metrics and the API description, outside the module routes. */
export const PLATFORM_ROWS: Record<string, Probe> = {
  'GET /healthz': { request: get('/healthz'), expect: everyone(200) },
  'GET /readyz': { request: get('/readyz'), expect: everyone(200) },
  // Every probe comes from 127.0.0.1, inside GUOMEN_METRICS_ALLOW; the test checks an outside address too.
  'GET /metrics': { request: get('/metrics'), expect: everyone(200) },
  'GET /api/openapi.json': { request: get('/api/openapi.json'), expect: everyone(200) },
};
