import type { Db, Tx } from '../db/database.ts';
import type { ActorGrant } from '../access/actor.ts';

export type SessionRecord = {
  sessionId: string;
  csrfToken: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
  revokedAt: number | null;
  userId: string;
  username: string;
  displayName: string;
  orgUnitId: string;
  status: string;
  mustChangePassword: number;
  passwordChangedAt: number;
  mfaEnabled: number;
  /** The grants epoch when the row was read: grants cached under an older one are stale. */
  authEpoch: number;
};

export const sessionRepository = {
  /** One indexed read per request: the session, its user and the grants epoch, all as committed now. */
  async find(db: Db, sessionId: string): Promise<SessionRecord | undefined> {
    return db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.userId')
      .innerJoin('authEpoch as e', (join) => join.on('e.id', '=', 1))
      .select([
        's.id as sessionId',
        's.csrfToken',
        's.createdAt',
        's.lastSeenAt',
        's.expiresAt',
        's.revokedAt',
        'u.id as userId',
        'u.username',
        'u.displayName',
        'u.orgUnitId',
        'u.status',
        'u.mustChangePassword',
        'u.passwordChangedAt',
        'u.mfaEnabled',
        'e.value as authEpoch',
      ])
      .where('s.id', '=', sessionId)
      .executeTakeFirst();
  },

  activeGrants(db: Db | Tx, userId: string): Promise<ActorGrant[]> {
    return db
      .selectFrom('grants as g')
      .innerJoin('orgUnits as o', 'o.id', 'g.orgUnitId')
      .select([
        'g.id',
        'g.role',
        'g.orgUnitId',
        'o.path as orgPath',
        'o.kind as orgKind',
        'g.workingGroup',
      ])
      .where('g.userId', '=', userId)
      .where('g.revokedAt', 'is', null)
      .where('o.status', '=', 'active')
      .execute();
  },

  async touch(db: Db, sessionId: string, now: number): Promise<void> {
    await db.updateTable('sessions').set({ lastSeenAt: now }).where('id', '=', sessionId).execute();
  },

  async insert(
    tx: Tx,
    row: {
      id: string;
      userId: string;
      csrfToken: string;
      createdAt: number;
      expiresAt: number;
      address: string | null;
      userAgent: string | null;
    },
  ) {
    await tx
      .insertInto('sessions')
      .values({ ...row, lastSeenAt: row.createdAt, revokedAt: null })
      .execute();
  },

  async revoke(tx: Tx, sessionId: string, now: number): Promise<void> {
    await tx
      .updateTable('sessions')
      .set({ revokedAt: now })
      .where('id', '=', sessionId)
      .where('revokedAt', 'is', null)
      .execute();
  },

  /** Ends every live session of the user, but `keep` when given. */
  async revokeAllFor(tx: Tx, userId: string, now: number, keep?: string): Promise<number> {
    let q = tx
      .updateTable('sessions')
      .set({ revokedAt: now })
      .where('userId', '=', userId)
      .where('revokedAt', 'is', null);
    if (keep) q = q.where('id', '!=', keep);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
};
