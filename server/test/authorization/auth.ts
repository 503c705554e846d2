import { currentTotp } from '../../src/platform/auth/totp.ts';
import { demoPassword } from '../../src/seed/demo.ts';
import { TARGET } from './callers.ts';
import { everyone, get, signedIn, type Probe } from './probe.ts';

const NEW_PASSWORD = 'Changed-pass-2026!';

/** Sign-in, sessions, password and second factor: every caller acts on its own account. */
export const AUTH_ROWS: Record<string, Probe> = {
  'POST /api/v1/auth/login': {
    request: async () => ({
      url: '/api/v1/auth/login',
      body: { username: TARGET.reader, password: demoPassword(TARGET.reader) },
    }),
    expect: everyone(200),
  },
  'GET /api/v1/auth/me': { request: get('/api/v1/auth/me'), expect: signedIn(200) },
  'POST /api/v1/auth/logout': {
    request: async () => ({ url: '/api/v1/auth/logout' }),
    expect: signedIn(200),
  },
  'POST /api/v1/auth/logout-everywhere': {
    request: async () => ({ url: '/api/v1/auth/logout-everywhere' }),
    expect: signedIn(200),
  },
  'POST /api/v1/auth/password': {
    request: async (_fx, c) => ({
      url: '/api/v1/auth/password',
      body: { currentPassword: c.password, newPassword: NEW_PASSWORD },
    }),
    expect: signedIn(200),
  },
  'POST /api/v1/auth/mfa/enrol': {
    request: async () => ({ url: '/api/v1/auth/mfa/enrol' }),
    expect: signedIn(200),
  },
  'POST /api/v1/auth/mfa/confirm': {
    // Each caller starts its own enrolment, then confirms with the code of the secret it was given.
    request: async (fx, c) => {
      if (!c.agent) return { url: '/api/v1/auth/mfa/confirm', body: { otp: '123456' } };
      const secret = (await c.agent.post('/api/v1/auth/mfa/enrol')).json<{ secret: string }>()
        .secret;
      return {
        url: '/api/v1/auth/mfa/confirm',
        body: { otp: currentTotp(secret, fx.t.clock.now) },
      };
    },
    expect: signedIn(200),
  },
  'POST /api/v1/auth/mfa/recovery-codes': {
    request: async (_fx, c) => ({
      url: '/api/v1/auth/mfa/recovery-codes',
      body: { password: c.password },
    }),
    // Only the administrators have a second factor in the demo; the others have nothing to replace (409).
    expect: signedIn(409, { sysadmin: 200, secadmin: 200, auditor: 200 }),
  },
  'POST /api/v1/auth/mfa/disable': {
    request: async (_fx, c) => ({
      url: '/api/v1/auth/mfa/disable',
      body: { password: c.password },
    }),
    // Mandatory for administrators (422); nothing to turn off for the others (409).
    expect: signedIn(409, { sysadmin: 422, secadmin: 422, auditor: 422 }),
  },
};
