import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseTrustProxy } from '../src/config.ts';
import { createTestApp, dbAvailable, login, userId, type Agent, type TestApp } from './helpers.ts';

type ErrorReply = { error: { code: string; fields?: Record<string, string> } };
type User = { id: string; version: number; roles: { id: string; role: string }[] };

describe('GUOMEN_TRUST_PROXY', () => {
  it('takes a hop count or proxy addresses, and refuses to trust every proxy', () => {
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('127.0.0.1, 10.0.0.0/8')).toEqual(['127.0.0.1', '10.0.0.0/8']);
    expect(() => parseTrustProxy('true')).toThrow(ConfigError);
    expect(() => parseTrustProxy('proxy.example')).toThrow(/GUOMEN_TRUST_PROXY|neither/);
    expect(() => parseTrustProxy('0.0.0.0/1,128.0.0.0/1')).toThrow(/wider/);
    expect(() => parseTrustProxy('::/1')).toThrow(/wider/);
    expect(() => parseTrustProxy('99')).toThrow(/hops/);
    expect(parseTrustProxy('10.0.0.0/8')).toEqual(['10.0.0.0/8']);
    expect(() => loadConfig({ GUOMEN_TRUST_PROXY: 'true' })).toThrow(ConfigError);
  });
});

describe.skipIf(!dbAvailable)('hardening', () => {
  describe('client address behind a proxy', () => {
    let t: TestApp;
    afterEach(async () => t.close());

    const failFrom = (forwarded: string, remoteAddress: string, username = 'nobody') =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress,
        headers: { 'x-forwarded-for': forwarded },
        payload: { username, password: 'Wrong-pass-1x' },
      });
    const lastAddress = async () =>
      (
        await t.ctx.db
          .selectFrom('auditLog')
          .select('address')
          .where('action', '=', 'auth.login_failed')
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirstOrThrow()
      ).address;

    it('with one trusted hop, takes the address the proxy added, not what the client wrote', async () => {
      t = await createTestApp({ env: { GUOMEN_TRUST_PROXY: '1' } });
      await failFrom('10.0.0.1, 203.0.113.7', '127.0.0.1');
      expect(await lastAddress()).toBe('203.0.113.7');
    });

    it('with a proxy list, ignores X-Forwarded-For from anyone else', async () => {
      t = await createTestApp({ env: { GUOMEN_TRUST_PROXY: '127.0.0.1' } });
      await failFrom('10.0.0.1', '198.51.100.4');
      expect(await lastAddress()).toBe('198.51.100.4');
      await failFrom('10.0.0.1, 203.0.113.8', '127.0.0.1');
      expect(await lastAddress()).toBe('203.0.113.8');
    });

    it('cannot spoof past the throttle by rotating X-Forwarded-For', async () => {
      t = await createTestApp({ env: { GUOMEN_TRUST_PROXY: '1' } });
      const all = await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          failFrom(`10.7.7.${i}, 203.0.113.9`, '127.0.0.1', `ghost${i}`),
        ),
      );
      expect(all.filter((r) => r.statusCode === 429)).toHaveLength(5);
    });
  });

  describe('separation of duties', () => {
    let t: TestApp;
    let sysadmin: Agent;
    let secadmin: Agent;
    beforeEach(async () => {
      t = await createTestApp();
      sysadmin = await login(t, 'sysadmin');
      secadmin = await login(t, 'secadmin');
    });
    afterEach(async () => t.close());

    const account = async (username: string) =>
      (await sysadmin.get(`/api/v1/users/${await userId(t, username)}`)).json<User>();

    it('keeps an active holder of each administrator role: the only auditor and the only system administrator keep their grants', async () => {
      for (const username of ['auditor', 'sysadmin']) {
        const grant = (await account(username)).roles[0];
        const res = await secadmin.post(`/api/v1/grants/${grant?.id ?? ''}/revoke`, {
          reason: '调岗离任',
        });
        expect(res.statusCode).toBe(422);
        expect(res.json<ErrorReply>().error.code).toBe('LAST_ADMIN_HOLDER');
      }
      expect((await account('auditor')).roles).toHaveLength(1);
    });

    it('lets the auditor role move to a new holder once another one holds it', async () => {
      const created = await sysadmin.post('/api/v1/users', {
        username: 'auditor.two',
        displayName: '新审计员',
        orgUnitId: await unitOf(t, 'auditor'),
        initialPassword: 'First-pass-2026',
      });
      expect(created.statusCode).toBe(201);
      const newId = created.json<User>().id;
      expect(
        (
          await secadmin.post('/api/v1/grants', {
            userId: newId,
            role: 'auditor',
            orgUnitId: await unitOf(t, 'auditor'),
          })
        ).statusCode,
      ).toBe(201);
      const old = (await account('auditor')).roles[0];
      expect(
        (await secadmin.post(`/api/v1/grants/${old?.id ?? ''}/revoke`, { reason: '调岗离任' }))
          .statusCode,
      ).toBe(200);
    });

    it('refuses the system administrator renaming or moving the auditor', async () => {
      const auditor = await account('auditor');
      const res = await sysadmin.put(`/api/v1/users/${auditor.id}`, {
        version: auditor.version,
        displayName: '冒名者',
        orgUnitId: await unitOf(t, 'branch.gaolan'),
      });
      expect(res.statusCode).toBe(422);
      expect(res.json<ErrorReply>().error.code).toBe('ADMIN_ACCOUNT_PROTECTED');
      const harbour = await account('branch.gaolan');
      expect(
        (
          await sysadmin.put(`/api/v1/users/${harbour.id}`, {
            version: harbour.version,
            displayName: '陈科长',
            orgUnitId: await unitOf(t, 'branch.gaolan'),
          })
        ).statusCode,
      ).toBe(200);
    });
  });

  describe('malformed multipart bodies', () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await createTestApp();
    });
    afterEach(async () => t.close());

    it('answers 4xx, never 500, on every upload and import route', async () => {
      const harbour = await login(t, 'branch.gaolan');
      const facility = await t.ctx.db
        .selectFrom('facilities')
        .select('id')
        .limit(1)
        .executeTakeFirstOrThrow();
      const urls = [
        `/api/v1/facilities/${facility.id}/attachments?kind=photo`,
        '/api/v1/facilities/import',
        '/api/v1/ports/import',
        '/api/v1/traffic/import',
      ];
      const bodies: [string, string][] = [
        ['multipart/form-data', 'x'],
        ['multipart/form-data; boundary=abc', 'garbage without any boundary'],
        [
          'multipart/form-data; boundary=abc',
          '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\nPK\u0003\u0004trunc',
        ],
        [
          'multipart/form-data; boundary=abc',
          '--abc\r\nbroken header line\r\n\r\nbody\r\n--abc--\r\n',
        ],
      ];
      const wrong: string[] = [];
      for (const url of urls) {
        for (const [type, payload] of bodies) {
          const res = await harbour.post(url, payload, { 'content-type': type });
          if (res.statusCode >= 500 || res.statusCode < 400)
            wrong.push(
              `${url} ${JSON.stringify(payload.slice(0, 20))}: ${res.statusCode} ${res.body.slice(0, 100)}`,
            );
        }
      }
      expect(wrong).toEqual([]);
    });
  });

  describe('query numbers', () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await createTestApp();
    });
    afterEach(async () => t.close());

    it('says a fractional page must be a whole number, not that it is required', async () => {
      const office = await login(t, 'office');
      const res = await office.get('/api/v1/ports?page=1.5', { 'accept-language': 'en' });
      expect(res.statusCode).toBe(400);
      expect(res.json<ErrorReply>().error.fields).toEqual({ page: 'must be a whole number' });
      const zh = await office.get('/api/v1/ports?page=abc');
      expect(zh.json<ErrorReply>().error.fields?.page).toBe('须为数字');
      // An address that does not decode answers in the same error shape.
      const badUrl = await office.get('/api/v1/ports/%ED%A0%80');
      expect(badUrl.statusCode).toBe(400);
      expect(badUrl.json<ErrorReply>().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: { url: expect.any(String) },
      });
    });
  });
});

async function unitOf(t: TestApp, username: string): Promise<string> {
  return (
    await t.ctx.db
      .selectFrom('users')
      .select('orgUnitId')
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
  ).orgUnitId;
}
