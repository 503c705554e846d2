import type { Db } from '../../platform/db/database.ts';

export const homeRepository = {
  async activeSessions(db: Db, now: number): Promise<number> {
    const r = await db
      .selectFrom('sessions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('revokedAt', 'is', null)
      .where('expiresAt', '>', now)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },
  /** The start of the session before this one: "last login" as the user understands it. */
  async previousLogin(db: Db, userId: string): Promise<number | null> {
    const rows = await db
      .selectFrom('sessions')
      .select('createdAt')
      .where('userId', '=', userId)
      .orderBy('createdAt', 'desc')
      .limit(2)
      .execute();
    return rows[1]?.createdAt ?? null;
  },
};
