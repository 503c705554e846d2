import { get, only, signedIn, type Probe } from './probe.ts';

/** No mail in the demo district has this id: the administrator's retry reaches the lookup and answers 404. */
const UNKNOWN_MAIL = '01900000-0000-7000-8000-000000000000';

/**
 * Notifications: everyone signed in reads and marks their own, and sets their own preferences; the
 * mail outbox is the system administrator's.
 */
export const NOTIFICATION_ROWS: Record<string, Probe> = {
  'GET /api/v1/notifications': { request: get('/api/v1/notifications'), expect: signedIn(200) },
  'GET /api/v1/notifications/unread': {
    request: get('/api/v1/notifications/unread'),
    expect: signedIn(200),
  },
  'POST /api/v1/notifications/read': {
    request: async () => ({ url: '/api/v1/notifications/read', body: { all: true } }),
    expect: signedIn(200),
  },
  'GET /api/v1/notifications/stream': {
    request: get('/api/v1/notifications/stream?holdSeconds=0'),
    expect: signedIn(200),
  },
  'GET /api/v1/notifications/preferences': {
    request: get('/api/v1/notifications/preferences'),
    expect: signedIn(200),
  },
  'PUT /api/v1/notifications/preferences': {
    request: async () => ({
      url: '/api/v1/notifications/preferences',
      body: { locale: 'zh', channels: { email: 'digest' } },
    }),
    expect: signedIn(200),
  },
  'GET /api/v1/mail/outbox': {
    request: get('/api/v1/mail/outbox?status=failed'),
    expect: only({ sysadmin: 200 }),
  },
  'GET /api/v1/mail/outbox/export': {
    request: get('/api/v1/mail/outbox/export?status=pending'),
    expect: only({ sysadmin: 200 }),
  },
  'POST /api/v1/mail/outbox/:id/retry': {
    request: async () => ({ url: `/api/v1/mail/outbox/${UNKNOWN_MAIL}/retry`, body: {} }),
    expect: only({ sysadmin: 404 }),
  },
  'POST /api/v1/mail/test': {
    request: async () => ({ url: '/api/v1/mail/test', body: {} }),
    expect: only({ sysadmin: 200 }),
  },
};
