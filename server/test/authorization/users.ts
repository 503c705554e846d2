import { TARGET } from './callers.ts';
import { get, only, type Probe } from './probe.ts';

/** Accounts and role grants; the writes aim at the target account. */
export const USER_ROWS: Record<string, Probe> = {
  'GET /api/v1/users': {
    request: get('/api/v1/users'),
    expect: only({ sysadmin: 200, secadmin: 200 }),
  },
  'GET /api/v1/users/export': {
    request: get('/api/v1/users/export'),
    expect: only({ sysadmin: 200, secadmin: 200 }),
  },
  'GET /api/v1/users/:id': {
    request: async (fx) => ({ url: `/api/v1/users/${await fx.user(TARGET.reader)}` }),
    expect: only({ sysadmin: 200, secadmin: 200 }),
  },
  'POST /api/v1/users': {
    request: async (fx) => ({
      url: '/api/v1/users',
      body: {
        username: 'new.harbour',
        displayName: '新关员',
        orgUnitId: await fx.unit(TARGET.branch),
        initialPassword: 'Initial-pass-2026',
        initialRole: { role: 'branch_officer', orgUnitId: await fx.unit(TARGET.branch) },
      },
    }),
    expect: only({ sysadmin: 201 }),
  },
  'PUT /api/v1/users/:id': {
    request: async (fx) => ({
      url: `/api/v1/users/${await fx.user(TARGET.account)}`,
      body: {
        version: await fx.userVersion(TARGET.account),
        displayName: '周查验员',
        orgUnitId: await fx.unit(TARGET.port),
      },
    }),
    expect: only({ sysadmin: 200 }),
  },
  'POST /api/v1/users/:id/status': {
    request: async (fx) => ({
      url: `/api/v1/users/${await fx.user(TARGET.account)}/status`,
      body: {
        version: await fx.userVersion(TARGET.account),
        status: 'disabled',
        reason: '调离岗位',
      },
    }),
    expect: only({ sysadmin: 200 }),
  },
  'POST /api/v1/users/:id/password': {
    request: async (fx) => ({
      url: `/api/v1/users/${await fx.user(TARGET.account)}/password`,
      body: { version: await fx.userVersion(TARGET.account), newPassword: 'Temporary-pass-2026' },
    }),
    expect: only({ sysadmin: 200 }),
  },
  'POST /api/v1/users/:id/unlock': {
    request: async (fx) => ({
      url: `/api/v1/users/${await fx.user(TARGET.account)}/unlock`,
      body: { version: await fx.userVersion(TARGET.account) },
    }),
    expect: only({ sysadmin: 200 }),
  },
  'POST /api/v1/users/:id/mfa-reset': {
    request: async (fx) => ({
      url: `/api/v1/users/${await fx.user(TARGET.account)}/mfa-reset`,
      body: { version: await fx.userVersion(TARGET.account) },
    }),
    expect: only({ sysadmin: 200 }),
  },
  'POST /api/v1/grants': {
    request: async (fx) => ({
      url: '/api/v1/grants',
      body: {
        userId: await fx.user(TARGET.account),
        role: 'port_officer',
        orgUnitId: await fx.unit(TARGET.port),
        workingGroup: null,
      },
    }),
    expect: only({ secadmin: 201 }),
  },
  'POST /api/v1/grants/:id/revoke': {
    request: async (fx) => ({
      url: `/api/v1/grants/${await fx.activeGrantOf(TARGET.account)}/revoke`,
      body: { reason: '岗位调整' },
    }),
    expect: only({ secadmin: 200 }),
  },
};
