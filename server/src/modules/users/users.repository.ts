import { sql } from 'kysely';
import type { OrgKind, Role, UserListQuery } from '../../../../contracts/index.ts';
import type { Scope } from '../../platform/access/actor.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type { GrantTable, UserTable } from '../../platform/db/schema.ts';
import { inScope } from '../../platform/db/scope.ts';
import { likeContains } from '../../platform/db/values.ts';
import { paginate } from '../../platform/db/paginate.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { EXPORT_MAX_ROWS, type ExportQuery } from '../../platform/http/export-query.ts';

export type UserRow = Omit<UserTable, 'passwordHash' | 'mfaSecret' | 'mfaPendingSecret'> & {
  orgUnitCode: string;
  orgUnitNameZh: string;
  orgUnitNameEn: string;
  orgPath: string;
  orgKind: OrgKind;
  orgDepth: number;
};

const SORTS = {
  username: ['u.username', 'asc'],
  '-username': ['u.username', 'desc'],
  displayName: ['u.displayName', 'asc'],
  createdAt: ['u.createdAt', 'asc'],
  '-createdAt': ['u.createdAt', 'desc'],
  lastLoginAt: ['u.lastLoginAt', 'asc'],
  '-lastLoginAt': ['u.lastLoginAt', 'desc'],
} as const satisfies Record<UserListQuery['sort'], readonly [string, 'asc' | 'desc']>;

const base = (db: Db | Tx) =>
  db
    .selectFrom('users as u')
    .innerJoin('orgUnits as o', 'o.id', 'u.orgUnitId')
    .select([
      'u.id',
      'u.username',
      'u.displayName',
      'u.orgUnitId',
      'u.passwordChangedAt',
      'u.mustChangePassword',
      'u.status',
      'u.statusReason',
      'u.failedLogins',
      'u.lockedUntil',
      'u.mfaEnabled',
      'u.mfaLastStep',
      'u.lastLoginAt',
      'u.version',
      'u.createdAt',
      'u.createdBy',
      'u.updatedAt',
      'u.updatedBy',
      'o.code as orgUnitCode',
      'o.nameZh as orgUnitNameZh',
      'o.nameEn as orgUnitNameEn',
      'o.path as orgPath',
      'o.kind as orgKind',
      'o.depth as orgDepth',
    ]);

/** Accounts in scope that a list query's filters select, in its order. */
function filtered(db: Db, scope: Scope, q: ExportQuery<UserListQuery>) {
  let query = base(db).where((eb) =>
    inScope(eb, scope, { path: 'o.path', kind: 'o.kind', depth: 'o.depth' }),
  );
  if (q.status) query = query.where('u.status', '=', q.status);
  if (q.orgUnitId) query = query.where('u.orgUnitId', '=', q.orgUnitId);
  if (q.role) {
    const role = q.role;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('grants as g')
          .select('g.id')
          .whereRef('g.userId', '=', 'u.id')
          .where('g.role', '=', role)
          .where('g.revokedAt', 'is', null),
      ),
    );
  }
  if (q.q) {
    const pattern = likeContains(q.q.toLowerCase());
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`lower(u.username) like ${pattern} escape '\\'`,
        sql<boolean>`lower(u.display_name) like ${pattern} escape '\\'`,
      ]),
    );
  }
  const [column, direction] = SORTS[q.sort];
  return query.orderBy(sql.ref(column), direction).orderBy('u.id');
}

