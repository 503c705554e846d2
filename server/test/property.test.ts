import fc from 'fast-check';
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
  type ActorKey,
  type Caller,
  type Probe,
  type ProbeRequest,
} from './authorization/index.ts';
import { auditService } from '../src/modules/audit/audit.service.ts';
import { createTestApp, dbAvailable, login, tableCounts, type TestApp } from './helpers.ts';

const routes = await liveRouteTable();
const writeRoutes = routes.filter((r) => r.method === 'POST' || r.method === 'PUT');
const readRoutes = routes.filter((r) => r.method === 'GET');

const NUM_RUNS = 30;

type ErrorReply = { error?: { code?: unknown; fields?: Record<string, string> } };

/** The caller the matrix lets through (a 2xx), else one who passes the access check; anonymous only on public routes. */
function writerOf(probe: Probe): ActorKey {
  const allowed = ACTORS.find(
    (a) => a !== 'anonymous' && probe.expect[a] >= 200 && probe.expect[a] < 300,
  );
  const admitted = ACTORS.find(
    (a) => a !== 'anonymous' && probe.expect[a] !== 401 && probe.expect[a] !== 403,
  );
  const chosen = probe.expect.anonymous < 300 ? 'anonymous' : (allowed ?? admitted);
  if (!chosen) throw new Error('no caller reaches this route');
  return chosen;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value no field of any body accepts: an object or an array holding one (every body field is a scalar, a strict object or an array of strings). */
const wrongTyped = fc.oneof(
  fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), {
    minKeys: 1,
    maxKeys: 3,
  }),
  fc.array(fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }), {
    minLength: 1,
    maxLength: 2,
  }),
);

/** Bodies a route must refuse: arbitrary JSON, and the valid body with one field of the wrong type or one unknown field. */
function badBodies(valid: unknown): fc.Arbitrary<unknown> {
  const validObject = isPlainObject(valid) ? valid : {};
  const keys = Object.keys(validObject);
  const noFields = keys.length === 0;
  const unknownKey = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !keys.includes(k));
  const arbitrary = fc
    .oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.object({ maxDepth: 2 }).map((o) => JSON.parse(JSON.stringify(o)) as unknown),
    )
    // A route that takes no body accepts an empty object or nothing; those are not bad bodies.
    .filter(
      (v) => !(noFields && (v === null || (isPlainObject(v) && Object.keys(v).length === 0))),
    );
  const withUnknown = fc
    .tuple(unknownKey, fc.jsonValue({ maxDepth: 2 }))
    .map(([k, v]) => ({ ...validObject, [k]: v }));
  const options: fc.Arbitrary<unknown>[] = [arbitrary, withUnknown];
  if (!noFields) {
    options.push(
      fc.tuple(fc.constantFrom(...keys), wrongTyped).map(([k, v]) => ({ ...validObject, [k]: v })),
    );
  }
  return fc.oneof(...options);
}

/** The valid body with one of its string values replaced (nested ones too): arbitrary text, NUL and lone surrogates included. */
function oddStrings(valid: unknown): fc.Arbitrary<unknown> | null {
  const paths: string[][] = [];
  const walk = (v: unknown, at: string[]) => {
    if (typeof v === 'string') paths.push(at);
    else if (isPlainObject(v)) for (const [k, item] of Object.entries(v)) walk(item, [...at, k]);
  };
  walk(valid, []);
  if (paths.length === 0) return null;
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(
      '\u0000',
      'a\u0000b',
      '\ud800',
      'x\udc00y',
      ' ',
      '%_\\',
      'invoice\u202efdp.exe',
      '\u2066x\u2069',
      '\u200f\u061c',
      '\ufeff',
    ),
    // Oversized text, and a requirement-expression shape that nests deep when parsed.
    fc.constantFrom(
      '!'.repeat(1990) + 'true',
      '('.repeat(500) + 'true' + ')'.repeat(500),
      'x'.repeat(20_000),
    ),
  );
  const replace = (v: unknown, at: string[], value: string): unknown => {
    const [head, ...rest] = at;
    if (head === undefined || !isPlainObject(v)) return value;
    return { ...v, [head]: replace(v[head], rest, value) };
  };
  return fc.tuple(fc.constantFrom(...paths), text).map(([at, value]) => replace(valid, at, value));
}

