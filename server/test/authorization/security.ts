import { get, only, type Probe } from './probe.ts';

/** The security policy, for the security administrator alone. */
export const SECURITY_ROWS: Record<string, Probe> = {
  'GET /api/v1/security/policy': {
    request: get('/api/v1/security/policy'),
    expect: only({ secadmin: 200 }),
  },
  'PUT /api/v1/security/policy': {
    request: async (fx) => ({
      url: '/api/v1/security/policy',
      body: { ...(await fx.policy()), passwordExpiryDays: 60 },
    }),
    expect: only({ secadmin: 200 }),
  },
};
