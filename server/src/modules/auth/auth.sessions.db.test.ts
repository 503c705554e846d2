import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../../contracts/index.ts';
import {
  agentFor,
  createTestApp,
  dbAvailable,
  login,
  type TestApp,
} from '../../../test/helpers.ts';
import { makeAccount, makeUnit } from '../../../test/factories.ts';

describe.skipIf(!dbAvailable)('sessions', () => {
  let t: TestApp;
  let officer: string;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    // One business account is all a session needs.
    const district = await makeUnit(t, { kind: 'district' });
    const branch = await makeUnit(t, { kind: 'branch', parent: district });
    officer = await makeAccount(t, { role: 'branch_officer', unit: branch });
  });
  afterEach(async () => t.close());

  it('expires after 30 idle minutes', async () => {
    const a = await login(t, officer);
    t.clock.advance(29 * 60_000);
    expect((await a.get('/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    const res = await a.get('/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json<ErrorBody>().error.code).toBe('SESSION_EXPIRED');
  });

  it('ends after 12 hours however busy', async () => {
    const a = await login(t, officer);
    for (let i = 0; i < 25; i++) {
      t.clock.advance(29 * 60_000);
      await a.get('/api/v1/auth/me');
    }
    expect((await a.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('refuses a write without the CSRF token', async () => {
    const a = await login(t, officer);
    const res = await agentFor(t, a.username, a.cookie, 'forged').post('/api/v1/auth/logout');
    expect(res.statusCode).toBe(403);
    expect(res.json<ErrorBody>().error.code).toBe('CSRF_TOKEN_INVALID');
    expect((await a.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('logs out everywhere', async () => {
    const a = await login(t, officer);
    const b = await login(t, officer);
    const res = await a.post('/api/v1/auth/logout-everywhere');
    expect(res.statusCode).toBe(200);
    expect(res.json<{ ok: true; sessionsEnded: number }>().sessionsEnded).toBe(2);
    expect((await b.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await a.get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});
