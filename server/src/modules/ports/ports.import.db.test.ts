import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PORT_IMPORT_COLUMNS,
  type ImportReport,
  type Page,
  type Port,
} from '../../../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  tableCounts,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import { createWorld, uniqueCode, type World } from '../../../test/factories.ts';
import { postUpload, xlsxUpload } from '../../../test/xlsx-upload.ts';

const URL = '/api/v1/ports/import';

/** One port row in the template's column order. */
const portRow = (
  code: string,
  branchCode: string,
  fields: { modes?: string; latitude?: number | null; longitude?: number | null } = {},
) => [
  code,
  branchCode,
  `测试口岸${code}`,
  `Test port ${code}`,
  fields.modes ?? 'sea',
  'II',
  '440000',
  '440300',
  fields.latitude === undefined ? 22.5 : fields.latitude,
  fields.longitude === undefined ? 113.9 : fields.longitude,
  'planned',
  null,
];

describe.skipIf(!dbAvailable)('ports.import', () => {
  let t: TestApp;
  let w: World;
  let officer: Agent;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
    officer = await login(t, w.accounts.branchOfficer);
  });
  afterEach(async () => t.close());

  it('creates every port with its org unit, or none when a row is wrong', async () => {
    const code = uniqueCode('T-SOUTH');
    const good = portRow(code, w.branch.code, { modes: 'sea, passenger' });
    // North of China's bounding box.
    const far = portRow(uniqueCode('T-FAR'), w.branch.code, { latitude: 60 });
    // A branch out of the officer's reach.
    const other = portRow(uniqueCode('T-OTHER'), w.otherBranch.code, {
      modes: 'air',
      latitude: null,
      longitude: null,
    });
    const before = await tableCounts(t);
    const bad = await postUpload(
      officer,
      URL,
      await xlsxUpload(PORT_IMPORT_COLUMNS, [good, far, other, good]),
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json<ImportReport>().problems.map((p) => `${p.row}:${p.column}`)).toEqual([
      '3:latitude',
      '4:branchCode',
      '5:code',
    ]);
    expect(await tableCounts(t)).toEqual(before);

    const ok = await postUpload(officer, URL, await xlsxUpload(PORT_IMPORT_COLUMNS, [good]));
    expect(ok.json<ImportReport>()).toEqual({ applied: 1, problems: [] });
    const after = await tableCounts(t);
    expect({ ports: after.ports, orgUnits: after.orgUnits }).toEqual({
      ports: (before.ports ?? 0) + 1,
      orgUnits: (before.orgUnits ?? 0) + 1,
    });
    const list = (await officer.get(`/api/v1/ports?q=${code}`)).json<Page<Port>>();
    expect(list.items).toEqual([
      expect.objectContaining({ code, branchId: w.branch.id, modes: ['sea', 'passenger'] }),
    ]);
  });
});
