import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import {
  TASK_PERMISSIONS,
  TASK_WEEK_DAYS,
  type Page,
  type Permission,
  type Task,
  type TaskCounts,
  type TaskKind,
  type TaskListQuery,
  type WorkingGroup,
} from '../../../../contracts/index.ts';
import {
  permissionsOf,
  reachesUnit,
  scopeOf,
  scopeOfAny,
  type Actor,
  type Scope,
} from '../access/actor.ts';
import { sessionRepository } from '../auth/session.repository.ts';
import { addDays } from '../dates.ts';
import { ID_CHUNK } from '../db/chunks.ts';
import type { Db, Tx } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import { newId } from '../db/ids.ts';
import { portInScope } from '../db/scope.ts';
import { toIso } from '../db/values.ts';
import { workError } from './work.errors.ts';

/**
 * What a module hands out. A task is for one account (`userId`), or for whoever holds `permission` over the
 * record's unit (and belongs to `workingGroup`, when named): the role's people see it until one of them
 * reaches the state it asks for and the module closes it.
 */
export type TaskOpening = {
  kind: TaskKind;
  /** The record the work is about; `key` tells apart two tasks of one kind on it (an aspect, a threshold). */
  subject: { type: string; id: string; key?: string };
  /** The record's org unit, which whoever does the work must reach with `permission`. */
  unitId: string;
  permission: Permission;
  userId?: string | null;
  workingGroup?: WorkingGroup | null;
  title: { zh: string; en: string };
  /** Where the work is done: a path of the web app. */
  link: string;
  dueDate: string | null;
};

export type TaskClosing = {
  subjectId: string;
  /** Only tasks of these kinds (all kinds on the record when left out). */
  kinds?: readonly TaskKind[];
  key?: string;
  /** `done` when the state asked for was reached; `cancelled` when the work no longer exists. */
  reason?: 'done' | 'cancelled';
};

export type WorkQueue = {
  /** Opens the task inside the caller's transaction; opening an open one again changes nothing. */
  open(tx: Tx, task: TaskOpening): Promise<void>;
  /** Opens many at once (a campaign's thousands), in a few statements. */
  openMany(tx: Tx, tasks: readonly TaskOpening[]): Promise<void>;
  /** Closes the open tasks on a record inside the caller's transaction; a closed task stays closed. */
  close(tx: Tx, closing: TaskClosing): Promise<number>;
  /** Closes the open tasks of the kinds on many records at once (a campaign's thousands), in a few statements. */
  closeMany(
    tx: Tx,
    closing: Omit<TaskClosing, 'subjectId' | 'key'> & { subjectIds: readonly string[] },
  ): Promise<number>;
  list(db: Db, actor: Actor, query: TaskListQuery): Promise<Page<Task>>;
  /** Every task of a view, for the export. */
  listAll(db: Db, actor: Actor, query: Omit<TaskListQuery, 'page' | 'pageSize'>): Promise<Task[]>;
  counts(db: Db, actor: Actor): Promise<TaskCounts>;
};

type Eb = ExpressionBuilder<DB & { t: DB['tasks']; u: DB['orgUnits'] }, 't' | 'u'>;

/** The reader's working groups, for tasks handed to one group. */
const groupsOf = (actor: Actor): WorkingGroup[] => [
  ...new Set(actor.grants.flatMap((g) => (g.workingGroup ? [g.workingGroup] : []))),
];

/** Who a role task is for, as one column: the permission and the working group (if any). */
const roleKey = (permission: Permission, group: WorkingGroup | null) =>
  `perm:${permission}:${group ?? ''}`;

/** The units a scope reaches, as a subquery the path index answers. */
const unitsIn = (eb: Eb, scope: Scope) =>
  eb
    .selectFrom('orgUnits as su')
    .select('su.id')
    .where((e) => portInScope(e, scope, 'su.path'));

/**
 * "Assigned to me": to my account, or to a permission I hold over the task's unit (in my working group).
 * Written as a union of index lookups (my own tasks by assignee; each permission's by unit), because one
 * OR across them leaves the database no index to use and it reads every open task.
 */
