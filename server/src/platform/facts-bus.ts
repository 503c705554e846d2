/**
 * Tells whoever listens that the registers behind some ports' facts changed (a facility, certification,
 * designation, traffic figure or the port itself), after the change committed. The standards module
 * re-evaluates open assessments of those ports; a listener's failure is logged and never undoes the write.
 */
export type FactsListener = (portIds: readonly string[]) => Promise<void>;

export type FactsBus = {
  onChange(listener: FactsListener): void;
  changed(portIds: readonly string[]): Promise<void>;
};

export function createFactsBus(log: (err: unknown) => void = () => undefined): FactsBus {
  const listeners: FactsListener[] = [];
  return {
    onChange(listener) {
      listeners.push(listener);
    },
    async changed(portIds) {
      const unique = [...new Set(portIds)];
      if (unique.length === 0) return;
      for (const listener of listeners) {
        try {
          await listener(unique);
        } catch (err) {
          log(err);
        }
      }
    },
  };
}
