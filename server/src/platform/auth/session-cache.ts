/**
 * A very short-lived cache of signed-in sessions, so a burst of reads does not look the session and its
 * grants up on every request. Any committed write in this process clears it (see inTransaction), so a
 * logout, a revoked grant or a disabled account takes effect at once here, and within `ttlMs` on other
 * instances sharing the database.
 */
export type SessionCache<T> = {
  get(id: string, now: number): T | undefined;
  set(id: string, value: T, now: number): void;
  clear(): void;
};

export function createSessionCache<T>(ttlMs = 1000, max = 5000): SessionCache<T> {
  const entries = new Map<string, { value: T; at: number }>();
  return {
    get(id, now) {
      const hit = entries.get(id);
      if (!hit) return undefined;
      if (now - hit.at > ttlMs) {
        entries.delete(id);
        return undefined;
      }
      return hit.value;
    },
    set(id, value, now) {
      if (entries.size >= max) entries.delete(entries.keys().next().value ?? '');
      entries.set(id, { value, at: now });
    },
    clear: () => entries.clear(),
  };
}
