import type { ErrorBody } from '../../contracts/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTORS,
  MATRIX,
  agentsOf,
  fixturesFor,
  headersOf,
  liveRouteTable,
  routeKey,
  signInCallers,
  urlMatches,
  type ActorKey,
  type Caller,
  type Fixtures,
  type Probe,
} from './authorization/index.ts';
import { createTestApp, dbAvailable, type TestApp } from './helpers.ts';

// Generated from the route table the app registers: a route without a matrix entry fails here by name.
const routes = await liveRouteTable();
const liveKeys = new Set(routes.map(routeKey));

const isSuccess = (status: number) => status >= 200 && status < 300;

/** Callers expected to succeed go last, so a write that works cannot spoil the probes of the callers after it. */
const callOrder = (probe: Probe): ActorKey[] =>
  [...ACTORS].sort(
    (a, b) => Number(isSuccess(probe.expect[a])) - Number(isSuccess(probe.expect[b])),
  );

async function runProbe(
  t: TestApp,
  fx: Fixtures,
  callers: Map<ActorKey, Caller>,
  key: string,
  probe: Probe,
): Promise<string[]> {
  const [method = '', pattern = ''] = key.split(' ');
  const wrong: string[] = [];
  for (const actor of callOrder(probe)) {
    const caller = callers.get(actor);
    if (!caller) throw new Error(`${actor} is not signed in`);
    const req = await probe.request(fx, caller);
    if (!urlMatches(pattern, req.url))
      throw new Error(`probe for ${key} built ${req.url}, which is not that route`);
    const res = await t.app.inject({
      method: method === 'PUT' ? 'PUT' : method === 'POST' ? 'POST' : 'GET',
      url: req.url,
      headers: {
        ...headersOf(caller),
        ...(req.upload ? { 'content-type': req.upload.contentType } : {}),
      },
      remoteAddress: '127.0.0.1',
      ...(req.upload
        ? { payload: req.upload.payload }
        : req.body === undefined
          ? {}
          : { payload: req.body }),
    });
    const expected = probe.expect[actor];
    if (res.statusCode !== expected)
      wrong.push(`${actor}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 160)}`);
  }
  return wrong;
}

describe.skipIf(!dbAvailable)('authorization matrix', () => {
  it('has an entry for every route in the route table', () => {
    const missing = routes.map(routeKey).filter((key) => !(key in MATRIX));
    expect(
      missing,
      `routes without an entry in server/test/authorization/: ${missing.join(', ')}`,
    ).toEqual([]);
  });

  it('has no entry for a route that no longer exists', () => {
    const stale = Object.keys(MATRIX).filter((key) => !liveKeys.has(key));
    expect(stale, `matrix entries naming no live route: ${stale.join(', ')}`).toEqual([]);
  });

  // Reads share one app: nothing they do changes what the next caller sees.
  describe('reads', () => {
    let t: TestApp;
    let callers: Map<ActorKey, Caller>;
    let fx: Fixtures;
    beforeAll(async () => {
      t = await createTestApp();
      callers = await signInCallers(t);
      fx = fixturesFor(t, agentsOf(callers));
    });
    afterAll(async () => t?.close());

    for (const route of routes.filter((r) => r.method === 'GET')) {
      const key = routeKey(route);
      it(key, async () => {
        const probe = MATRIX[key];
        if (!probe) throw new Error(`route ${key} has no entry in the authorization matrix`);
        await probe.prepare?.(fx);
        expect(await runProbe(t, fx, callers, key, probe), key).toEqual([]);
      });
    }
  });

  // Each write gets a fresh district, so a success cannot change what another route's probes find.
  describe('writes', () => {
    for (const route of routes.filter((r) => r.method !== 'GET')) {
      const key = routeKey(route);
      it(key, async () => {
        const probe = MATRIX[key];
        if (!probe) throw new Error(`route ${key} has no entry in the authorization matrix`);
        const t = await createTestApp();
        try {
          const callers = await signInCallers(t);
          const fx = fixturesFor(t, agentsOf(callers));
          await probe.prepare?.(fx);
          expect(await runProbe(t, fx, callers, key, probe), key).toEqual([]);
        } finally {
          await t.close();
        }
      });
    }
  });

  describe('metrics', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(async () => t?.close());

    it('answers a loopback address', async () => {
      for (const remoteAddress of ['127.0.0.1', '::1']) {
        const res = await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress });
        expect(res.statusCode, remoteAddress).toBe(200);
        expect(res.body).toContain('guomen_http_request_duration_seconds');
      }
    });

    it('refuses an address outside GUOMEN_METRICS_ALLOW, even with a session', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/metrics',
        remoteAddress: '10.20.30.40',
      });
      expect(res.statusCode).toBe(403);
      expect(res.json<ErrorBody>().error.code).toBe('FORBIDDEN');
    });
  });

  describe('cross-branch reads', () => {
    let t: TestApp;
    let callers: Map<ActorKey, Caller>;
    beforeAll(async () => {
      t = await createTestApp();
      callers = await signInCallers(t, ['branch_officer', 'otherBranch']);
    });
    afterAll(async () => t?.close());

    it('keeps another branch out of lists and the tree', async () => {
      const other = callers.get('otherBranch')?.agent;
      const own = callers.get('branch_officer')?.agent;
      if (!other || !own) throw new Error('callers not signed in');
      const codes = async (url: string, agent: typeof other) => {
        const body = (await agent.get(url)).json<
          { items?: { code: string }[] } | { code: string }[]
        >();
        return (Array.isArray(body) ? body : (body.items ?? [])).map((u) => u.code);
      };
      expect(await codes('/api/v1/org-units?pageSize=200', other)).toEqual(
        expect.arrayContaining(['BR-HZMB', 'HZMB-DS']),
      );
      expect(await codes('/api/v1/org-units?pageSize=200', other)).not.toContain('GL-GRAIN');
      expect(await codes('/api/v1/org-units/tree', other)).not.toContain('BR-GAOLAN');
      expect(await codes('/api/v1/org-units/tree', own)).toEqual(
        expect.arrayContaining(['BR-GAOLAN', 'GL-GRAIN']),
      );
      expect(await codes('/api/v1/org-units/tree', own)).not.toContain('BR-HZMB');
    });
  });
});