function mine(eb: Eb, actor: Actor): Expression<SqlBool> {
  const held = permissionsOf(actor.grants);
  const groups = groupsOf(actor);
  let ids = eb
    .selectFrom('tasks as mt')
    .select('mt.id')
    .where('mt.closedAt', 'is', null)
    .where('mt.assigneeUserId', '=', actor.userId);
  for (const permission of TASK_PERMISSIONS.filter((p) => held.has(p))) {
    const scope = scopeOf(actor, permission);
    if (scope.prefixes.length === 0) continue;
    ids = ids.unionAll(
      eb
        .selectFrom('tasks as rt')
        .select('rt.id')
        .where('rt.closedAt', 'is', null)
        .where('rt.permission', '=', permission)
        // The assignee key names the permission and the group, so a role's tasks are found by unit
        // (tasks_open_unit) and this list, never through the index of personal tasks.
        .where('rt.assigneeKey', 'in', [
          roleKey(permission, null),
          ...groups.map((g) => roleKey(permission, g)),
        ])
        .where('rt.unitId', 'in', unitsIn(eb, scope)),
    );
  }
  return eb('t.id', 'in', ids);
}

/** "My units' work": every open task on a record the reader can see (the ports and units of its scope). */
const inMyUnits = (eb: Eb, actor: Actor) =>
  eb('t.unitId', 'in', unitsIn(eb, scopeOfAny(actor, ['port.read', 'campaign.read', 'home.read'])));

/** Rows per insert: 18 columns each, well inside both dialects' limits on bound parameters. */
const INSERT_CHUNK = 500;

/** A task is never handed to an account that could not open its record. */
async function checkAssignee(tx: Tx, task: TaskOpening): Promise<void> {
  const unit = await tx
    .selectFrom('orgUnits')
    .select(['id', 'path', 'kind', 'depth'])
    .where('id', '=', task.unitId)
    .executeTakeFirst();
  if (!unit) throw workError('TASK_UNIT_UNKNOWN');
  const grants = await sessionRepository.activeGrants(tx, task.userId ?? '');
  const assignee = { userId: task.userId ?? '', grants } as Pick<
    Actor,
    'userId' | 'grants'
  > as Actor;
  const inGroup = !task.workingGroup || grants.some((g) => g.workingGroup === task.workingGroup);
  if (!inGroup || !reachesUnit(assignee, task.permission, unit))
    throw workError('TASK_ASSIGNEE_OUT_OF_SCOPE');
}

