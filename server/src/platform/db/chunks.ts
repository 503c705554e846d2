/** Ids per statement: well inside both dialects' limits on bound parameters (SQLite 32,766; PostgreSQL 65,535). */
export const ID_CHUNK = 10_000;

/** Runs a lookup over many ids a chunk at a time and merges the answers; no ids, no statement. */
export async function byChunks<T>(
  ids: readonly string[],
  lookup: (chunk: readonly string[]) => Promise<Map<string, T>>,
): Promise<Map<string, T>> {
  const out = new Map<string, T>();
  for (let i = 0; i < ids.length; i += ID_CHUNK)
    for (const [id, value] of await lookup(ids.slice(i, i + ID_CHUNK))) out.set(id, value);
  return out;
}
