/**
 * Grants held in memory per user, stamped with the grants epoch they were read under. Each request reads its
 * session, user and the current epoch in one query (so a logout, a disabled account or a changed password is
 * seen at once, on every instance); the grants query runs again only when the epoch has moved, which
 * triggers on the grants and unit tables guarantee for every revocation, grant or unit move.
 */
export type GrantCache<T> = {
  get(userId: string, epoch: number): T | undefined;
  set(userId: string, epoch: number, grants: T): void;
};

export function createGrantCache<T>(max = 5000): GrantCache<T> {
  const entries = new Map<string, { epoch: number; grants: T }>();
  return {
    get(userId, epoch) {
      const hit = entries.get(userId);
      return hit && hit.epoch === epoch ? hit.grants : undefined;
    },
    set(userId, epoch, grants) {
      if (!entries.has(userId) && entries.size >= max)
        entries.delete(entries.keys().next().value ?? '');
      entries.set(userId, { epoch, grants });
    },
  };
}