/** The valid body with one field (or the whole body) nested far deeper than any body may be. */
function deepBodies(valid: unknown): fc.Arbitrary<string> {
  const keys = isPlainObject(valid) ? Object.keys(valid) : [];
  const nested = (depth: number, kind: 'array' | 'object') =>
    kind === 'array'
      ? `${'['.repeat(depth)}${']'.repeat(depth)}`
      : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  return fc
    .tuple(
      fc.integer({ min: 65, max: 20_000 }),
      fc.constantFrom('array' as const, 'object' as const),
      keys.length > 0 ? fc.option(fc.constantFrom(...keys)) : fc.constant(null),
    )
    .map(([depth, kind, key]) =>
      key === null
        ? nested(depth, kind)
        : JSON.stringify({ ...(valid as object), [key]: 0 }).replace(
            `"${key}":0`,
            `"${key}":${nested(depth, kind)}`,
          ),
    );
}

type Prepared = { t: TestApp; caller: Caller; valid: ProbeRequest; method: 'POST' | 'PUT' };

async function prepare(key: string, probe: Probe): Promise<Prepared> {
  const t = await createTestApp();
  const actor = writerOf(probe);
  const callers = await signInCallers(
    t,
    actor === 'anonymous' ? ['anonymous'] : ['anonymous', actor],
  );
  const caller = callers.get(actor);
  if (!caller) throw new Error(`${actor} not signed in`);
  const fx = fixturesFor(t, agentsOf(callers));
  await probe.prepare?.(fx);
  const valid = await probe.request(fx, caller);
  return { t, caller, valid, method: key.startsWith('PUT ') ? 'PUT' : 'POST' };
}