export function createWorkQueue(clock: () => number, today: () => string): WorkQueue {
  function filtered(db: Db, actor: Actor, query: Pick<TaskListQuery, 'view' | 'kind'>) {
    const day = today();
    let q = db
      .selectFrom('tasks as t')
      .innerJoin('orgUnits as u', 'u.id', 't.unitId')
      .where('t.closedAt', 'is', null);
    if (query.kind) q = q.where('t.kind', '=', query.kind);
    switch (query.view) {
      case 'unit':
        return q.where((eb) => inMyUnits(eb, actor));
      case 'overdue':
        return q.where((eb) => mine(eb, actor)).where('t.dueDate', '<', day);
      case 'week':
        return q
          .where((eb) => mine(eb, actor))
          .where('t.dueDate', '>=', day)
          .where('t.dueDate', '<', addDays(day, TASK_WEEK_DAYS));
      default:
        return q.where((eb) => mine(eb, actor));
    }
  }

  function rows(db: Db, actor: Actor, query: Pick<TaskListQuery, 'view' | 'kind'>) {
    return (
      filtered(db, actor, query)
        .select([
          't.id',
          't.kind',
          't.titleZh',
          't.titleEn',
          't.link',
          't.dueDate',
          't.openedAt',
          't.assigneeUserId',
          't.workingGroup',
          't.unitId',
          'u.nameZh as unitNameZh',
          'u.nameEn as unitNameEn',
        ])
        // Soonest due first, undated last; then oldest first.
        .orderBy(sql`case when t.due_date is null then 1 else 0 end`)
        .orderBy('t.dueDate')
        .orderBy('t.openedAt')
        .orderBy('t.id')
    );
  }

  const present =
    (actor: Actor, day: string) =>
    (r: Awaited<ReturnType<ReturnType<typeof rows>['execute']>>[number]): Task => ({
      id: r.id,
      kind: r.kind,
      titleZh: r.titleZh,
      titleEn: r.titleEn,
      link: r.link,
      dueDate: r.dueDate,
      overdue: r.dueDate !== null && r.dueDate < day,
      openedAt: toIso(r.openedAt),
      personal: r.assigneeUserId === actor.userId,
      workingGroup: r.workingGroup,
      unitId: r.unitId,
      unitNameZh: r.unitNameZh,
      unitNameEn: r.unitNameEn,
    });

  const countOf = async (db: Db, actor: Actor, query: Pick<TaskListQuery, 'view' | 'kind'>) =>
    Number(
      (
        await filtered(db, actor, query)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  async function openMany(tx: Tx, tasks: readonly TaskOpening[]): Promise<void> {
    for (const task of tasks) if (task.userId) await checkAssignee(tx, task);
    const now = clock();
    const rows = tasks.map((task) => ({
      id: newId(),
      kind: task.kind,
      subjectType: task.subject.type,
      subjectId: task.subject.id,
      subjectKey: task.subject.key ?? '',
      assigneeUserId: task.userId ?? null,
      permission: task.permission,
      workingGroup: task.workingGroup ?? null,
      assigneeKey: task.userId
        ? `user:${task.userId}`
        : roleKey(task.permission, task.workingGroup ?? null),
      unitId: task.unitId,
      titleZh: task.title.zh,
      titleEn: task.title.en,
      link: task.link,
      dueDate: task.dueDate,
      openedAt: now,
      closedAt: null,
      closeReason: null,
      notifiedAt: null,
    }));
    // The open-once index turns a second opening of an open task into nothing.
    for (let i = 0; i < rows.length; i += INSERT_CHUNK)
      await tx
        .insertInto('tasks')
        .values(rows.slice(i, i + INSERT_CHUNK))
        .onConflict((oc) => oc.doNothing())
        .execute();
  }

  return {
    open: (tx, task) => openMany(tx, [task]),
    openMany,

    async close(tx, closing) {
      let q = tx
        .updateTable('tasks')
        .set({ closedAt: clock(), closeReason: closing.reason ?? 'done' })
        .where('subjectId', '=', closing.subjectId)
        .where('closedAt', 'is', null);
      if (closing.kinds) q = q.where('kind', 'in', closing.kinds);
      if (closing.key !== undefined) q = q.where('subjectKey', '=', closing.key);
      const result = await q.executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async closeMany(tx, closing) {
      let closed = 0;
      const at = clock();
      for (let i = 0; i < closing.subjectIds.length; i += ID_CHUNK) {
        let q = tx
          .updateTable('tasks')
          .set({ closedAt: at, closeReason: closing.reason ?? 'done' })
          .where('subjectId', 'in', closing.subjectIds.slice(i, i + ID_CHUNK))
          .where('closedAt', 'is', null);
        if (closing.kinds) q = q.where('kind', 'in', closing.kinds);
        closed += Number((await q.executeTakeFirst()).numUpdatedRows);
      }
      return closed;
    },

    async list(db, actor, query) {
      const [items, total] = await Promise.all([
        rows(db, actor, query)
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize)
          .execute(),
        countOf(db, actor, query),
      ]);
      const day = today();
      return {
        items: items.map(present(actor, day)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async listAll(db, actor, query) {
      const day = today();
      return (await rows(db, actor, query).execute()).map(present(actor, day));
    },

    async counts(db, actor) {
      const [mineN, unit, overdue, week] = await Promise.all([
        countOf(db, actor, { view: 'mine' }),
        countOf(db, actor, { view: 'unit' }),
        countOf(db, actor, { view: 'overdue' }),
        countOf(db, actor, { view: 'week' }),
      ]);
      return { mine: mineN, unit, overdue, week };
    },
  };
}
