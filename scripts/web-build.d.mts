export function webIsStale(): boolean;
export function buildWeb(options?: { quiet?: boolean }): void;
