import { describe, expect, it } from 'vitest';
import type { OrgKind, Role, WorkingGroup } from '../../../../contracts/index.ts';
import {
  hasPermission,
  permissionsOf,
  reachesUnit,
  scopeOf,
  scopeOfAny,
  scopePaths,
  type Actor,
  type ActorGrant,
} from './actor.ts';

const DISTRICT = '/d/';
const grant = (
  role: Role,
  orgPath: string,
  workingGroup: WorkingGroup | null = null,
  orgKind: OrgKind = 'district',
): ActorGrant => ({
  id: `${role}-${orgPath}`,
  role,
  orgUnitId: 'u',
  orgPath,
  orgKind,
  workingGroup,
});
const actor = (...grants: ActorGrant[]): Actor => ({
  userId: 'x',
  username: 'x',
  displayName: 'x',
  orgUnitId: 'u',
  grants,
  address: null,
  sessionId: 's',
});
const port = { path: '/d/b/p/', kind: 'port', depth: 2 };

describe('working-group permissions', () => {
  it('adds the FACILITY group permissions to a working-group member grant, over its subtree', () => {
    const facility = actor(grant('wg_member', DISTRICT, 'FACILITY'));
    expect(hasPermission(facility, 'reference.write')).toBe(true);
    expect(hasPermission(facility, 'project.sign')).toBe(true);
    expect(reachesUnit(facility, 'project.sign', port)).toBe(true);
    expect(permissionsOf(facility.grants).has('port.write')).toBe(false);
  });

  it('gives other groups, and the same group on another role, nothing extra', () => {
    expect(hasPermission(actor(grant('wg_member', DISTRICT, 'TECH')), 'project.sign')).toBe(false);
    expect(
      hasPermission(
        actor(grant('branch_officer', '/d/b/', 'FACILITY', 'branch')),
        'reference.write',
      ),
    ).toBe(false);
  });
});

describe('district-wide reads', () => {
  it('lets the programme office read every port of its district from a division unit, but not write or read org units beyond it', () => {
    const office = actor(grant('office', '/d/pq/', null, 'office'));
    expect(scopePaths(office, 'port.read')).toEqual([DISTRICT]);
    expect(reachesUnit(office, 'facility.read', port)).toBe(true);
    expect(scopePaths(office, 'org.read')).toEqual(['/d/pq/']);
    expect(hasPermission(office, 'port.write')).toBe(false);
  });

  it('keeps a branch officer within its branch', () => {
    const officer = actor(grant('branch_officer', '/d/b/', null, 'branch'));
    expect(reachesUnit(officer, 'port.write', port)).toBe(true);
    expect(
      reachesUnit(officer, 'port.write', { path: '/d/other/p/', kind: 'port', depth: 2 }),
    ).toBe(false);
  });
});

describe('scope over any of several permissions', () => {
  it('joins the prefixes, dropping one a shorter one covers and repeats', () => {
    const both = actor(
      grant('branch_officer', '/d/b/', null, 'branch'),
      grant('port_officer', '/d/b/p/', null, 'port'),
      grant('port_officer', '/d/c/p/', null, 'port'),
    );
    expect(scopeOfAny(both, ['port.read', 'port.write']).prefixes.sort()).toEqual([
      '/d/b/',
      '/d/c/p/',
    ]);
    expect(scopeOfAny(both, ['port.read', 'port.write'])).toBe(
      scopeOfAny(both, ['port.write', 'port.read']),
    );
  });

  it('reaches the external units when any one permission does', () => {
    const sysadmin = actor(grant('sysadmin', DISTRICT));
    expect(scopeOf(sysadmin, 'org.write').externalUnits).toBe(true);
    expect(scopeOfAny(sysadmin, ['org.read', 'org.write'])).toEqual({
      prefixes: [DISTRICT],
      externalUnits: true,
    });
    const branch = actor(grant('branch_officer', '/d/b/', null, 'branch'));
    expect(scopeOfAny(branch, ['port.read', 'port.write']).externalUnits).toBe(false);
  });

  it('reaches nothing when the actor holds none of them', () => {
    const auditor = actor(grant('auditor', DISTRICT));
    expect(scopeOfAny(auditor, ['port.read', 'port.write'])).toEqual({
      prefixes: [],
      externalUnits: false,
    });
  });
});
