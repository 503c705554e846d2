/**
 * Tells this instance's open event streams that a person's notifications changed. It carries no data (the
 * stream reads it from the database), so a missed signal costs only a delay: streams also re-read on their
 * heartbeat, which is how a notification written by another instance reaches them.
 */
export type NotifyHub = {
  subscribe(userId: string, listener: () => void): () => void;
  publish(userIds: Iterable<string>): void;
};

export function createNotifyHub(): NotifyHub {
  const listeners = new Map<string, Set<() => void>>();
  return {
    subscribe(userId, listener) {
      let set = listeners.get(userId);
      if (!set) listeners.set(userId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(userId);
      };
    },
    publish(userIds) {
      for (const id of new Set(userIds)) for (const listener of listeners.get(id) ?? []) listener();
    },
  };
}
