import { z } from 'zod';
import { pageOf, paginationQuerySchema } from './common.ts';

type Label = { zh: string; en: string };

/** How a person is told: in the product (the bell), and by e-mail. */
export const NOTIFICATION_CHANNELS = ['inApp', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** In the product a notification shows at once or not at all; mail can also wait for the morning digest. */
export const IN_APP_MODES = ['immediate', 'off'] as const;
export const EMAIL_MODES = ['immediate', 'digest', 'off'] as const;
export type InAppMode = (typeof IN_APP_MODES)[number];
export type EmailMode = (typeof EMAIL_MODES)[number];
export const EMAIL_MODE_LABELS: Record<EmailMode, Label> = {
  immediate: { zh: '立即发送', en: 'At once' },
  digest: { zh: '每日汇总', en: 'Daily digest' },
  off: { zh: '不发送', en: 'Off' },
};

/** The languages mail is written in. */
export const MAIL_LOCALES = ['zh', 'en'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

export const notificationPreferencesSchema = z.object({
  email: z.string().nullable(),
  locale: z.enum(MAIL_LOCALES),
  channels: z.object({ inApp: z.enum(IN_APP_MODES), email: z.enum(EMAIL_MODES) }),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** What a person may change; a channel the product does not have is refused by name. */
export const notificationPreferencesUpdateSchema = z
  .strictObject({
    email: z.email().max(254).nullable().optional(),
    locale: z.enum(MAIL_LOCALES).optional(),
    channels: z
      .strictObject({ inApp: z.enum(IN_APP_MODES), email: z.enum(EMAIL_MODES) })
      .partial()
      .optional(),
  })
  .refine((v) => Object.keys(v).length > 0, {
    // Named on channels, the part a person most often changes: an empty save is a slip, not a request.
    path: ['channels'],
    message: 'nothing_to_change',
  });

export type NotificationPreferencesUpdate = z.infer<typeof notificationPreferencesUpdateSchema>;

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string(),
  createdAt: z.iso.datetime(),
  read: z.boolean(),
});
export type Notification = z.infer<typeof notificationSchema>;
export const notificationPageSchema = pageOf(notificationSchema);

export const notificationListQuerySchema = paginationQuerySchema.extend({
  unread: z.enum(['true', 'false']).optional(),
});
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

export const unreadCountSchema = z.object({ unread: z.number().int() });

/** Marks the named notifications read, or all of the reader's when `all`. */
export const notificationReadSchema = z.union([
  z.strictObject({ ids: z.array(z.uuid()).min(1).max(200) }),
  z.strictObject({ all: z.literal(true) }),
]);
export type NotificationRead = z.infer<typeof notificationReadSchema>;

export const notificationStreamQuerySchema = z.strictObject({
  /** How long the server holds the stream before asking the browser to reconnect (0: one event, then close). */
  holdSeconds: z.coerce.number().int().min(0).max(600).default(300),
});

/** A mail's life in the outbox: waiting (or waiting to retry), sent, or given up after the last attempt. */
export const MAIL_STATUSES = ['pending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
export const MAIL_STATUS_LABELS: Record<MailStatus, Label> = {
  pending: { zh: '待发送', en: 'Waiting' },
  sent: { zh: '已发送', en: 'Sent' },
  failed: { zh: '发送失败', en: 'Failed' },
};

export const mailListQuerySchema = paginationQuerySchema.extend({
  status: z.enum(MAIL_STATUSES).optional(),
});
export type MailListQuery = z.infer<typeof mailListQuerySchema>;

export const mailSchema = z.object({
  id: z.string(),
  toAddress: z.string(),
  recipient: z.string().nullable(),
  subject: z.string(),
  status: z.enum(MAIL_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: z.iso.datetime().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
});
export type Mail = z.infer<typeof mailSchema>;
export const mailPageSchema = pageOf(mailSchema).extend({
  /** Whether an SMTP server is configured; without one, mail waits in the outbox. */
  transport: z.boolean(),
});
export type MailPage = z.infer<typeof mailPageSchema>;
