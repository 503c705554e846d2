import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody, OrgUnit } from '../../../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  tableCounts,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import { createWorld, uniqueCode, unitOf, type World } from '../../../test/factories.ts';

describe.skipIf(!dbAvailable)('org units: create, update, archive', () => {
  let t: TestApp;
  let w: World;
  let sysadmin: Agent;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
    sysadmin = await login(t, w.accounts.sysadmin);
  });
  afterEach(async () => t.close());

  const read = async (id: string) =>
    (await sysadmin.get(`/api/v1/org-units/${id}`)).json<OrgUnit>();
  /** The org unit of a port, as the API shows it. */
  const portUnit = async (port: World['port']) => read((await unitOf(t, port)).id);

  describe('org.create', () => {
    it('creates a port under a branch and audits it', async () => {
      const code = uniqueCode('P-NEW');
      const res = await sysadmin.post('/api/v1/org-units', {
        code,
        kind: 'port',
        parentId: w.branch.id,
        nameZh: '南港口岸',
        nameEn: 'South Port',
      });
      expect(res.statusCode).toBe(201);
      const created = res.json<OrgUnit>();
      expect(created).toMatchObject({
        code,
        parentId: w.branch.id,
        depth: w.branch.depth + 1,
        version: 1,
        status: 'active',
      });
      const audit = await t.ctx.db
        .selectFrom('auditLog')
        .select(['action', 'actorUsername'])
        .where('entityId', '=', created.id)
        .execute();
      expect(audit).toEqual([{ action: 'org.create', actorUsername: w.accounts.sysadmin }]);
    });

    it('refuses a parent of the wrong kind with 422 ORG_PARENT_KIND_INVALID and writes nothing', async () => {
      const before = await tableCounts(t);
      const cases = [
        { code: uniqueCode('P-BAD'), kind: 'port', parentId: w.district.id },
        { code: uniqueCode('LAB-BAD'), kind: 'lab', parentId: w.branch.id },
        { code: uniqueCode('PT-BAD'), kind: 'partner', parentId: w.district.id },
        { code: uniqueCode('BR-BAD'), kind: 'branch', parentId: (await unitOf(t, w.port)).id },
      ];
      for (const c of cases) {
        const res = await sysadmin.post('/api/v1/org-units', {
          ...c,
          nameZh: '错误',
          nameEn: 'Wrong',
        });
        expect(res.statusCode, c.code).toBe(422);
        expect(res.json<ErrorBody>().error).toMatchObject({
          code: 'ORG_PARENT_KIND_INVALID',
          fields: { parentId: expect.any(String) },
        });
      }
      expect(await tableCounts(t)).toEqual(before);
    });

    it('refuses a duplicate code with 409 and writes nothing', async () => {
      const before = await tableCounts(t);
      const res = await sysadmin.post('/api/v1/org-units', {
        code: w.port.code,
        kind: 'port',
        parentId: w.branch.id,
        nameZh: '重复',
        nameEn: 'Duplicate',
      });
      expect(res.statusCode).toBe(409);
      expect(res.json<ErrorBody>().error.code).toBe('ORG_CODE_TAKEN');
      expect(await tableCounts(t)).toEqual(before);
    });
  });

  describe('org.update', () => {
    it('renames with the version read, and refuses a stale version with 409 STALE_VERSION', async () => {
      const unit = await portUnit(w.siblingPort);
      const ok = await sysadmin.put(`/api/v1/org-units/${unit.id}`, {
        version: unit.version,
        nameZh: '西港口岸',
        nameEn: 'West Port',
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json<OrgUnit>()).toMatchObject({
        version: unit.version + 1,
        nameZh: '西港口岸',
        nameEn: 'West Port',
      });
      const stale = await sysadmin.put(`/api/v1/org-units/${unit.id}`, {
        version: unit.version,
        nameZh: '旧名',
        nameEn: 'Old',
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json<ErrorBody>().error.code).toBe('STALE_VERSION');
      expect(await read(unit.id)).toMatchObject({ version: unit.version + 1, nameEn: 'West Port' });
    });
  });

  describe('org.archive', () => {
    it('requires a reason', async () => {
      const unit = await portUnit(w.siblingPort);
      const missing = await sysadmin.post(`/api/v1/org-units/${unit.id}/archive`, {
        version: unit.version,
      });
      expect(missing.statusCode).toBe(400);
      expect(missing.json<ErrorBody>().error.fields).toHaveProperty('reason');
      const blank = await sysadmin.post(`/api/v1/org-units/${unit.id}/archive`, {
        version: unit.version,
        reason: '   ',
      });
      expect(blank.statusCode).toBe(400);
      expect(blank.json<ErrorBody>().error.fields).toHaveProperty('reason');
      expect((await read(unit.id)).status).toBe('active');
    });

    it('refuses a unit with active children or active accounts', async () => {
      const branch = await read(w.branch.id);
      const children = await sysadmin.post(`/api/v1/org-units/${branch.id}/archive`, {
        version: branch.version,
        reason: '撤并',
      });
      expect(children.statusCode).toBe(422);
      expect(children.json<ErrorBody>().error.code).toBe('ORG_HAS_ACTIVE_CHILDREN');
      // The world's port officer and staff member belong to the first port's unit.
      const staffed = await portUnit(w.port);
      const users = await sysadmin.post(`/api/v1/org-units/${staffed.id}/archive`, {
        version: staffed.version,
        reason: '撤并',
      });
      expect(users.statusCode).toBe(422);
      expect(users.json<ErrorBody>().error.code).toBe('ORG_HAS_ACTIVE_USERS');
    });

    it('archives with the reason kept, refuses edits while archived, and restores', async () => {
      const unit = await portUnit(w.siblingPort);
      const archived = await sysadmin.post(`/api/v1/org-units/${unit.id}/archive`, {
        version: unit.version,
        reason: '口岸关闭',
      });
      expect(archived.statusCode).toBe(200);
      expect(archived.json<OrgUnit>()).toMatchObject({
        status: 'archived',
        archivedReason: '口岸关闭',
      });
      const rename = await sysadmin.put(`/api/v1/org-units/${unit.id}`, {
        version: unit.version + 1,
        nameZh: '改名',
        nameEn: 'Renamed',
      });
      expect(rename.statusCode).toBe(422);
      expect(rename.json<ErrorBody>().error.code).toBe('ORG_ARCHIVED');
      const restored = await sysadmin.post(`/api/v1/org-units/${unit.id}/restore`, {
        version: unit.version + 1,
      });
      expect(restored.statusCode).toBe(200);
      expect(restored.json<OrgUnit>()).toMatchObject({ status: 'active', archivedReason: null });
      const actions = await t.ctx.db
        .selectFrom('auditLog')
        .select('action')
        .where('entityId', '=', unit.id)
        .orderBy('seq')
        .execute();
      expect(actions.map((a) => a.action)).toEqual(['org.archive', 'org.restore']);
    });
  });
});
