import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Designation,
  DesignationHistoryEntry,
  ErrorBody,
  Page,
  Port,
  PublicDesignation,
} from '../../../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  tableCounts,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import { createWorld, makePort, type World } from '../../../test/factories.ts';

describe.skipIf(!dbAvailable)('designations', () => {
  let t: TestApp;
  let w: World;
  let officer: Agent;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
    officer = await login(t, w.accounts.branchOfficer);
  });
  afterEach(async () => t.close());

  const designationOf = async (portId: string, categoryCode: string) => {
    const found = (await officer.get(`/api/v1/ports/${portId}/designations`))
      .json<Designation[]>()
      .find((d) => d.categoryCode === categoryCode);
    if (!found) throw new Error(`no ${categoryCode} designation`);
    return found;
  };

  it('takes designations on designated sites only, and keeps a place with designations in force of that kind', async () => {
    const grant = (portId: string) =>
      officer.post(`/api/v1/ports/${portId}/designations`, {
        categoryCode: 'FRUIT',
        effectiveDate: '2026-01-01',
        legalBasis: '海关总署批复（测试）',
        reason: null,
      });
    // A mail centre is a centralised operation site, not a designated site.
    const mail = await makePort(t, w.branchActor, {
      branch: w.branch,
      modes: ['mail'],
      overrides: { placeKind: 'centralised_site', placeType: 'mail' },
    });
    const refused = await grant(mail.id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json<ErrorBody>().error.code).toBe('DESIGNATION_PLACE_KIND');
    const before = await tableCounts(t);
    const site = await makePort(t, w.branchActor, { branch: w.branch, designations: ['FRUIT'] });
    const edit = (placeKind: string, placeType: string | null) =>
      officer.put(`/api/v1/ports/${site.id}`, {
        version: site.version,
        nameZh: site.nameZh,
        nameEn: site.nameEn,
        placeKind,
        placeType,
        modes: site.modes,
        portClass: site.portClass,
        provinceCode: site.provinceCode,
        cityCode: site.cityCode,
        latitude: site.latitude,
        longitude: site.longitude,
        openedDate: site.openedDate,
        designCapacity: site.designCapacity,
      });
    const moved = await edit('workplace', 'water');
    expect(moved.statusCode).toBe(422);
    expect(moved.json<ErrorBody>().error).toMatchObject({
      code: 'PLACE_KIND_HAS_DESIGNATIONS',
      fields: { placeKind: expect.stringContaining('1') },
    });
    // A type the kind does not have is refused by field.
    const misfit = await edit('workplace', 'mail');
    expect(misfit.statusCode).toBe(400);
    expect(Object.keys(misfit.json<ErrorBody>().error.fields ?? {})).toEqual(['placeType']);
    expect((await tableCounts(t)).ports).toBe((before.ports ?? 0) + 1);
    // Once the designation is withdrawn, the place may become a workplace.
    const fruit = await designationOf(site.id, 'FRUIT');
    await officer.post(`/api/v1/designations/${fruit.id}/status`, {
      version: fruit.version,
      status: 'withdrawn',
      effectiveDate: '2026-11-02',
      legalBasis: '撤销决定（测试）',
      reason: '不再作为指定监管场地',
    });
    const after = await edit('workplace', 'water');
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json<Port>()).toMatchObject({ placeKind: 'workplace', placeType: 'water' });
    // And a workplace cannot have it back.
    const withdrawn = await designationOf(site.id, 'FRUIT');
    const reinstated = await officer.post(`/api/v1/designations/${withdrawn.id}/status`, {
      version: withdrawn.version,
      status: 'approved',
      effectiveDate: '2026-11-03',
      legalBasis: '恢复决定（测试）',
      reason: '恢复指定',
    });
    expect(reinstated.json<ErrorBody>().error.code).toBe('DESIGNATION_PLACE_KIND');
  });

  it('suspends, reinstates and withdraws per category, keeping every step in the history', async () => {
    const port = await makePort(t, w.branchActor, {
      branch: w.branch,
      designations: ['MEAT', 'FRUIT', 'CHILLED_AQUATIC'],
    });
    const list = (await officer.get(`/api/v1/ports/${port.id}/designations`)).json<Designation[]>();
    expect(list.map((d) => d.categoryCode)).toEqual(['CHILLED_AQUATIC', 'FRUIT', 'MEAT']);
    const meat = await designationOf(port.id, 'MEAT');
    const body = {
      effectiveDate: '2026-11-02',
      legalBasis: '整改通知书',
      reason: '冷库温控不达标',
    };
    const suspended = await officer.post(`/api/v1/designations/${meat.id}/status`, {
      ...body,
      version: meat.version,
      status: 'suspended',
    });
    expect(suspended.json<Designation>()).toMatchObject({
      status: 'suspended',
      can: { reinstate: true, suspend: false },
    });
    // The other categories at the port are untouched.
    const after = (await officer.get(`/api/v1/ports/${port.id}/designations`)).json<
      Designation[]
    >();
    expect(after.map((d) => `${d.categoryCode}:${d.status}`)).toEqual([
      'CHILLED_AQUATIC:approved',
      'FRUIT:approved',
      'MEAT:suspended',
    ]);
    const reinstated = await officer.post(`/api/v1/designations/${meat.id}/status`, {
      ...body,
      version: meat.version + 1,
      status: 'approved',
      reason: '整改完成',
    });
    expect(reinstated.statusCode).toBe(200);
    const withdrawn = await officer.post(`/api/v1/designations/${meat.id}/status`, {
      ...body,
      version: meat.version + 2,
      status: 'withdrawn',
      reason: '企业退出',
    });
    expect(withdrawn.statusCode).toBe(200);
    const again = await officer.post(`/api/v1/designations/${meat.id}/status`, {
      ...body,
      version: meat.version + 3,
      status: 'suspended',
    });
    expect(again.statusCode).toBe(422);
    expect(again.json<ErrorBody>().error).toMatchObject({
      code: 'DESIGNATION_TRANSITION_INVALID',
      fields: { status: expect.any(String) },
    });
    const stale = await officer.post(`/api/v1/designations/${meat.id}/status`, {
      ...body,
      version: meat.version,
      status: 'approved',
    });
    expect(stale.statusCode).toBe(409);
    const history = (await officer.get(`/api/v1/designations/${meat.id}/history`)).json<
      DesignationHistoryEntry[]
    >();
    expect(history.map((h) => h.status)).toEqual([
      'withdrawn',
      'approved',
      'suspended',
      'approved',
    ]);
  });

  it('grants a new category once (409 the second time) and refuses an unknown category', async () => {
    const id = w.port.id;
    const body = {
      categoryCode: 'LOGS',
      effectiveDate: '2026-10-01',
      legalBasis: '海关总署公告',
      reason: null,
    };
    expect((await officer.post(`/api/v1/ports/${id}/designations`, body)).statusCode).toBe(201);
    const twice = await officer.post(`/api/v1/ports/${id}/designations`, body);
    expect(twice.statusCode).toBe(409);
    const unknown = await officer.post(`/api/v1/ports/${id}/designations`, {
      ...body,
      categoryCode: 'NOPE',
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json<ErrorBody>().error.fields).toHaveProperty('categoryCode');
    const badDate = await officer.post(`/api/v1/ports/${id}/designations`, {
      ...body,
      categoryCode: 'FRUIT',
      effectiveDate: '2026-02-30',
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json<ErrorBody>().error.fields).toHaveProperty('effectiveDate');
    expect(
      (await officer.get(`/api/v1/ports/${id}/designations`))
        .json<Designation[]>()
        .map((d) => d.categoryCode),
    ).toEqual(['LOGS']);
  });

  it("refuses a port officer granting, suspending, withdrawing or reinstating its own port's designations (403), changing nothing", async () => {
    const elsewhere = await makePort(t, w.branchActor, {
      branch: w.branch,
      designations: ['MEAT'],
    });
    // The world's port officer belongs to w.port; its branch officer grants that port one category.
    const meat = await officer.post(`/api/v1/ports/${w.port.id}/designations`, {
      categoryCode: 'MEAT',
      effectiveDate: '2026-10-01',
      legalBasis: '海关总署公告',
      reason: null,
    });
    expect(meat.statusCode).toBe(201);
    const portOfficer = await login(t, w.accounts.portOfficer);
    const own = meat.json<Designation>();
    // It reads its port and the designation, and is told it may decide none of them.
    const listed = (await portOfficer.get(`/api/v1/ports/${w.port.id}/designations`)).json<
      Designation[]
    >();
    expect(listed).toEqual([
      expect.objectContaining({
        id: own.id,
        can: { suspend: false, withdraw: false, reinstate: false },
      }),
    ]);
    const seen = (await portOfficer.get(`/api/v1/ports/${w.port.id}`)).json<Port>();
    expect(seen.can).toMatchObject({ update: true, designate: false });

    const before = await tableCounts(t);
    const grant = await portOfficer.post(`/api/v1/ports/${w.port.id}/designations`, {
      categoryCode: 'FRUIT',
      effectiveDate: '2026-10-01',
      legalBasis: '海关总署公告',
      reason: null,
    });
    expect(grant.statusCode).toBe(403);
    for (const status of ['suspended', 'withdrawn'] as const) {
      const res = await portOfficer.post(`/api/v1/designations/${own.id}/status`, {
        version: own.version,
        status,
        effectiveDate: '2026-11-02',
        legalBasis: '整改通知书',
        reason: '冷库温控不达标',
      });
      expect(res.statusCode).toBe(403);
    }
    expect(await tableCounts(t)).toEqual(before);
    expect((await officer.get(`/api/v1/designations/${own.id}/history`)).json()).toHaveLength(1);

    // Reinstating is the same decision: refused once the branch has suspended it.
    const suspended = await officer.post(`/api/v1/designations/${own.id}/status`, {
      version: own.version,
      status: 'suspended',
      effectiveDate: '2026-11-02',
      legalBasis: '整改通知书',
      reason: '冷库温控不达标',
    });
    expect(suspended.statusCode).toBe(200);
    const reinstate = await portOfficer.post(`/api/v1/designations/${own.id}/status`, {
      version: own.version + 1,
      status: 'approved',
      effectiveDate: '2026-12-01',
      legalBasis: '整改验收',
      reason: '整改完成',
    });
    expect(reinstate.statusCode).toBe(403);
    expect((await designationOf(w.port.id, 'MEAT')).status).toBe('suspended');
    // A port it does not belong to stays out of sight (404), not merely refused.
    const sibling = await designationOf(elsewhere.id, 'MEAT');
    expect((await portOfficer.get(`/api/v1/designations/${sibling.id}/history`)).statusCode).toBe(
      404,
    );
  });

  it('lists current approved designations publicly, filtered by category and province', async () => {
    const grainEast = await makePort(t, w.branchActor, {
      branch: w.branch,
      designations: ['GRAIN', 'MEAT'],
    });
    const grainWest = await makePort(t, w.branchActor, {
      branch: w.branch,
      designations: ['GRAIN'],
    });
    const grainOther = await makePort(t, w.otherBranchActor, {
      branch: w.otherBranch,
      designations: ['GRAIN', 'MEAT'],
    });
    const anon = await t.app.inject({
      method: 'GET',
      url: '/api/v1/public/designations?category=GRAIN',
    });
    expect(anon.statusCode).toBe(200);
    const page = anon.json<Page<PublicDesignation>>();
    expect(page.items.map((d) => d.portCode).sort()).toEqual(
      [grainEast.code, grainWest.code, grainOther.code].sort(),
    );
    expect(page.items[0]).toMatchObject({ categoryNameZh: '进境粮食', provinceCode: '440000' });
    const none = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/public/designations?provinceCode=310000',
      })
    ).json<Page<PublicDesignation>>();
    expect(none.total).toBe(0);
    const meat = await designationOf(grainEast.id, 'MEAT');
    const suspended = await officer.post(`/api/v1/designations/${meat.id}/status`, {
      version: meat.version,
      status: 'suspended',
      effectiveDate: '2026-11-02',
      legalBasis: '整改通知书',
      reason: '整改',
    });
    expect(suspended.statusCode, suspended.body).toBe(200);
    const meatList = (
      await t.app.inject({ method: 'GET', url: '/api/v1/public/designations?category=MEAT' })
    ).json<Page<PublicDesignation>>();
    expect(meatList.items.map((d) => d.portCode)).toEqual([grainOther.code]);
  });
});
