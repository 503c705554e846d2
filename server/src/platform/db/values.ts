/** Conversions at the repository edge, so nothing else sees a dialect. */
export const fromFlag = (v: number | boolean | null | undefined): boolean => v === 1 || v === true;
export const toIso = (ms: number): string => new Date(ms).toISOString();
export const toIsoOrNull = (ms: number | null | undefined): string | null =>
  ms == null ? null : toIso(ms);
export const readJson = (text: string | null): unknown => (text == null ? null : JSON.parse(text));
export const writeJson = (value: unknown): string | null =>
  value === undefined || value === null ? null : JSON.stringify(value);
/** Escape LIKE wildcards in user search text. */
export const likeContains = (text: string): string =>
  `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
