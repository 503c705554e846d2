import type { FastifyRequest } from 'fastify';
import { platformError } from '../errors/errors.ts';

/** The path of the first string (value or key) holding U+0000, or null. */
function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) return at;
    const found = nulPath(item, at);
    if (found) return found;
  }
  return null;
}

/**
 * PostgreSQL text cannot hold U+0000, so such input would fail in the database as a 500 there and be stored
 * on SQLite. Refuse it at the edge, by field, the same way on both dialects.
 */
export async function rejectNulCharacters(req: FastifyRequest): Promise<void> {
  for (const [part, value] of [['query', req.query], ['body', req.body]] as const) {
    const field = nulPath(value, '');
    if (field !== null) throw platformError('VALIDATION_FAILED', { [field || part]: { zh: '不能包含空字符（U+0000）', en: 'must not contain NUL characters' } });
  }
}
