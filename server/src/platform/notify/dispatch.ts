import {
  DISTRICT_WIDE_PERMISSIONS,
  grantPermissions,
  TASK_KIND_LABELS,
  type Permission,
  type WorkingGroup,
} from '../../../../contracts/index.ts';
import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import type { Db, Tx } from '../db/database.ts';
import { DIGEST, render } from './templates.ts';
import { enqueueMail } from './outbox.ts';
import { preferencesOf } from './settings.ts';

/** Tasks told per round; the rest wait for the next (a campaign's thousands go out over a few rounds). */
const TASK_BATCH = 500;

type Holder = { userId: string; workingGroup: WorkingGroup | null };

/**
 * Who holds each permission from where: reach path → holders. A task's people are the holders on its unit's
 * path and every ancestor of it, so finding them is a few map lookups per task, not a scan of every grant.
 */
async function holdersByReach(db: Db | Tx): Promise<Map<Permission, Map<string, Holder[]>>> {
  const grants = await db
    .selectFrom('grants as g')
    .innerJoin('orgUnits as o', 'o.id', 'g.orgUnitId')
    .innerJoin('users as u', 'u.id', 'g.userId')
    .select(['g.userId', 'g.role', 'g.workingGroup', 'o.path'])
    .where('g.revokedAt', 'is', null)
    .where('o.status', '=', 'active')
    .where('u.status', '=', 'active')
    .execute();
  const out = new Map<Permission, Map<string, Holder[]>>();
  for (const g of grants) {
    const root = `/${g.path.split('/').find(Boolean) ?? ''}/`;
    for (const permission of grantPermissions(g)) {
      const reach = DISTRICT_WIDE_PERMISSIONS[g.role]?.includes(permission) ? root : g.path;
      let byPath = out.get(permission);
      if (!byPath) out.set(permission, (byPath = new Map<string, Holder[]>()));
      const list = byPath.get(reach) ?? [];
      list.push({ userId: g.userId, workingGroup: g.workingGroup });
      byPath.set(reach, list);
    }
  }
  return out;
}

/** "/a/b/c/" → "/a/", "/a/b/", "/a/b/c/". */
const ancestorsOf = (path: string) => {
  const parts = path.split('/').filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}/`);
};

/**
 * Tells the people of newly opened tasks, after the opening committed (so a campaign's opening never waits
 * on it): the account a task is for, or everyone holding its permission over its unit (in its working
 * group). Each task is marked told in the same transaction as its notifications, so a restart neither
 * loses nor repeats one. A task closed before its turn is marked told without telling anyone.
 */
export async function dispatchTasks(ctx: AppContext): Promise<{ tasks: number; told: number }> {
  let tasks = 0;
  let told = 0;
  for (;;) {
    const round = await inTransaction(ctx, async (tx) => {
      const batch = await tx
        .selectFrom('tasks as t')
        .innerJoin('orgUnits as u', 'u.id', 't.unitId')
        .select([
          't.id',
          't.kind',
          't.assigneeUserId',
          't.permission',
          't.workingGroup',
          't.titleZh',
          't.titleEn',
          't.link',
          't.dueDate',
          't.closedAt',
          'u.path',
        ])
        .where('t.notifiedAt', 'is', null)
        .orderBy('t.openedAt')
        .orderBy('t.id')
        .limit(TASK_BATCH)
        .execute();
      if (batch.length === 0) return { tasks: 0, told: 0 };
      const holders = batch.some((t) => !t.assigneeUserId && t.closedAt === null)
        ? await holdersByReach(tx)
        : new Map<Permission, Map<string, Holder[]>>();
      let n = 0;
      for (const task of batch) {
        if (task.closedAt !== null) continue;
        const people = task.assigneeUserId
          ? [task.assigneeUserId]
          : ancestorsOf(task.path).flatMap((p) =>
              (holders.get(task.permission)?.get(p) ?? [])
                .filter((h) => !task.workingGroup || h.workingGroup === task.workingGroup)
                .map((h) => h.userId),
            );
        const label = TASK_KIND_LABELS[task.kind];
        const due = task.dueDate
          ? { zh: `请于 ${task.dueDate} 前办理。`, en: `Due by ${task.dueDate}.` }
          : { zh: '请及时办理。', en: 'Please act on it soon.' };
        const reached = await ctx.notify.tell(tx, people, {
          kind: `task.${task.kind}`,
          sourceKey: `task:${task.id}`,
          title: { zh: `${label.zh}：${task.titleZh}`, en: `${label.en}: ${task.titleEn}` },
          body: due,
          link: task.link,
        });
        n += reached.length;
      }
      await tx
        .updateTable('tasks')
        .set({ notifiedAt: ctx.clock() })
        .where(
          'id',
          'in',
          batch.map((t) => t.id),
        )
        .execute();
      return { tasks: batch.length, told: n };
    });
    tasks += round.tasks;
    told += round.told;
    if (round.tasks < TASK_BATCH) return { tasks, told };
  }
}

/**
 * The morning digest: for each person who asked for one, one mail listing what they were told since the
 * last, in their language. The notifications it lists are marked mailed with the mail queued, in one
 * transaction, so a digest is neither lost nor sent twice.
 */
export async function sendDigests(ctx: AppContext): Promise<{ digests: number }> {
  const users = await ctx.db
    .selectFrom('notifications')
    .select('userId')
    .distinct()
    .where('mailState', '=', 'digest')
    .execute();
  let digests = 0;
  const day = ctx.today();
  for (const { userId } of users) {
    const queued = await inTransaction(ctx, async (tx) => {
      const items = await tx
        .selectFrom('notifications')
        .select(['id', 'titleZh', 'titleEn', 'link'])
        .where('userId', '=', userId)
        .where('mailState', '=', 'digest')
        .orderBy('createdAt')
        .orderBy('id')
        .execute();
      if (items.length === 0) return false;
      const p = (await preferencesOf(tx, [userId])).get(userId)!;
      const stillWanted = p.email && p.channels.email !== 'off';
      if (stillWanted) {
        const text = render(DIGEST, p.locale, {
          day,
          items: items.map((i) => ({
            title: p.locale === 'en' ? i.titleEn : i.titleZh,
            url: ctx.notify.urlOf(i.link),
          })),
        });
        await enqueueMail(tx, {
          userId,
          to: p.email!,
          ...text,
          dedupeKey: `digest:${userId}:${items[0]!.id}`,
          now: ctx.clock(),
        });
      }
      await tx
        .updateTable('notifications')
        .set({ mailState: stillWanted ? 'mailed' : 'none' })
        .where(
          'id',
          'in',
          items.map((i) => i.id),
        )
        .execute();
      return stillWanted;
    });
    if (queued) digests++;
  }
  return { digests };
}