export const usersRepository = {
  findById(db: Db | Tx, id: string): Promise<UserRow | undefined> {
    return base(db).where('u.id', '=', id).executeTakeFirst();
  },

  async usernameTaken(db: Db | Tx, username: string): Promise<boolean> {
    return (
      (await db
        .selectFrom('users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirst()) !== undefined
    );
  },

  async list(db: Db, scope: Scope, q: UserListQuery): Promise<{ rows: UserRow[]; total: number }> {
    return paginate(filtered(db, scope, q), q.page, q.pageSize);
  },

  /** Every account the filters select, for an export. */
  listForExport(db: Db, scope: Scope, q: ExportQuery<UserListQuery>): Promise<UserRow[]> {
    return filtered(db, scope, q).limit(EXPORT_MAX_ROWS).execute();
  },

  /** The account row; its first password-history entry is the credentials' (auth) to record. */
  async insert(tx: Tx, row: UserTable): Promise<void> {
    await tx.insertInto('users').values(row).execute();
  },

  /** Throws STALE_VERSION when the account's version has moved on. */
  update(
    tx: Tx,
    id: string,
    version: number,
    changes: Partial<
      Pick<
        UserTable,
        'displayName' | 'orgUnitId' | 'status' | 'statusReason' | 'lockedUntil' | 'failedLogins'
      >
    >,
    actorId: string | null,
    now: number,
  ): Promise<UserTable> {
    return updateVersioned(
      tx,
      'users',
      { id, version },
      { ...changes, updatedAt: now, updatedBy: actorId },
    );
  },

  /** Active accounts holding one of the roles by a live grant at the unit with this path or above it (whom work there can be given to). */
  holdersReaching(
    db: Db | Tx,
    path: string,
    roles: readonly Role[],
  ): Promise<{ id: string; username: string; displayName: string }[]> {
    return db
      .selectFrom('grants as g')
      .innerJoin('users as us', 'us.id', 'g.userId')
      .innerJoin('orgUnits as u', 'u.id', 'g.orgUnitId')
      .select(['us.id', 'us.username', 'us.displayName'])
      .distinct()
      .where('g.role', 'in', roles)
      .where('g.revokedAt', 'is', null)
      .where('us.status', '=', 'active')
      .where(sql<boolean>`${path} like ${sql.ref('u.path')} || '%'`)
      .orderBy('us.username')
      .execute();
  },

  activeGrants(db: Db | Tx, userId: string): Promise<GrantTable[]> {
    return db
      .selectFrom('grants')
      .selectAll()
      .where('userId', '=', userId)
      .where('revokedAt', 'is', null)
      .execute();
  },

  findGrant(db: Db | Tx, id: string): Promise<GrantTable | undefined> {
    return db.selectFrom('grants').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async insertGrant(tx: Tx, row: GrantTable): Promise<void> {
    await tx.insertInto('grants').values(row).execute();
  },

  async revokeGrant(
    tx: Tx,
    id: string,
    actorId: string | null,
    reason: string,
    now: number,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('grants')
      .set({ revokedAt: now, revokedBy: actorId, revokeReason: reason })
      .where('id', '=', id)
      .where('revokedAt', 'is', null)
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  },

  /** Active accounts holding a live grant of the role at an active unit. */
  async countActiveHolders(db: Db | Tx, role: Role): Promise<number> {
    const r = await db
      .selectFrom('grants as g')
      .innerJoin('users as u', 'u.id', 'g.userId')
      .innerJoin('orgUnits as o', 'o.id', 'g.orgUnitId')
      .select((eb) => eb.fn.count<number>('u.id').distinct().as('n'))
      .where('g.role', '=', role)
      .where('g.revokedAt', 'is', null)
      .where('u.status', '=', 'active')
      .where('o.status', '=', 'active')
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  async countActive(
    db: Db,
    scope: Scope,
    now: number,
  ): Promise<{ active: number; locked: number }> {
    const r = await db
      .selectFrom('users as u')
      .innerJoin('orgUnits as o', 'o.id', 'u.orgUnitId')
      .select([
        (eb) => eb.fn.countAll<number>().as('active'),
        (eb) =>
          eb.fn
            .sum<number>(eb.case().when('u.lockedUntil', '>', now).then(1).else(0).end())
            .as('locked'),
      ])
      .where('u.status', '=', 'active')
      .where((eb) => inScope(eb, scope, { path: 'o.path', kind: 'o.kind', depth: 'o.depth' }))
      .executeTakeFirstOrThrow();
    return { active: Number(r.active), locked: Number(r.locked ?? 0) };
  },
};
