import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, auditWords } from './audit-labels.ts';

// The auditor reads actions in words: every action and object type the server writes needs them.
const SERVER = fileURLToPath(new URL('../server/src', import.meta.url));

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

const quoted = (expr: string) => [...expr.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '');

/** Codes written as `key: '…'`, or `key: cond ? '…' : '…'`, across the server's source. */
function written(key: string, extra?: RegExp): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sources(SERVER)) {
    const text = fs.readFileSync(file, 'utf8');
    const rel = path.relative(SERVER, file);
    for (const m of text.matchAll(new RegExp(`\\b${key}:\\s*([^,\\n}]+)`, 'g')))
      for (const code of quoted(m[1] ?? '')) found.set(code, rel);
    // Module-local helpers that take the action as an argument, e.g. mutate(ctx, actor, row, version, 'x.y', …).
    if (extra) for (const m of text.matchAll(extra)) if (m[1]) found.set(m[1], rel);
  }
  return found;
}

describe('audit labels', () => {
  it('name every action the server writes', () => {
    const actions = written('action', /\bmutate\([^)]*?'([a-z_]+\.[a-z_.]+)'/g);
    expect(actions.size).toBeGreaterThan(50);
    const missing = [...actions].filter(([code]) => !AUDIT_ACTION_LABELS[code]);
    expect(missing.map(([code, file]) => `${code} (${file})`)).toEqual([]);
  });

  it('name every object type the server writes', () => {
    const types = written('entityType');
    expect(types.size).toBeGreaterThan(20);
    const missing = [...types].filter(([code]) => !AUDIT_ENTITY_LABELS[code]);
    expect(missing.map(([code, file]) => `${code} (${file})`)).toEqual([]);
  });

  it('have words in both languages', () => {
    for (const table of [AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS])
      for (const [code, words] of Object.entries(table)) {
        expect(words.zh.trim(), code).not.toBe('');
        expect(words.en.trim(), code).not.toBe('');
      }
  });

  it('fall back to the code for an action this release does not know', () => {
    expect(auditWords(AUDIT_ACTION_LABELS, 'grant.create', 'en')).toBe('Grant role');
    expect(auditWords(AUDIT_ACTION_LABELS, 'legacy.thing', 'zh')).toBe('legacy.thing');
  });
});
