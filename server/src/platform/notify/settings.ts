import type { NotificationPreferences } from '../../../../contracts/index.ts';
import type { Db, Tx } from '../db/database.ts';

/** Until a person changes them: told in the product at once, and by mail at once once an address is set. */
export const DEFAULT_PREFERENCES: NotificationPreferences = {
  email: null,
  locale: 'zh',
  channels: { inApp: 'immediate', email: 'immediate' },
};

type Row = {
  userId: string;
  email: string | null;
  locale: NotificationPreferences['locale'];
  inApp: NotificationPreferences['channels']['inApp'];
  emailMode: NotificationPreferences['channels']['email'];
};

const toPreferences = (r: Row | undefined): NotificationPreferences =>
  r
    ? { email: r.email, locale: r.locale, channels: { inApp: r.inApp, email: r.emailMode } }
    : DEFAULT_PREFERENCES;

/** Each account's preferences, defaults for those who never set any. */
export async function preferencesOf(
  db: Db | Tx,
  userIds: readonly string[],
): Promise<Map<string, NotificationPreferences>> {
  const out = new Map<string, NotificationPreferences>();
  if (userIds.length === 0) return out;
  const rows = await db
    .selectFrom('notificationSettings')
    .select(['userId', 'email', 'locale', 'inApp', 'emailMode'])
    .where('userId', 'in', userIds)
    .execute();
  const byUser = new Map(rows.map((r) => [r.userId, r]));
  for (const id of userIds) out.set(id, toPreferences(byUser.get(id)));
  return out;
}

export async function savePreferences(
  tx: Tx,
  userId: string,
  p: NotificationPreferences,
  now: number,
): Promise<void> {
  const row = {
    email: p.email,
    locale: p.locale,
    inApp: p.channels.inApp,
    emailMode: p.channels.email,
    updatedAt: now,
  };
  await tx
    .insertInto('notificationSettings')
    .values({ userId, ...row })
    .onConflict((oc) => oc.column('userId').doUpdateSet(row))
    .execute();
}
