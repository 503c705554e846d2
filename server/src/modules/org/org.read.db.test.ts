import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, OrgUnit, Page } from '../../../../contracts/index.ts';
import { createTestApp, dbAvailable, login, type TestApp } from '../../../test/helpers.ts';
import {
  createWorld,
  makePort,
  makeUnit,
  uniqueCode,
  unitOf,
  type Unit,
  type World,
} from '../../../test/factories.ts';
import { sheetRows } from '../../../test/xlsx-upload.ts';

// Nothing here writes, so one world serves every test.
describe.skipIf(!dbAvailable)('org units: read and export', () => {
  let t: TestApp;
  let w: World;
  let branchOffice: Unit;
  /** What the export's filters pick out: two ports whose codes share a prefix nothing else in the world has. */
  let prefix: string;
  let exported: string[];
  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
    branchOffice = await makeUnit(t, { kind: 'office', parent: w.branch });
    prefix = uniqueCode('EXP');
    const as = w.otherBranchActor;
    exported = [
      (await makePort(t, as, { branch: w.otherBranch, code: `${prefix}-A` })).code,
      (await makePort(t, as, { branch: w.otherBranch, code: `${prefix}-B` })).code,
    ];
    // Matches the text but not the kind.
    await makeUnit(t, { kind: 'office', parent: w.otherBranch, code: `${prefix}-OFF` });
  });
  afterAll(async () => t.close());

  it('shows a branch officer only its branch', async () => {
    const officer = await login(t, w.accounts.branchOfficer);
    const list = (await officer.get('/api/v1/org-units?pageSize=200')).json<Page<OrgUnit>>();
    expect(list.items.map((u) => u.code).sort()).toEqual(
      [w.branch.code, branchOffice.code, w.port.code, w.siblingPort.code].sort(),
    );
    expect(list.total).toBe(4);
  });

  it("answers 404 for another branch's unit", async () => {
    const officer = await login(t, w.accounts.branchOfficer);
    const res = await officer.get(`/api/v1/org-units/${(await unitOf(t, w.otherPort)).id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json<ErrorBody>().error.code).toBe('NOT_FOUND');
    const unknown = await officer.get('/api/v1/org-units/01900000-0000-7000-8000-000000000000');
    expect(unknown.body).toBe(res.body);
  });

  it('exports the filtered list as an Excel workbook', async () => {
    const sysadmin = await login(t, w.accounts.sysadmin);
    const res = await sysadmin.get(`/api/v1/org-units/export?kind=port&q=${prefix}`, {
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
    ).toEqual(exported.sort());
  });
});
