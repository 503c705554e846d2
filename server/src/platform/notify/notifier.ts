import type { Db, Tx } from '../db/database.ts';
import { ID_CHUNK } from '../db/chunks.ts';
import { newId } from '../db/ids.ts';
import { createNotifyHub, type NotifyHub } from './hub.ts';
import { enqueueMail } from './outbox.ts';
import { preferencesOf } from './settings.ts';
import { NOTICE, render } from './templates.ts';

/** What a module tells people: a title and a line in both languages, and where to act on it. */
export type NotificationDraft = {
  /** What kind of event this is (`task.assessment.review`, `warning.issued`), for filtering and templates. */
  kind: string;
  /** The event itself: a person is told of one source once, however often the producer runs. */
  sourceKey: string;
  title: { zh: string; en: string };
  body: { zh: string; en: string };
  /** A path of the web app. */
  link: string;
};

export type Notifier = {
  hub: NotifyHub;
  /**
   * Tells these accounts inside the caller's transaction: a notification each (once per source), and the
   * mail their preferences ask for into the outbox. Open streams hear of it once the transaction commits.
   * Returns the accounts told now (not those told of this source before).
   */
  tell(tx: Tx, userIds: readonly string[], draft: NotificationDraft): Promise<string[]>;
  /** Called once the transaction has committed; wakes the streams of the accounts it told. */
  committed(tx: Tx): void;
  unread(db: Db, userId: string): Promise<number>;
  /** The absolute address of a link, for mail. */
  urlOf(link: string): string;
};

export function createNotifier(options: { clock: () => number; publicUrl: string }): Notifier {
  const { clock } = options;
  const hub = createNotifyHub();
  const pending = new WeakMap<Tx, Set<string>>();
  const urlOf = (link: string) => new URL(link, options.publicUrl).toString();

  return {
    hub,
    urlOf,

    async tell(tx, userIds, draft) {
      const ids = [...new Set(userIds)];
      if (ids.length === 0) return [];
      const told: string[] = [];
      for (let i = 0; i < ids.length; i += ID_CHUNK) {
        const chunk = ids.slice(i, i + ID_CHUNK);
        const [prefs, known] = await Promise.all([
          preferencesOf(tx, chunk),
          tx
            .selectFrom('notifications')
            .select('userId')
            .where('sourceKey', '=', draft.sourceKey)
            .where('userId', 'in', chunk)
            .execute(),
        ]);
        const already = new Set(known.map((k) => k.userId));
        const now = clock();
        for (const userId of chunk) {
          if (already.has(userId)) continue;
          const p = prefs.get(userId)!;
          const mail = !p.email || p.channels.email === 'off' ? 'none' : p.channels.email;
          const id = newId();
          await tx
            .insertInto('notifications')
            .values({
              id,
              userId,
              kind: draft.kind,
              sourceKey: draft.sourceKey,
              titleZh: draft.title.zh,
              titleEn: draft.title.en,
              bodyZh: draft.body.zh,
              bodyEn: draft.body.en,
              link: draft.link,
              createdAt: now,
              // "Off" in the product keeps the record (and its mail) but never rings the bell.
              readAt: p.channels.inApp === 'off' ? now : null,
              mailState: mail === 'immediate' ? 'mailed' : mail,
            })
            .onConflict((oc) => oc.doNothing())
            .execute();
          if (mail === 'immediate') {
            const text = render(NOTICE, p.locale, {
              title: draft.title[p.locale],
              body: draft.body[p.locale],
              url: urlOf(draft.link),
            });
            await enqueueMail(tx, {
              userId,
              to: p.email!,
              ...text,
              dedupeKey: `notice:${userId}:${draft.sourceKey}`,
              now,
            });
          }
          told.push(userId);
        }
      }
      let set = pending.get(tx);
      if (!set) pending.set(tx, (set = new Set()));
      for (const id of told) set.add(id);
      return told;
    },

    committed(tx) {
      const set = pending.get(tx);
      if (!set) return;
      pending.delete(tx);
      hub.publish(set);
    },

    async unread(db, userId) {
      const row = await db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('userId', '=', userId)
        .where('readAt', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
