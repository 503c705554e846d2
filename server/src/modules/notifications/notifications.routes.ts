import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  idParamsSchema,
  MAIL_STATUS_LABELS,
  mailListQuerySchema,
  mailPageSchema,
  notificationListQuerySchema,
  notificationPageSchema,
  notificationPreferencesSchema,
  notificationPreferencesUpdateSchema,
  notificationReadSchema,
  notificationStreamQuerySchema,
  okSchema,
  unreadCountSchema,
} from '../../../../contracts/index.ts';
import { errorResponses as errors } from '../../platform/http/responses.ts';
import { access, actorOf } from '../../platform/http/access.ts';
import { pickLang } from '../../platform/i18n/lang.ts';
import { sendWorkbook } from '../../platform/http/excel.ts';
import { localDateTime } from '../../platform/i18n/time.ts';
import { notificationsService as service } from './notifications.service.ts';

const tags = ['notifications'];
/** Streams re-read the count this often, which also carries what another instance wrote. */
const HEARTBEAT_MS = 20_000;

/** A person's notifications (the bell), their preferences, and the mail outbox for the system administrator. */
export const notificationRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  const own = { config: { access: access.permission('home.read') } };

  app.get(
    '/notifications',
    {
      ...own,
      schema: {
        tags,
        summary: "The reader's notifications, newest first",
        querystring: notificationListQuerySchema,
        response: { 200: notificationPageSchema, ...errors },
      },
    },
    async (req) =>
      service.list(ctx, actorOf(req), req.query, pickLang(req.headers['accept-language'])),
  );

  app.get(
    '/notifications/unread',
    {
      ...own,
      schema: {
        tags,
        summary: 'How many notifications the reader has not read',
        response: { 200: unreadCountSchema, ...errors },
      },
    },
    async (req) => ({ unread: await ctx.notify.unread(ctx.db, actorOf(req).userId) }),
  );

  app.post(
    '/notifications/read',
    {
      ...own,
      schema: {
        tags,
        summary: 'Marks notifications read (the ones named, or all)',
        body: notificationReadSchema,
        response: { 200: unreadCountSchema, ...errors },
      },
    },
    async (req) => ({ unread: await service.markRead(ctx, actorOf(req), req.body) }),
  );

  app.get(
    '/notifications/stream',
    {
      ...own,
      schema: {
        tags,
        summary:
          'Server-sent events: `unread` with the count whenever it changes; reconnect after holdSeconds',
        querystring: notificationStreamQuerySchema,
      },
    },
    async (req, reply) => {
      const userId = actorOf(req).userId;
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'x-accel-buffering': 'no',
        connection: 'keep-alive',
      });
      let last = -1;
      let closed = false;
      const timers: { beat?: NodeJS.Timeout; hold?: NodeJS.Timeout } = {};
      const send = async () => {
        const unread = await ctx.notify.unread(ctx.db, userId);
        if (closed || unread === last) return;
        last = unread;
        res.write(`event: unread\ndata: ${JSON.stringify({ unread })}\n\n`);
      };
      const finish = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(timers.beat);
        clearTimeout(timers.hold);
        res.end();
      };
      const safely = () => void send().catch(finish);
      const unsubscribe = ctx.notify.hub.subscribe(userId, safely);
      req.raw.on('close', finish);
      res.write('retry: 3000\n\n');
      // The first count goes out before any timer runs, so even a zero hold carries it.
      await send().catch(finish);
      if (closed) return;
      if (req.query.holdSeconds === 0) return finish();
      timers.beat = setInterval(() => {
        if (!closed) res.write(': keep-alive\n\n');
        safely();
      }, HEARTBEAT_MS);
      timers.hold = setTimeout(finish, req.query.holdSeconds * 1000);
    },
  );

  app.get(
    '/notifications/preferences',
    {
      ...own,
      schema: {
        tags,
        summary: 'How the reader is told: e-mail address, language, and each channel',
        response: { 200: notificationPreferencesSchema, ...errors },
      },
    },
    async (req) => service.preferences(ctx, actorOf(req)),
  );

  app.put(
    '/notifications/preferences',
    {
      ...own,
      schema: {
        tags,
        summary: 'Changes how the reader is told',
        body: notificationPreferencesUpdateSchema,
        response: { 200: notificationPreferencesSchema, ...errors },
      },
    },
    async (req) => service.updatePreferences(ctx, actorOf(req), req.body),
  );

  app.get(
    '/mail/outbox',
    {
      config: { access: access.permission('mail.read') },
      schema: {
        tags,
        summary: 'Mail waiting, sent and failed, newest first',
        querystring: mailListQuerySchema,
        response: { 200: mailPageSchema, ...errors },
      },
    },
    async (req) => service.outbox(ctx, req.query),
  );

  app.get(
    '/mail/outbox/export',
    {
      config: { access: access.permission('mail.read') },
      schema: {
        tags,
        summary: 'The outbox, filtered as the list is, as an Excel workbook',
        querystring: mailListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) => {
      const lang = pickLang(req.headers['accept-language']);
      const rows = await service.outboxAll(ctx, req.query);
      const time = (iso: string | null) => (iso ? localDateTime(iso, ctx.config.timeZone) : '');
      return sendWorkbook(
        reply,
        'mail-outbox',
        lang === 'en' ? 'Mail' : '邮件',
        [
          { header: { zh: '创建时间', en: 'Created' }, width: 20, value: (r) => time(r.createdAt) },
          { header: { zh: '收件人', en: 'Recipient' }, width: 16, value: (r) => r.recipient ?? '' },
          { header: { zh: '地址', en: 'Address' }, width: 28, value: (r) => r.toAddress },
          { header: { zh: '主题', en: 'Subject' }, width: 40, value: (r) => r.subject },
          {
            header: { zh: '状态', en: 'Status' },
            width: 12,
            value: (r) => MAIL_STATUS_LABELS[r.status][lang],
          },
          { header: { zh: '尝试次数', en: 'Attempts' }, width: 10, value: (r) => r.attempts },
          { header: { zh: '发送时间', en: 'Sent' }, width: 20, value: (r) => time(r.sentAt) },
          {
            header: { zh: '最近错误', en: 'Last error' },
            width: 40,
            value: (r) => r.lastError ?? '',
          },
        ],
        rows,
        lang,
      );
    },
  );

  app.post(
    '/mail/outbox/:id/retry',
    {
      config: { access: access.permission('mail.write') },
      schema: {
        tags,
        summary: 'Sends a failed mail again, with a fresh set of attempts',
        params: idParamsSchema,
        response: { 200: okSchema, ...errors },
      },
    },
    async (req) => {
      await service.retry(ctx, actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/mail/test',
    {
      config: { access: access.permission('mail.write') },
      schema: {
        tags,
        summary: "Queues a test mail to the administrator's own address",
        response: { 200: okSchema, ...errors },
      },
    },
    async (req) => {
      await service.sendTest(ctx, actorOf(req));
      return { ok: true as const };
    },
  );
};
