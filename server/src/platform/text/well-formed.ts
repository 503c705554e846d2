import type { Text } from '../i18n/lang.ts';

/**
 * Text that cannot be stored as it was sent. A lone UTF-16 surrogate is written to SQLite as U+FFFD and
 * refused by PostgreSQL's UTF-8; U+0000 is refused by PostgreSQL text and kept by SQLite. Either way what is
 * stored (and hashed into the audit chain) would differ from what was checked, so such text is refused
 * wherever it enters: request bodies and queries, multipart names, spreadsheet cells, catalog files.
 */
export type IllFormed = { path: string; problem: 'surrogate' | 'nul' | 'depth' };

/** Deepest nesting of arrays and objects accepted in any structured input. */
export const MAX_NESTING = 64;

export const ILL_FORMED_TEXT: Record<IllFormed['problem'], Text> = {
  surrogate: {
    zh: '含有无效的 Unicode 字符（孤立的代理项）',
    en: 'holds an invalid Unicode character (a lone surrogate)',
  },
  nul: { zh: '不能包含空字符（U+0000）', en: 'must not contain NUL characters' },
  depth: {
    zh: `嵌套层数不能超过 ${MAX_NESTING}`,
    en: `must not nest deeper than ${MAX_NESTING} levels`,
  },
};

export function textProblem(text: string): IllFormed['problem'] | null {
  if (text.includes('\u0000')) return 'nul';
  if (!text.isWellFormed()) return 'surrogate';
  return null;
}

/**
 * The first ill-formed string (value or key) in a parsed value, or nesting past `maxDepth`. Walks with an
 * explicit stack, so no input can overflow the call stack.
 */
export function findIllFormed(value: unknown, maxDepth = MAX_NESTING): IllFormed | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const {
      value: item,
      path,
      depth,
    } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof item === 'string') {
      const problem = textProblem(item);
      if (problem) return { path, problem };
      continue;
    }
    if (item === null || typeof item !== 'object') continue;
    if (depth >= maxDepth) return { path, problem: 'depth' };
    const entries = Array.isArray(item)
      ? item.map((v, i) => [String(i), v] as const)
      : Object.entries(item);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as readonly [string, unknown];
      const at = path ? `${path}.${key}` : key;
      const keyProblem = textProblem(key);
      if (keyProblem) return { path: at, problem: keyProblem };
      stack.push({ value: child, path: at, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * The nesting depth of a JSON text, counted without parsing it, so a body nested 20,000 deep is refused
 * before anything recursive sees it. Brackets inside strings do not count.
 */
export function jsonNestingExceeds(text: string, maxDepth = MAX_NESTING): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > maxDepth) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** Defence in depth for what is written without passing the edge (audit rows, logs): the text as it will be stored. */
export function storableText(text: string): string {
  return text.toWellFormed().replaceAll('\u0000', '\ufffd');
}
