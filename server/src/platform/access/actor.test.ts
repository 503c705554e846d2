import { describe, expect, it } from 'vitest';
import type { Role, WorkingGroup } from '../../../../contracts/index.ts';
import {
  hasPermission,
  permissionsOf,
  reachesUnit,
  scopePaths,
  type Actor,
  type ActorGrant,
} from './actor.ts';

const DISTRICT = '/d/';
const grant = (
  role: Role,
  orgPath: string,
  workingGroup: WorkingGroup | null = null,
  orgKind = 'district',
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