describe.skipIf(!dbAvailable)('write routes under arbitrary bodies', () => {
  it('covers every write route of the route table', () => {
    const missing = writeRoutes.map(routeKey).filter((key) => !(key in MATRIX));
    expect(missing, `write routes without a probe in the matrix: ${missing.join(', ')}`).toEqual(
      [],
    );
  });

  for (const route of writeRoutes) {
    const key = routeKey(route);
    it(`${key} refuses bad bodies with 4xx and field errors, changes nothing, and never answers 5xx`, async () => {
      const probe = MATRIX[key];
      if (!probe) throw new Error(`route ${key} has no probe in the authorization matrix`);
      const { t, caller, valid, method } = await prepare(key, probe);
      try {
        const isLogin = key === 'POST /api/v1/auth/login';
        const before = await tableCounts(t);
        await fc.assert(
          fc.asyncProperty(badBodies(valid.body), async (body) => {
            const res = await t.app.inject({
              method,
              url: valid.url,
              remoteAddress: '127.0.0.1',
              headers: { ...headersOf(caller), 'content-type': 'application/json' },
              payload: JSON.stringify(body),
            });
            expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
            expect(res.statusCode, res.body).toBeLessThan(500);
            const reply = res.json<ErrorReply>();
            expect(typeof reply.error?.code, res.body).toBe('string');
            // A body the JSON parser itself refuses (a prototype key) has no fields to name.
            if (res.statusCode === 400 && reply.error?.code !== 'MALFORMED_JSON') {
              expect(Object.keys(reply.error?.fields ?? {}).length, res.body).toBeGreaterThan(0);
            }
          }),
          { numRuns: NUM_RUNS },
        );
        // Nesting thousands deep is refused before anything recursive sees it: 400 with the field named.
        await fc.assert(
          fc.asyncProperty(deepBodies(valid.body), async (payload) => {
            const res = await t.app.inject({
              method,
              url: valid.url,
              remoteAddress: '127.0.0.1',
              headers: { ...headersOf(caller), 'content-type': 'application/json' },
              payload,
            });
            expect(res.statusCode, res.body).toBe(400);
            expect(
              Object.keys(res.json<ErrorReply>().error?.fields ?? {}).length,
              res.body,
            ).toBeGreaterThan(0);
          }),
          { numRuns: 5 },
        );

        const after = await tableCounts(t);
        // A failed login legitimately audits itself and moves counters; what it must never do is open a session.
        if (isLogin) expect(after.sessions).toBe(before.sessions);
        else expect(after).toEqual(before);

        // Any text in a string field is a 2xx or a 4xx, never a 5xx (these may succeed, so they run last).
        const odd = oddStrings(valid.body);
        if (odd) {
          await fc.assert(
            fc.asyncProperty(odd, async (body) => {
              const res = await t.app.inject({
                method,
                url: valid.url,
                remoteAddress: '127.0.0.1',
                headers: { ...headersOf(caller), 'content-type': 'application/json' },
                payload: JSON.stringify(body),
              });
              expect(res.statusCode, `${JSON.stringify(body)} → ${res.body}`).toBeLessThan(500);
              if (res.statusCode === 400)
                expect(
                  Object.keys(res.json<ErrorReply>().error?.fields ?? {}).length,
                  res.body,
                ).toBeGreaterThan(0);
            }),
            { numRuns: NUM_RUNS },
          );
        }
        // Whatever those wrote, the audit trail still verifies: what was hashed is what was stored.
        expect((await auditService.verify(t.ctx)).breaks).toEqual([]);

        const notJson = await t.app.inject({
          method,
          url: valid.url,
          remoteAddress: '127.0.0.1',
          headers: { ...headersOf(caller), 'content-type': 'text/plain' },
          payload: 'plain text',
        });
        expect(notJson.statusCode).toBe(415);
        expect(notJson.json<ErrorReply>().error?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      } finally {
        await t.close();
      }
    });
  }
});

describe.skipIf(!dbAvailable)('request edges', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('refuses an oversize body with 413 and writes nothing', async () => {
    const sysadmin = await login(t, 'sysadmin');
    const before = await tableCounts(t);
    const res = await sysadmin.post(
      '/api/v1/org-units',
      JSON.stringify({
        code: 'BIG',
        kind: 'port',
        parentId: null,
        nameZh: 'x'.repeat(t.config.bodyLimit + 10),
        nameEn: 'x',
      }),
      { 'content-type': 'application/json' },
    );
    expect(res.statusCode).toBe(413);
    expect(res.json<ErrorReply>().error?.code).toBe('BODY_TOO_LARGE');
    expect(await tableCounts(t)).toEqual(before);
  });

  it('refuses malformed JSON with 400 MALFORMED_JSON', async () => {
    const sysadmin = await login(t, 'sysadmin');
    for (const payload of ['{"code": "X",', '{bad}', "{'single': 'quotes'}", '[1, 2']) {
      const res = await sysadmin.post('/api/v1/org-units', payload, {
        'content-type': 'application/json',
      });
      expect(res.statusCode, payload).toBe(400);
      expect(res.json<ErrorReply>().error?.code, payload).toBe('MALFORMED_JSON');
    }
  });

  it('refuses a NUL character in a query with 400 naming the parameter, on both dialects', async () => {
    const leader = await login(t, 'leader');
    const res = await leader.get('/api/v1/org-units?q=a%00b');
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorReply>().error?.fields).toHaveProperty('q');
    // A lone surrogate cannot be percent-encoded as UTF-8; what the decoder makes of the attempt is stored as read.
    expect((await leader.get('/api/v1/org-units?q=%ED%A0%80')).statusCode).toBeLessThan(500);
    expect((await leader.get('/api/v1/org-units/%ED%A0%80')).statusCode).toBeLessThan(500);
  });

  it('refuses an unknown query parameter on every read route, naming it', async () => {
    const callers = await signInCallers(t);
    const fx = fixturesFor(t, agentsOf(callers));
    const wrong: string[] = [];
    for (const route of readRoutes) {
      const key = routeKey(route);
      const probe = MATRIX[key];
      if (!probe) throw new Error(`route ${key} has no probe in the authorization matrix`);
      const actor = writerOf(probe);
      const caller = callers.get(actor);
      if (!caller) throw new Error(`${actor} not signed in`);
      const { url } = await probe.request(fx, caller);
      const res = await t.app.inject({
        method: 'GET',
        url: `${url}${url.includes('?') ? '&' : '?'}colour=blue`,
        headers: headersOf(caller),
        remoteAddress: '127.0.0.1',
      });
      const fields = res.statusCode === 400 ? (res.json<ErrorReply>().error?.fields ?? {}) : {};
      if (res.statusCode !== 400 || !('colour' in fields))
        wrong.push(`${key}: ${res.statusCode} ${res.body.slice(0, 120)}`);
    }
    expect(wrong).toEqual([]);
  });
});
