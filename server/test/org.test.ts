import { sheetRows } from './xlsx-upload.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from '../src/platform/context.ts';
import { newId } from '../src/platform/db/ids.ts';
import { orgRepository } from '../src/modules/org/org.repository.ts';
import { usersRepository } from '../src/modules/users/users.repository.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  unitId,
  userId,
  type Agent,
  type TestApp,
} from './helpers.ts';

type ErrorReply = { error: { code: string; fields?: Record<string, string> } };
type Unit = {
  id: string;
  code: string;
  version: number;
  status: string;
  archivedReason: string | null;
  parentId: string | null;
  depth: number;
};

/** Factory: a second top-level district (the demo has one; moving a branch needs another parent of the right kind). */
async function addDistrict(t: TestApp, code: string): Promise<string> {
  const id = newId();
  const now = t.clock.now;
  await inTransaction(t.ctx, (tx) =>
    orgRepository.insert(tx, {
      id,
      code,
      kind: 'district',
      nameZh: '第二直属海关',
      nameEn: 'Second District',
      parentId: null,
      path: `/${id}/`,
      depth: 0,
      status: 'active',
      archivedReason: null,
      version: 1,
      createdAt: now,
      createdBy: null,
      updatedAt: now,
      updatedBy: null,
    }),
  );
  return id;
}

/** Factory: the same role at one more unit, as a provincial deployment would grant it (bypasses the API on purpose). */
async function grantAlsoAt(
  t: TestApp,
  username: string,
  role: 'sysadmin',
  orgUnitId: string,
): Promise<void> {
  const user = await userId(t, username);
  await inTransaction(t.ctx, (tx) =>
    usersRepository.insertGrant(tx, {
      id: newId(),
      userId: user,
      role,
      orgUnitId,
      workingGroup: null,
      createdAt: t.clock.now,
      createdBy: null,
      revokedAt: null,
      revokedBy: null,
      revokeReason: null,
    }),
  );
}

