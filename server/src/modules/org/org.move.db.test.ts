import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody, OrgTreeNode, OrgUnit } from '../../../../contracts/index.ts';
import { inTransaction } from '../../platform/context.ts';
import { newId } from '../../platform/db/ids.ts';
import { usersRepository } from '../users/users.repository.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  userId,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import { createWorld, makeUnit, unitOf, type Unit, type World } from '../../../test/factories.ts';

/**
 * The same administrator role at one more unit, as a provincial deployment grants it. This bypasses the
 * API on purpose: the separation-of-duties rule lets an administrator hold one grant only when made there.
 */
async function grantAlsoAt(t: TestApp, username: string, unit: Unit): Promise<void> {
  const user = await userId(t, username);
  await inTransaction(t.ctx, (tx) =>
    usersRepository.insertGrant(tx, {
      id: newId(),
      userId: user,
      role: 'sysadmin',
      orgUnitId: unit.id,
      workingGroup: null,
      createdAt: t.clock.now,
      createdBy: null,
      revokedAt: null,
      revokedBy: null,
      revokeReason: null,
    }),
  );
}

/** Every unit's path is its parent's path plus its own id, and its depth one more than its parent's. */
async function treeIsConsistent(t: TestApp): Promise<string[]> {
  const rows = await t.ctx.db
    .selectFrom('orgUnits')
    .select(['id', 'code', 'parentId', 'path', 'depth'])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return rows.flatMap((r) => {
    const parent = r.parentId ? byId.get(r.parentId) : undefined;
    const path = `${parent?.path ?? '/'}${r.id}/`;
    const depth = parent ? parent.depth + 1 : 0;
    return r.path === path && r.depth === depth
      ? []
      : [`${r.code}: path ${r.path} depth ${r.depth}, expected ${path} depth ${depth}`];
  });
}

describe.skipIf(!dbAvailable)('org units: move', () => {
  let t: TestApp;
  let w: World;
  /** An office inside the branch, so a moved branch carries more than ports. */
  let branchOffice: Unit;
  let sysadmin: Agent;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
    branchOffice = await makeUnit(t, { kind: 'office', parent: w.branch });
    sysadmin = await login(t, w.accounts.sysadmin);
  });
  afterEach(async () => t.close());

  const read = async (id: string) =>
    (await sysadmin.get(`/api/v1/org-units/${id}`)).json<OrgUnit>();

  it('moves a branch with its ports, keeps every path consistent, and its officer still sees them', async () => {
    const second = await makeUnit(t, { kind: 'district' });
    await grantAlsoAt(t, w.accounts.sysadmin, second);
    const leader = await login(t, w.accounts.leader);
    const officer = await login(t, w.accounts.branchOfficer);
    const branch = await read(w.branch.id);
    const res = await sysadmin.post(`/api/v1/org-units/${branch.id}/move`, {
      version: branch.version,
      parentId: second.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<OrgUnit>()).toMatchObject({
      parentId: second.id,
      version: branch.version + 1,
      depth: 1,
    });
    expect(await treeIsConsistent(t)).toEqual([]);

    const portUnits = [await unitOf(t, w.port), await unitOf(t, w.siblingPort)];
    for (const unit of [...portUnits, branchOffice]) {
      const row = await t.ctx.db
        .selectFrom('orgUnits')
        .select('path')
        .where('id', '=', unit.id)
        .executeTakeFirstOrThrow();
      expect(row.path.startsWith(`/${second.id}/${branch.id}/`), unit.code).toBe(true);
    }
    // The other branch's port stays where it was.
    expect((await unitOf(t, w.otherPort)).path.startsWith(w.district.path)).toBe(true);

    const sibling = portUnits[1]!;
    expect((await officer.get(`/api/v1/org-units/${sibling.id}`)).statusCode).toBe(200);
    const tree = (await officer.get('/api/v1/org-units/tree'))
      .json<OrgTreeNode[]>()
      .map((u) => u.code);
    expect(tree).toEqual(
      expect.arrayContaining([w.branch.code, branchOffice.code, w.port.code, w.siblingPort.code]),
    );
    // The district's leader no longer reaches it.
    expect((await leader.get(`/api/v1/org-units/${sibling.id}`)).statusCode).toBe(404);
  });

  it('moves an office down a level and adjusts its depth', async () => {
    const office = await read(w.office.id);
    expect(office.depth).toBe(1);
    const res = await sysadmin.post(`/api/v1/org-units/${office.id}/move`, {
      version: office.version,
      parentId: w.otherBranch.id,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<OrgUnit>()).toMatchObject({ depth: 2, parentId: w.otherBranch.id });
    expect(await treeIsConsistent(t)).toEqual([]);
  });

  it('refuses a move under the unit itself or its own subtree', async () => {
    const branch = await read(w.branch.id);
    const targets = [w.branch, await unitOf(t, w.port), branchOffice];
    for (const target of targets) {
      const res = await sysadmin.post(`/api/v1/org-units/${branch.id}/move`, {
        version: branch.version,
        parentId: target.id,
      });
      expect(res.statusCode, target.code).toBe(422);
      expect(res.json<ErrorBody>().error.code).toBe('ORG_MOVE_INTO_OWN_SUBTREE');
    }
    expect(await treeIsConsistent(t)).toEqual([]);
    expect(await read(w.branch.id)).toMatchObject({
      parentId: w.district.id,
      version: branch.version,
    });
  });

  it('refuses a stale version with 409 and leaves the tree as it was', async () => {
    const office = await read(w.office.id);
    const res = await sysadmin.post(`/api/v1/org-units/${office.id}/move`, {
      version: office.version + 1,
      parentId: w.otherBranch.id,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<ErrorBody>().error.code).toBe('STALE_VERSION');
    expect((await read(w.office.id)).parentId).toBe(w.district.id);
  });
});
