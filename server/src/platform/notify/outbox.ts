import nodemailer from 'nodemailer';
import type { Db, Tx } from '../db/database.ts';
import { newId } from '../db/ids.ts';

/** Sends one message; the outbox never talks SMTP itself, so a test can count what left and what failed. */
export type MailTransport = {
  send(mail: {
    id: string;
    from: string;
    to: string;
    subject: string;
    text: string;
  }): Promise<void>;
  close(): void;
};

/** SMTP through nodemailer, from a URL such as smtp://user:pass@host:587 or smtps://host:465. */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(mail) {
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        // The outbox id names the message: if a crash after the server accepted it sends it again, the
        // recipient's mail system sees the same message.
        messageId: `<${mail.id}@guomen.outbox>`,
      });
    },
    close: () => transporter.close(),
  };
}

/** Attempts before a mail is given up on and shown to the administrator as failed. */
export const MAIL_MAX_ATTEMPTS = 6;
/** Wait before the n-th retry: 30 s, 2 min, 8 min, 32 min, about 2 h; never more than 6 h. */
export const retryDelayMs = (attempts: number) =>
  Math.min(30_000 * 4 ** Math.max(0, attempts - 1), 6 * 3_600_000);
/** How long a sender may hold a mail before another may take it (a crashed sender's mail is not lost). */
const LEASE_MS = 120_000;
/** Mails per delivery round. */
const BATCH = 50;

/** Puts a mail in the outbox inside the caller's transaction; the same dedupe key is queued once. */
export async function enqueueMail(
  tx: Tx,
  mail: {
    userId: string | null;
    to: string;
    subject: string;
    text: string;
    dedupeKey: string;
    now: number;
  },
): Promise<void> {
  await tx
    .insertInto('mailOutbox')
    .values({
      id: newId(),
      userId: mail.userId,
      toAddress: mail.to,
      subject: mail.subject,
      textBody: mail.text,
      dedupeKey: mail.dedupeKey,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: mail.now,
      leaseUntil: null,
      lastError: null,
      createdAt: mail.now,
      sentAt: null,
    })
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .execute();
}

export type DeliveryResult = { sent: number; retrying: number; failed: number };

/**
 * Sends the mails that are due. Each is taken under a lease first, so two instances never send one mail
 * at once, and marked sent the moment the server accepts it; a failure waits longer before each retry
 * and, after the last attempt, stays in the outbox as failed for the administrator to see and retry.
 */
export async function deliverDue(
  db: Db,
  transport: MailTransport,
  options: { from: string; clock: () => number },
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0 };
  const now = options.clock();
  const due = await db
    .selectFrom('mailOutbox')
    .select(['id', 'toAddress', 'subject', 'textBody', 'attempts'])
    .where('status', '=', 'pending')
    .where('nextAttemptAt', '<=', now)
    .where((eb) => eb.or([eb('leaseUntil', 'is', null), eb('leaseUntil', '<', now)]))
    .orderBy('nextAttemptAt')
    .limit(BATCH)
    .execute();
  for (const mail of due) {
    const taken = await db
      .updateTable('mailOutbox')
      .set({ leaseUntil: options.clock() + LEASE_MS })
      .where('id', '=', mail.id)
      .where('status', '=', 'pending')
      .where((eb) => eb.or([eb('leaseUntil', 'is', null), eb('leaseUntil', '<', now)]))
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) !== 1) continue;
    try {
      await transport.send({
        id: mail.id,
        from: options.from,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.textBody,
      });
      await db
        .updateTable('mailOutbox')
        .set({
          status: 'sent',
          sentAt: options.clock(),
          attempts: mail.attempts + 1,
          leaseUntil: null,
          lastError: null,
        })
        .where('id', '=', mail.id)
        .execute();
      result.sent++;
    } catch (error) {
      const attempts = mail.attempts + 1;
      const failed = attempts >= MAIL_MAX_ATTEMPTS;
      await db
        .updateTable('mailOutbox')
        .set({
          status: failed ? 'failed' : 'pending',
          attempts,
          nextAttemptAt: options.clock() + retryDelayMs(attempts),
          leaseUntil: null,
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
        })
        .where('id', '=', mail.id)
        .execute();
      if (failed) result.failed++;
      else result.retrying++;
    }
  }
  return result;
}

const transports = new WeakMap<object, MailTransport>();

/** The deployment's SMTP transport, made once per context; none when no SMTP server is configured. */
export function transportOf(ctx: { config: { smtpUrl: string | null } }): MailTransport | null {
  if (!ctx.config.smtpUrl) return null;
  let t = transports.get(ctx);
  if (!t) transports.set(ctx, (t = smtpTransport(ctx.config.smtpUrl)));
  return t;
}
