import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PERMISSIONS,
  ROLE_PERMISSIONS,
  WORKING_GROUP_PERMISSIONS,
  permissionSchema,
  type Permission,
} from './permissions.ts';
import { ROLES, roleSchema, type Role } from './roles.ts';

// The role × capability tables people read; contracts/permissions.ts is what the server enforces.
const DOC = new URL('../docs/roles-and-capabilities.md', import.meta.url);

type Row = { line: number; permission: Permission; ticks: Record<Role, boolean> };

const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

/** Every row of every table whose header is `capability | permission | <role codes>`. */
function capabilityRows(text: string): Row[] {
  const lines = text.split('\n');
  const rows: Row[] = [];
  let roles: Role[] | null = null;
  for (const [i, line] of lines.entries()) {
    if (!line.trim().startsWith('|')) {
      roles = null;
      continue;
    }
    const cells = cellsOf(line);
    if (cells[0] === 'capability' && cells[1] === 'permission') {
      roles = cells.slice(2).map((c) => roleSchema.parse(c));
      continue;
    }
    if (!roles || cells.every((c) => /^-+$/.test(c))) continue;
    const code = /^`([a-z]+\.[a-z]+)`$/.exec(cells[1] ?? '')?.[1];
    const ticks = Object.fromEntries(
      roles.map((r, k) => [r, (cells[k + 2] ?? '').startsWith('✓')]),
    ) as Record<Role, boolean>;
    rows.push({ line: i + 1, permission: permissionSchema.parse(code), ticks });
  }
  return rows;
}

/** Whether some grant of the role holds the permission: a working-group member's through any group. */
const holds = (role: Role, permission: Permission) =>
  ROLE_PERMISSIONS[role].includes(permission) ||
  (role === 'wg_member' &&
    Object.values(WORKING_GROUP_PERMISSIONS).some((extra) => extra.includes(permission)));

describe('docs/roles-and-capabilities.md', () => {
  const rows = capabilityRows(fs.readFileSync(DOC, 'utf8'));

  it('names every permission once, in tables with a column per role', () => {
    expect(rows.map((r) => r.permission).sort()).toEqual([...PERMISSIONS].sort());
    for (const row of rows) expect(Object.keys(row.ticks).sort()).toEqual([...ROLES].sort());
  });

  it('ticks exactly the roles that hold each permission in ROLE_PERMISSIONS', () => {
    const disagreements = rows.flatMap((row) =>
      ROLES.filter((role) => row.ticks[role] !== holds(role, row.permission)).map(
        (role) =>
          `line ${row.line}: ${row.permission} × ${role} is ${row.ticks[role] ? '✓' : 'empty'} in the doc`,
      ),
    );
    expect(disagreements).toEqual([]);
  });

  it('leaves creating ports and deciding designations to the branch, not to a port officer', () => {
    for (const permission of ['port.create', 'designation.decide'] as const) {
      expect(ROLE_PERMISSIONS.branch_officer).toContain(permission);
      expect(ROLE_PERMISSIONS.port_officer).not.toContain(permission);
    }
    expect(ROLE_PERMISSIONS.port_officer).toContain('port.write');
  });
});