const auditCount = async (t: TestApp) =>
  Number(
    (
      await t.ctx.db
        .selectFrom('auditLog')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

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

describe.skipIf(!dbAvailable)('org units', () => {
  let t: TestApp;
  let sysadmin: Agent;
  beforeEach(async () => {
    t = await createTestApp();
    sysadmin = await login(t, 'sysadmin');
  });
  afterEach(async () => t.close());

  const unit = async (code: string) =>
    (await sysadmin.get(`/api/v1/org-units/${await unitId(t, code)}`)).json<Unit>();

  describe('org.create', () => {
    it('creates a port under a branch and audits it', async () => {
      const res = await sysadmin.post('/api/v1/org-units', {
        code: 'P-SEA-SOUTH',
        kind: 'port',
        parentId: await unitId(t, 'BR-HARBOUR'),
        nameZh: '南港口岸',
        nameEn: 'South Port',
      });
      expect(res.statusCode).toBe(201);
      const created = res.json<Unit>();
      expect(created).toMatchObject({
        code: 'P-SEA-SOUTH',
        depth: 2,
        version: 1,
        status: 'active',
      });
      const audit = await t.ctx.db
        .selectFrom('auditLog')
        .select(['action', 'actorUsername'])
        .where('entityId', '=', created.id)
        .execute();
      expect(audit).toEqual([{ action: 'org.create', actorUsername: 'sysadmin' }]);
    });

    it('refuses a parent of the wrong kind with 422 ORG_PARENT_KIND_INVALID and writes nothing', async () => {
      const before = await auditCount(t);
      const cases = [
        { code: 'P-BAD', kind: 'port', parentId: await unitId(t, 'DEMO') },
        { code: 'LAB-BAD', kind: 'lab', parentId: await unitId(t, 'BR-HARBOUR') },
        { code: 'PT-BAD', kind: 'partner', parentId: await unitId(t, 'DEMO') },
        { code: 'BR-BAD', kind: 'branch', parentId: await unitId(t, 'P-SEA-EAST') },
      ];
      for (const c of cases) {
        const res = await sysadmin.post('/api/v1/org-units', {
          ...c,
          nameZh: '错误',
          nameEn: 'Wrong',
        });
        expect(res.statusCode, c.code).toBe(422);
        expect(res.json<ErrorReply>().error).toMatchObject({
          code: 'ORG_PARENT_KIND_INVALID',
          fields: { parentId: expect.any(String) },
        });
      }
      expect(await auditCount(t)).toBe(before);
    });

    it('refuses a duplicate code with 409 and writes nothing', async () => {
      const before = await auditCount(t);
      const res = await sysadmin.post('/api/v1/org-units', {
        code: 'P-SEA-EAST',
        kind: 'port',
        parentId: await unitId(t, 'BR-HARBOUR'),
        nameZh: '重复',
        nameEn: 'Duplicate',
      });
      expect(res.statusCode).toBe(409);
      expect(res.json<ErrorReply>().error.code).toBe('ORG_CODE_TAKEN');
      expect(await auditCount(t)).toBe(before);
    });
  });

  describe('org.update', () => {
    it('renames with the version read, and refuses a stale version with 409 STALE_VERSION', async () => {
      const west = await unit('P-SEA-WEST');
      const ok = await sysadmin.put(`/api/v1/org-units/${west.id}`, {
        version: west.version,
        nameZh: '西港口岸',
        nameEn: 'West Port',
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json<Unit>().version).toBe(west.version + 1);
      const stale = await sysadmin.put(`/api/v1/org-units/${west.id}`, {
        version: west.version,
        nameZh: '旧名',
        nameEn: 'Old',
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json<ErrorReply>().error.code).toBe('STALE_VERSION');
      expect((await unit('P-SEA-WEST')).version).toBe(west.version + 1);
    });
  });

  describe('org.move', () => {
    it('moves a branch with its ports, keeps every path consistent, and its officer still sees them', async () => {
      const second = await addDistrict(t, 'DEMO-B');
      await grantAlsoAt(t, 'sysadmin', 'sysadmin', second);
      const leader = await login(t, 'leader');
      const officer = await login(t, 'branch.harbour');
      const harbour = await unit('BR-HARBOUR');
      const res = await sysadmin.post(`/api/v1/org-units/${harbour.id}/move`, {
        version: harbour.version,
        parentId: second,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<Unit>()).toMatchObject({
        parentId: second,
        version: harbour.version + 1,
        depth: 1,
      });
      expect(await treeIsConsistent(t)).toEqual([]);

      const portPaths = await t.ctx.db
        .selectFrom('orgUnits')
        .select('path')
        .where('code', 'like', 'P-SEA-%')
        .execute();
      expect(portPaths.map((p) => p.path.startsWith(`/${second}/${harbour.id}/`))).toEqual([
        true,
        true,
        true,
      ]);
      const west = await unitId(t, 'P-SEA-WEST');
      expect((await officer.get(`/api/v1/org-units/${west}`)).statusCode).toBe(200);
      const tree = (await officer.get('/api/v1/org-units/tree'))
        .json<{ code: string }[]>()
        .map((u) => u.code);
      expect(tree).toEqual(
        expect.arrayContaining([
          'BR-HARBOUR',
          'BR-HARBOUR-OFF',
          'P-SEA-EAST',
          'P-SEA-WEST',
          'P-SEA-LOGS',
        ]),
      );
      // The district's leader no longer reaches it.
      expect((await leader.get(`/api/v1/org-units/${west}`)).statusCode).toBe(404);
    });

    it('moves an office down a level and adjusts its depth', async () => {
      const office = await unit('DEMO-PQ');
      const res = await sysadmin.post(`/api/v1/org-units/${office.id}/move`, {
        version: office.version,
        parentId: await unitId(t, 'BR-AIRPORT'),
      });
      expect(res.statusCode).toBe(200);
      expect(res.json<Unit>().depth).toBe(2);
      expect(await treeIsConsistent(t)).toEqual([]);
    });

    it('refuses a move under the unit itself or its own subtree', async () => {
      const harbour = await unit('BR-HARBOUR');
      for (const target of ['BR-HARBOUR', 'P-SEA-EAST', 'BR-HARBOUR-OFF']) {
        const res = await sysadmin.post(`/api/v1/org-units/${harbour.id}/move`, {
          version: harbour.version,
          parentId: await unitId(t, target),
        });
        expect(res.statusCode, target).toBe(422);
        expect(res.json<ErrorReply>().error.code).toBe('ORG_MOVE_INTO_OWN_SUBTREE');
      }
      expect(await treeIsConsistent(t)).toEqual([]);
    });

    it('refuses a stale version with 409 and leaves the tree as it was', async () => {
      const office = await unit('DEMO-PQ');
      const res = await sysadmin.post(`/api/v1/org-units/${office.id}/move`, {
        version: office.version + 1,
        parentId: await unitId(t, 'BR-AIRPORT'),
      });
      expect(res.statusCode).toBe(409);
      expect(res.json<ErrorReply>().error.code).toBe('STALE_VERSION');
      expect((await unit('DEMO-PQ')).parentId).toBe(await unitId(t, 'DEMO'));
    });
  });

  describe('org.archive', () => {
    it('requires a reason', async () => {
      const west = await unit('P-SEA-WEST');
      const missing = await sysadmin.post(`/api/v1/org-units/${west.id}/archive`, {
        version: west.version,
      });
      expect(missing.statusCode).toBe(400);
      expect(missing.json<ErrorReply>().error.fields).toHaveProperty('reason');
      const blank = await sysadmin.post(`/api/v1/org-units/${west.id}/archive`, {
        version: west.version,
        reason: '   ',
      });
      expect(blank.statusCode).toBe(400);
      expect(blank.json<ErrorReply>().error.fields).toHaveProperty('reason');
    });

    it('refuses a unit with active children or active accounts', async () => {
      const harbour = await unit('BR-HARBOUR');
      const children = await sysadmin.post(`/api/v1/org-units/${harbour.id}/archive`, {
        version: harbour.version,
        reason: '撤并',
      });
      expect(children.statusCode).toBe(422);
      expect(children.json<ErrorReply>().error.code).toBe('ORG_HAS_ACTIVE_CHILDREN');
      const east = await unit('P-SEA-EAST');
      const users = await sysadmin.post(`/api/v1/org-units/${east.id}/archive`, {
        version: east.version,
        reason: '撤并',
      });
      expect(users.statusCode).toBe(422);
      expect(users.json<ErrorReply>().error.code).toBe('ORG_HAS_ACTIVE_USERS');
    });

    it('archives with the reason kept, refuses edits while archived, and restores', async () => {
      const west = await unit('P-SEA-WEST');
      const archived = await sysadmin.post(`/api/v1/org-units/${west.id}/archive`, {
        version: west.version,
        reason: '口岸关闭',
      });
      expect(archived.statusCode).toBe(200);
      expect(archived.json<Unit>()).toMatchObject({
        status: 'archived',
        archivedReason: '口岸关闭',
      });
      const rename = await sysadmin.put(`/api/v1/org-units/${west.id}`, {
        version: west.version + 1,
        nameZh: '改名',
        nameEn: 'Renamed',
      });
      expect(rename.statusCode).toBe(422);
      expect(rename.json<ErrorReply>().error.code).toBe('ORG_ARCHIVED');
      const restored = await sysadmin.post(`/api/v1/org-units/${west.id}/restore`, {
        version: west.version + 1,
      });
      expect(restored.statusCode).toBe(200);
      expect(restored.json<Unit>()).toMatchObject({ status: 'active', archivedReason: null });
      const actions = await t.ctx.db
        .selectFrom('auditLog')
        .select('action')
        .where('entityId', '=', west.id)
        .orderBy('seq')
        .execute();
      expect(actions.map((a) => a.action)).toEqual(['org.archive', 'org.restore']);
    });
  });

  describe('org.read', () => {
    it('shows a branch officer only its branch', async () => {
      const officer = await login(t, 'branch.harbour');
      const list = (await officer.get('/api/v1/org-units?pageSize=200')).json<{
        items: Unit[];
        total: number;
      }>();
      expect(list.items.map((u) => u.code).sort()).toEqual([
        'BR-HARBOUR',
        'BR-HARBOUR-OFF',
        'P-SEA-EAST',
        'P-SEA-LOGS',
        'P-SEA-WEST',
      ]);
      expect(list.total).toBe(5);
    });

    it("answers 404 for another branch's unit", async () => {
      const officer = await login(t, 'branch.harbour');
      const res = await officer.get(`/api/v1/org-units/${await unitId(t, 'P-AIR-INTL')}`);
      expect(res.statusCode).toBe(404);
      expect(res.json<ErrorReply>().error.code).toBe('NOT_FOUND');
      const unknown = await officer.get('/api/v1/org-units/01900000-0000-7000-8000-000000000000');
      expect(unknown.body).toBe(res.body);
    });

    it('exports the filtered list as an Excel workbook', async () => {
      const res = await sysadmin.get('/api/v1/org-units/export?kind=port&q=P-SEA', {
        'accept-language': 'en',
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
      const rows = await sheetRows(res.rawPayload);
      expect(rows[0]?.[0]).toBe('Code');
      expect(
        rows
          .slice(1)
          .map((r) => r[0])
          .sort(),
      ).toEqual(['P-SEA-EAST', 'P-SEA-LOGS', 'P-SEA-WEST']);
    });
  });
});
