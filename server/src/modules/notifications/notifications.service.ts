import type {
  Mail,
  MailListQuery,
  MailPage,
  Notification,
  NotificationListQuery,
  NotificationPreferences,
  NotificationPreferencesUpdate,
  NotificationRead,
  Page,
} from '../../../../contracts/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import { toIso } from '../../platform/db/values.ts';
import { EXPORT_MAX_ROWS, type ExportQuery } from '../../platform/http/export-query.ts';
import type { Lang } from '../../platform/i18n/lang.ts';
import { notifyError } from '../../platform/notify/notify.errors.ts';
import { enqueueMail } from '../../platform/notify/outbox.ts';
import { preferencesOf, savePreferences } from '../../platform/notify/settings.ts';
import { render, TEST_MAIL } from '../../platform/notify/templates.ts';
import { newId } from '../../platform/db/ids.ts';

const outboxFiltered = (ctx: AppContext, query: ExportQuery<MailListQuery>) => {
  let q = ctx.db.selectFrom('mailOutbox as m').leftJoin('users as u', 'u.id', 'm.userId');
  if (query.status) q = q.where('m.status', '=', query.status);
  return q;
};

const outboxRows = (ctx: AppContext, query: ExportQuery<MailListQuery>) =>
  outboxFiltered(ctx, query)
    .select([
      'm.id',
      'm.toAddress',
      'u.displayName',
      'm.subject',
      'm.status',
      'm.attempts',
      'm.nextAttemptAt',
      'm.lastError',
      'm.createdAt',
      'm.sentAt',
    ])
    .orderBy('m.createdAt', 'desc')
    .orderBy('m.id', 'desc');

type MailRow = Awaited<ReturnType<ReturnType<typeof outboxRows>['execute']>>[number];

const presentMail = (r: MailRow): Mail => ({
  id: r.id,
  toAddress: r.toAddress,
  recipient: r.displayName,
  subject: r.subject,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.status === 'pending' ? toIso(r.nextAttemptAt) : null,
  lastError: r.lastError,
  createdAt: toIso(r.createdAt),
  sentAt: r.sentAt === null ? null : toIso(r.sentAt),
});

/** A person's own notifications and preferences, and the outbox as the system administrator sees it. */
export const notificationsService = {
  async list(
    ctx: AppContext,
    actor: Actor,
    query: NotificationListQuery,
    lang: Lang,
  ): Promise<Page<Notification>> {
    let q = ctx.db.selectFrom('notifications').where('userId', '=', actor.userId);
    if (query.unread === 'true') q = q.where('readAt', 'is', null);
    if (query.unread === 'false') q = q.where('readAt', 'is not', null);
    const [rows, total] = await Promise.all([
      q
        .selectAll()
        .orderBy('createdAt', 'desc')
        .orderBy('id', 'desc')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return {
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        title: lang === 'en' ? r.titleEn : r.titleZh,
        body: lang === 'en' ? r.bodyEn : r.bodyZh,
        link: r.link,
        createdAt: toIso(r.createdAt),
        read: r.readAt !== null,
      })),
      total: Number(total.n),
      page: query.page,
      pageSize: query.pageSize,
    };
  },

  async markRead(ctx: AppContext, actor: Actor, input: NotificationRead): Promise<number> {
    await inTransaction(ctx, async (tx) => {
      let q = tx
        .updateTable('notifications')
        .set({ readAt: ctx.clock() })
        .where('userId', '=', actor.userId)
        .where('readAt', 'is', null);
      if ('ids' in input) q = q.where('id', 'in', input.ids);
      const r = await q.executeTakeFirst();
      await ctx.audit.append(tx, actor, {
        action: 'notification.read',
        entityType: 'notification',
        entityId: 'ids' in input && input.ids.length === 1 ? input.ids[0]! : null,
        after: { marked: Number(r.numUpdatedRows), all: 'all' in input },
      });
    });
    ctx.notify.hub.publish([actor.userId]);
    return ctx.notify.unread(ctx.db, actor.userId);
  },

  async preferences(ctx: AppContext, actor: Actor): Promise<NotificationPreferences> {
    return (await preferencesOf(ctx.db, [actor.userId])).get(actor.userId)!;
  },

  async updatePreferences(
    ctx: AppContext,
    actor: Actor,
    input: NotificationPreferencesUpdate,
  ): Promise<NotificationPreferences> {
    return inTransaction(ctx, async (tx) => {
      const before = (await preferencesOf(tx, [actor.userId])).get(actor.userId)!;
      const after: NotificationPreferences = {
        email: input.email === undefined ? before.email : input.email,
        locale: input.locale ?? before.locale,
        channels: { ...before.channels, ...input.channels },
      };
      await savePreferences(tx, actor.userId, after, ctx.clock());
      await ctx.audit.append(tx, actor, {
        action: 'notification.preferences',
        entityType: 'user',
        entityId: actor.userId,
        before,
        after,
      });
      return after;
    });
  },

  async outbox(ctx: AppContext, query: MailListQuery): Promise<MailPage> {
    const [rows, total] = await Promise.all([
      outboxRows(ctx, query)
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute(),
      outboxFiltered(ctx, query)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return {
      items: rows.map(presentMail),
      total: Number(total.n),
      page: query.page,
      pageSize: query.pageSize,
      transport: ctx.config.smtpUrl !== null,
    };
  },

  /** Every mail the filter selects, for the export. */
  async outboxAll(ctx: AppContext, query: ExportQuery<MailListQuery>): Promise<Mail[]> {
    const rows = await outboxRows(ctx, query).limit(EXPORT_MAX_ROWS).execute();
    return rows.map(presentMail);
  },

  /** Gives a failed mail a fresh set of attempts, starting now. */
  async retry(ctx: AppContext, actor: Actor, id: string): Promise<void> {
    await inTransaction(ctx, async (tx) => {
      const row = await tx
        .selectFrom('mailOutbox')
        .select(['status', 'attempts', 'lastError'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) throw notifyError('MAIL_NOT_FOUND');
      if (row.status !== 'failed') throw notifyError('MAIL_NOT_FAILED');
      await tx
        .updateTable('mailOutbox')
        .set({ status: 'pending', attempts: 0, nextAttemptAt: ctx.clock(), leaseUntil: null })
        .where('id', '=', id)
        .where('status', '=', 'failed')
        .execute();
      await ctx.audit.append(tx, actor, {
        action: 'mail.retry',
        entityType: 'mail',
        entityId: id,
        before: { status: row.status, attempts: row.attempts, lastError: row.lastError },
        after: { status: 'pending', attempts: 0 },
      });
    });
  },

  /** Queues a test mail to the administrator's own address, to check the SMTP set-up end to end. */
  async sendTest(ctx: AppContext, actor: Actor): Promise<void> {
    const p = (await preferencesOf(ctx.db, [actor.userId])).get(actor.userId)!;
    if (!p.email) throw notifyError('MAIL_NO_ADDRESS');
    await inTransaction(ctx, async (tx) => {
      const id = newId();
      await enqueueMail(tx, {
        userId: actor.userId,
        to: p.email!,
        ...render(TEST_MAIL, p.locale, { sender: actor.displayName }),
        dedupeKey: `test:${id}`,
        now: ctx.clock(),
      });
      await ctx.audit.append(tx, actor, {
        action: 'mail.test',
        entityType: 'mail',
        entityId: null,
        after: { to: p.email },
      });
    });
  },
};
