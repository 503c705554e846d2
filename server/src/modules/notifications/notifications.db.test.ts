import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  ErrorBody,
  Notification,
  NotificationPreferences,
  Page,
} from '../../../../contracts/index.ts';
import { createTestApp, dbAvailable, login, userId, type TestApp } from '../../../test/helpers.ts';
import { dispatchTasks } from '../../platform/notify/dispatch.ts';
import { createStandardsWorld, type StandardsWorld } from '../standards/standards.test-world.ts';

/** The bell: who is told of a task, once; what each person set; and the live stream. */
describe.skipIf(!dbAvailable)('in-app notifications', () => {
  let t: TestApp;
  let w: StandardsWorld;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createStandardsWorld(t);
  });
  afterEach(async () => t.close());

  const inbox = async (username: string, lang = 'en') =>
    (
      await (
        await login(t, username)
      ).get('/api/v1/notifications?pageSize=200', {
        'accept-language': lang,
      })
    ).json<Page<Notification>>();

  it("tells each task's people once, after the opening, in their language", async () => {
    // Opening the campaign opened the tasks; nobody has been told yet.
    expect((await inbox(w.accounts.portOfficer)).total).toBe(0);
    const first = await dispatchTasks(t.ctx);
    expect(first.tasks).toBeGreaterThanOrEqual(4);

    const port = await inbox(w.accounts.portOfficer);
    expect(port.items.map((n) => n.title)).toEqual([
      `Fill in the assessment: ${w.port.nameEn} · ${w.campaign.nameEn}`,
    ]);
    expect(port.items[0]!.link).toMatch(/^\/standards\/assessments\//);
    expect(port.items[0]!.read).toBe(false);
    expect((await inbox(w.accounts.portOfficer, 'zh-CN')).items[0]!.title).toBe(
      `填报自评估：${w.port.nameZh} · ${w.campaign.nameZh}`,
    );
    // The branch fills all three of its ports; the other branch only its own; the office fills none.
    expect((await inbox(w.accounts.branchOfficer)).total).toBe(3);
    expect((await inbox(w.accounts.otherBranchOfficer)).total).toBe(1);
    expect((await inbox(w.accounts.office)).total).toBe(0);

    // Running again tells nobody twice: every task is marked told.
    expect(await dispatchTasks(t.ctx)).toEqual({ tasks: 0, told: 0 });
    expect((await inbox(w.accounts.branchOfficer)).total).toBe(3);
    const untold = await t.ctx.db
      .selectFrom('tasks')
      .select('id')
      .where('notifiedAt', 'is', null)
      .execute();
    expect(untold).toEqual([]);
  });

  it('counts unread, marks read one or all, and keeps them apart per person', async () => {
    await dispatchTasks(t.ctx);
    const branch = await login(t, w.accounts.branchOfficer);
    expect((await branch.get('/api/v1/notifications/unread')).json()).toEqual({ unread: 3 });
    const [one] = (await inbox(w.accounts.branchOfficer)).items;
    // Another person's notification cannot be marked through this account.
    const port = await login(t, w.accounts.portOfficer);
    expect((await port.post('/api/v1/notifications/read', { ids: [one!.id] })).json()).toEqual({
      unread: 1,
    });
    expect((await branch.get('/api/v1/notifications/unread')).json()).toEqual({ unread: 3 });
    expect((await branch.post('/api/v1/notifications/read', { ids: [one!.id] })).json()).toEqual({
      unread: 2,
    });
    expect(
      (await branch.get('/api/v1/notifications?unread=true')).json<Page<Notification>>().total,
    ).toBe(2);
    expect((await branch.post('/api/v1/notifications/read', { all: true })).json()).toEqual({
      unread: 0,
    });
    const audit = await t.ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', '=', 'notification.read')
      .execute();
    expect(audit).toHaveLength(3);
  });

  it('keeps preferences per person and refuses a channel or mode the product does not have', async () => {
    const agent = await login(t, w.accounts.portOfficer);
    expect(
      (await agent.get('/api/v1/notifications/preferences')).json<NotificationPreferences>(),
    ).toEqual({
      email: null,
      locale: 'zh',
      channels: { inApp: 'immediate', email: 'immediate' },
    });
    const before = await t.ctx.db.selectFrom('notificationSettings').selectAll().execute();
    for (const body of [
      { channels: { sms: 'immediate' } },
      { channels: { email: 'hourly' } },
      { channels: { inApp: 'digest' } },
      { email: 'not an address' },
      { locale: 'fr' },
      {},
    ]) {
      const res = await agent.put('/api/v1/notifications/preferences', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.json<ErrorBody>().error.fields ?? {})).not.toEqual([]);
    }
    expect(await t.ctx.db.selectFrom('notificationSettings').selectAll().execute()).toEqual(before);

    const saved = await agent.put('/api/v1/notifications/preferences', {
      email: 'port.officer@example.cn',
      locale: 'en',
      channels: { inApp: 'off', email: 'digest' },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<NotificationPreferences>()).toEqual({
      email: 'port.officer@example.cn',
      locale: 'en',
      channels: { inApp: 'off', email: 'digest' },
    });
    // In-app "off": the notification is kept (and waits for the digest) but never rings the bell.
    await dispatchTasks(t.ctx);
    expect((await agent.get('/api/v1/notifications/unread')).json()).toEqual({ unread: 0 });
    const rows = await t.ctx.db
      .selectFrom('notifications')
      .select(['mailState', 'readAt'])
      .where('userId', '=', await userId(t, w.accounts.portOfficer))
      .execute();
    expect(rows).toEqual([{ mailState: 'digest', readAt: expect.any(Number) as number }]);
  });

  it('streams the unread count, and pushes it when a notification arrives', async () => {
    const agent = await login(t, w.accounts.portOfficer);
    // holdSeconds=0: one event, then the stream closes (how a client that cannot hold a stream reads it).
    const once = await agent.get('/api/v1/notifications/stream?holdSeconds=0');
    expect(once.statusCode).toBe(200);
    expect(once.headers['content-type']).toContain('text/event-stream');
    expect(once.body).toContain('event: unread\ndata: {"unread":0}');

    const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const controller = new AbortController();
    const res = await fetch(`${address}/api/v1/notifications/stream?holdSeconds=30`, {
      headers: { cookie: `guomen_sid=${agent.cookie}` },
      signal: controller.signal,
    });
    const reader = res.body!.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    const decoder = new TextDecoder();
    let seen = '';
    const until = async (text: string) => {
      while (!seen.includes(text)) {
        const chunk = await reader.read();
        if (chunk.done) throw new Error(`stream ended before ${text}: ${seen}`);
        seen += decoder.decode(chunk.value);
      }
    };
    await until('data: {"unread":0}');
    await dispatchTasks(t.ctx);
    await until('data: {"unread":1}');
    controller.abort();
  });
});
