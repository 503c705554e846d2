import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MailPage } from '../../../../contracts/index.ts';
import {
  createSecondInstance,
  createTestApp,
  dbAvailable,
  login,
  type TestApp,
} from '../../../test/helpers.ts';
import { startSmtpSink } from '../../../test/mail/smtp-sink.ts';
import {
  createStandardsWorld,
  type StandardsWorld,
} from '../../modules/standards/standards.test-world.ts';
import { dispatchTasks, sendDigests } from './dispatch.ts';
import { deliverDue, MAIL_MAX_ATTEMPTS, retryDelayMs, smtpTransport } from './outbox.ts';
import { defineTemplate, TemplateError } from './templates.ts';

/** Mail through a real SMTP server on 127.0.0.1: what arrives, what is retried, what is never sent twice. */
describe.skipIf(!dbAvailable)('mail from the outbox', () => {
  let t: TestApp;
  let w: StandardsWorld;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeEach(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({ seed: false, env: { GUOMEN_SMTP_URL: sink.url } });
    w = await createStandardsWorld(t);
  });
  afterEach(async () => {
    await t.close();
    await sink.close();
  });

  const deliver = (app: TestApp = t) => {
    const transport = smtpTransport(sink.url);
    return deliverDue(app.ctx.db, transport, {
      from: 'Guomen <guomen@example.cn>',
      clock: app.ctx.clock,
    }).finally(() => transport.close());
  };
  const prefer = async (username: string, body: object) =>
    expect(
      (await (await login(t, username)).put('/api/v1/notifications/preferences', body)).statusCode,
    ).toBe(200);

  it('sends each person their task at once, in their language, with a link to it', async () => {
    await prefer(w.accounts.portOfficer, { email: 'port@example.cn' });
    await prefer(w.accounts.otherBranchOfficer, { email: 'other@example.cn', locale: 'en' });
    await dispatchTasks(t.ctx);
    expect(await deliver()).toEqual({ sent: 2, retrying: 0, failed: 0 });

    const zh = sink.received.find((m) => m.to.includes('port@example.cn'))!;
    expect(zh.subject).toBe(`【国门】填报自评估：${w.port.nameZh} · ${w.campaign.nameZh}`);
    expect(zh.text).toMatch(/办理：http:\/\/127\.0\.0\.1:\d+\/standards\/assessments\//);
    const en = sink.received.find((m) => m.to.includes('other@example.cn'))!;
    expect(en.subject).toBe(
      `[Guomen] Fill in the assessment: ${w.otherPort.nameEn} · ${w.campaign.nameEn}`,
    );
    expect(en.text).toContain('Due by');
    expect(en.messageId).toMatch(/@guomen\.outbox>$/);
    // Nothing is due any more.
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  it('retries a refused mail with growing waits, then shows it failed, and sends it once retried', async () => {
    await prefer(w.accounts.portOfficer, { email: 'port@example.cn' });
    await dispatchTasks(t.ctx);
    sink.refuse(true);
    for (let attempt = 1; attempt < MAIL_MAX_ATTEMPTS; attempt++) {
      expect(await deliver()).toEqual({ sent: 0, retrying: 1, failed: 0 });
      // Not due again until its wait is over.
      expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
      t.clock.advance(retryDelayMs(attempt));
    }
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(retryDelayMs(2)).toBeGreaterThan(retryDelayMs(1));

    const sysadmin = await login(t, w.accounts.sysadmin);
    const outbox = (await sysadmin.get('/api/v1/mail/outbox?status=failed')).json<MailPage>();
    expect(outbox.transport).toBe(true);
    expect(outbox.items).toHaveLength(1);
    expect(outbox.items[0]).toMatchObject({
      toAddress: 'port@example.cn',
      attempts: MAIL_MAX_ATTEMPTS,
    });
    expect(outbox.items[0]!.lastError).toContain('mailbox unavailable');

    sink.refuse(false);
    // A mail that has not failed cannot be "retried"; the failed one can.
    expect(
      (await sysadmin.post(`/api/v1/mail/outbox/${outbox.items[0]!.id}/retry`)).statusCode,
    ).toBe(200);
    expect(
      (await sysadmin.post(`/api/v1/mail/outbox/${outbox.items[0]!.id}/retry`)).statusCode,
    ).toBe(409);
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(sink.received).toHaveLength(1);
    expect(
      (await sysadmin.get('/api/v1/mail/outbox?status=sent'))
        .json<MailPage>()
        .items.map((m) => m.status),
    ).toEqual(['sent']);
    expect(
      (await (await login(t, w.accounts.portOfficer)).get('/api/v1/mail/outbox')).statusCode,
    ).toBe(403);
  });

  it('keeps mail through a restart and never sends it twice', async () => {
    await prefer(w.accounts.portOfficer, { email: 'port@example.cn' });
    await dispatchTasks(t.ctx);
    // Another instance (as after a restart) finds the queued mail and sends it; nothing runs twice.
    const second = await createSecondInstance(t);
    try {
      expect(await dispatchTasks(second.ctx)).toEqual({ tasks: 0, told: 0 });
      expect(await deliver(second)).toEqual({ sent: 1, retrying: 0, failed: 0 });
      await dispatchTasks(t.ctx);
      expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    } finally {
      await second.close();
    }
    expect(sink.received).toHaveLength(1);
  });

  it('gathers a digest once a day for those who asked, and sends nothing at once to them', async () => {
    await prefer(w.accounts.branchOfficer, {
      email: 'branch@example.cn',
      locale: 'en',
      channels: { email: 'digest' },
    });
    await dispatchTasks(t.ctx);
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await sendDigests(t.ctx)).toEqual({ digests: 1 });
    expect(await sendDigests(t.ctx)).toEqual({ digests: 0 });
    await deliver();
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]!.subject).toMatch(/^\[Guomen\] Digest for \d{4}-\d{2}-\d{2} \(3\)$/);
    for (const port of [w.port, w.siblingPort, w.grainPort])
      expect(sink.received[0]!.text).toContain(port.nameEn);
  });

  it('refuses a template without every language, and a test mail without an address', async () => {
    expect(() =>
      defineTemplate('half', { zh: { subject: () => '标题', text: () => '正文' } }),
    ).toThrow(TemplateError);
    const sysadmin = await login(t, w.accounts.sysadmin);
    const res = await sysadmin.post('/api/v1/mail/test');
    expect(res.statusCode).toBe(422);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('MAIL_NO_ADDRESS');
    await prefer(w.accounts.sysadmin, { email: 'admin@example.cn' });
    expect((await sysadmin.post('/api/v1/mail/test')).statusCode).toBe(200);
    await deliver();
    expect(sink.received.map((m) => m.subject)).toEqual(['【国门】测试邮件']);
  });
});
