import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
import {
  codesByHeader,
  postUpload,
  rowValues,
  templateBook,
  xlsxUpload,
} from '../../../test/xlsx-upload.ts';
import { portsRepository } from './ports.repository.ts';

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

  it('takes the kind of place a row gives, infers it from the modes when blank, and refuses a type of another kind', async () => {
    const hall = uniqueCode('T-HALL');
    const mail = uniqueCode('T-MAIL');
    const rows = [
      [...portRow(hall, w.branch.code, { modes: 'passenger' })],
      [...portRow(mail, w.branch.code, { modes: 'mail' }), 'workplace', 'mail'],
    ];
    const refused = await postUpload(officer, URL, await xlsxUpload(PORT_IMPORT_COLUMNS, rows));
    expect(refused.json<ImportReport>().problems.map((p) => `${p.row}:${p.column}`)).toEqual([
      '3:placeType',
    ]);
    rows[1] = [...portRow(mail, w.branch.code, { modes: 'mail' }), 'centralised_site', 'mail'];
    const ok = await postUpload(officer, URL, await xlsxUpload(PORT_IMPORT_COLUMNS, rows));
    expect(ok.json<ImportReport>()).toEqual({ applied: 2, problems: [] });
    const kinds = (await officer.get('/api/v1/ports?pageSize=200'))
      .json<Page<Port>>()
      .items.filter((p) => p.code === hall || p.code === mail)
      .map((p) => `${p.code}:${p.placeKind}:${p.placeType}`);
    expect(kinds.sort()).toEqual(
      [`${hall}:centralised_site:passenger`, `${mail}:centralised_site:mail`].sort(),
    );
  });

  it("serves a template in the caller's language with the codes sheet, drop-downs and an example row", async () => {
    const zh = await templateBook((await officer.get(`${URL}/template`)).rawPayload);
    const sheet = zh.worksheets[0]!;
    expect(rowValues(sheet.getRow(1)).slice(0, 5)).toEqual([
      '口岸代码',
      '隶属海关代码',
      '中文名称',
      '英文名称',
      '运输方式',
    ]);
    expect(sheet.getCell('A1').note).toBeTruthy();
    expect(rowValues(sheet.getRow(2))[0]).toBe('P-NEW');
    const codes = codesByHeader(zh.getWorksheet('代码表')!);
    // Only the branches this officer may add ports under.
    expect(codes.get('隶属海关代码')?.map(([code]) => code)).toEqual([w.branch.code]);
    expect(codes.get('运输方式')).toContainEqual(['sea', '海运']);
    expect(codes.get('口岸类别')).toEqual([
      ['I', '一类口岸'],
      ['II', '二类口岸'],
    ]);
    expect(codes.get('省级代码')).toContainEqual(['440000', expect.any(String)]);
    // Several modes fit in one cell, so that drop-down warns instead of refusing.
    expect(sheet.getCell('E2').dataValidation).toMatchObject({
      type: 'list',
      errorStyle: 'information',
    });
    expect(sheet.getCell('K1000').dataValidation).toMatchObject({
      type: 'list',
      errorStyle: 'stop',
    });
    const en = await templateBook(
      (await officer.get(`${URL}/template`, { 'accept-language': 'en' })).rawPayload,
    );
    expect(rowValues(en.worksheets[0]!.getRow(1)).slice(0, 2)).toEqual([
      'Port code',
      'Branch code',
    ]);
    expect(codesByHeader(en.getWorksheet('Codes')!).get('Status')).toContainEqual([
      'planned',
      'Planned',
    ]);
  });

  it('reads a header written in either language', async () => {
    const code = uniqueCode('T-LABEL');
    const res = await postUpload(
      officer,
      URL,
      await xlsxUpload(
        [
          '口岸代码',
          'Branch code',
          '中文名称',
          '英文名称',
          'Modes',
          '口岸类别',
          '省级代码',
          '地级市代码',
          '纬度',
          '经度',
          '状态',
          '开放日期',
        ],
        [portRow(code, w.branch.code)],
      ),
    );
    expect(res.json<ImportReport>()).toEqual({ applied: 1, problems: [] });
  });

  it("reports a format, a reference and a rule error together, only in the caller's language", async () => {
    const before = await tableCounts(t);
    const rows = [
      portRow(uniqueCode('T-FMT'), w.branch.code, { latitude: 'north' as unknown as number }),
      portRow(uniqueCode('T-REF'), 'BR-NOWHERE'),
      portRow('T-TWICE', w.branch.code),
      portRow('T-TWICE', w.branch.code),
      // A malformed cell does not hide the row's other problems.
      portRow(uniqueCode('T-BOTH'), 'BR-NOWHERE', { longitude: 'east' as unknown as number }),
    ];
    const en = await postUpload(officer, URL, await xlsxUpload(PORT_IMPORT_COLUMNS, rows), {
      'accept-language': 'en',
    });
    expect(en.statusCode).toBe(422);
    const problems = en.json<ImportReport>().problems;
    expect(problems.map((p) => `${p.row}:${p.column}`)).toEqual([
      '2:latitude',
      '3:branchCode',
      '5:code',
      '6:longitude',
      '6:branchCode',
    ]);
    expect(problems.some((p) => /[\u4e00-\u9fff]/.test(p.message))).toBe(false);
    expect(await tableCounts(t)).toEqual(before);
  });

  it('reports ports already recorded and skips or updates them as chosen (audited), all in one transaction', async () => {
    const code = uniqueCode('T-AGAIN');
    await postUpload(
      officer,
      URL,
      await xlsxUpload(PORT_IMPORT_COLUMNS, [portRow(code, w.branch.code)]),
    );
    const fresh = uniqueCode('T-FRESH');
    const renamed = portRow(code, w.branch.code, { modes: 'sea, rail' });
    renamed[2] = '改名口岸';
    const file = await xlsxUpload(PORT_IMPORT_COLUMNS, [renamed, portRow(fresh, w.branch.code)]);
    const before = await tableCounts(t);

    const asked = await postUpload(officer, URL, file);
    expect(asked.statusCode).toBe(409);
    expect(asked.json<ImportReport>()).toEqual({
      applied: 0,
      problems: [],
      existing: [{ row: 2, key: code }],
    });
    expect(await tableCounts(t)).toEqual(before);

    // A failure while updating takes the new port's insert with it.
    const failing = vi
      .spyOn(portsRepository, 'update')
      .mockRejectedValueOnce(new Error('disk full'));
    const broken = await postUpload(officer, `${URL}?onExisting=update`, file);
    failing.mockRestore();
    expect(broken.statusCode).toBe(500);
    expect(await tableCounts(t)).toEqual(before);

    const skipped = await postUpload(officer, `${URL}?onExisting=skip`, file);
    expect(skipped.json<ImportReport>()).toMatchObject({ applied: 1, skipped: 1, updated: 0 });
    const unchanged = (await officer.get(`/api/v1/ports?q=${code}`)).json<Page<Port>>().items;
    expect(unchanged).toEqual([expect.objectContaining({ code, modes: ['sea'], version: 1 })]);

    const updated = await postUpload(officer, `${URL}?onExisting=update`, file);
    expect(updated.json<ImportReport>()).toMatchObject({ applied: 2, skipped: 0, updated: 2 });
    const after = await tableCounts(t);
    expect(after.ports).toBe((before.ports ?? 0) + 1);
    const [port] = (await officer.get(`/api/v1/ports?q=${code}`)).json<Page<Port>>().items;
    expect(port).toMatchObject({ code, nameZh: '改名口岸', modes: ['sea', 'rail'], version: 2 });
    const audits = await t.ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', '=', 'port.update')
      .where('entityId', '=', port!.id)
      .execute();
    expect(audits).toHaveLength(1);
  });
});
