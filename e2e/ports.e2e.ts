import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { FACILITY_IMPORT_COLUMNS } from '../contracts/index.ts';
import { account, baseUrl, e2eAvailable, launch, seriousViolations, signIn } from './support.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The port register in the browser: a branch officer creates a port of the branch, suspends one of an
 * existing port's designated site categories, with legal basis and reason, and finds it in the history;
 * then imports facilities from an xlsx with one bad row (shown, nothing applied), fixes it and imports again.
 */
describe.skipIf(!e2eAvailable)('ports and designations in the browser', () => {
  let browser: Browser;
  const code = `P-E2E-${Date.now().toString(36).toUpperCase()}`;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  async function pick(page: Page, label: string, option: string) {
    await page.getByRole('dialog').getByLabel(label, { exact: true }).click();
    await page.keyboard.type(option.slice(0, 2));
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
      .first()
      .click();
  }

  it('the facility working group sees which ports lack which required facility types', async () => {
    const member = account('wg.facility');
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await signIn(page, member.username, member.password);
    await expect
      .poll(() => page.getByTestId('nav-gaps').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await page.getByTestId('nav-gaps').click();
    await expect
      .poll(() => page.locator('[data-testid^="gap-row-"]').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const missing = Number(
      (
        await page.getByTestId('gaps-missing').locator('.ant-statistic-content-value').textContent()
      )?.replace(/\D/g, ''),
    );
    expect(missing).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('a branch officer opens a new-category project, which starts at the planning gate', async () => {
    const officer = account('branch.gaolan');
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await signIn(page, officer.username, officer.password);
    await expect
      .poll(() => page.getByTestId('nav-projects').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await page.getByTestId('nav-projects').click();
    await page.getByTestId('project-create').click();
    const dialog = page.getByRole('dialog');
    await page.getByTestId('project-port').click();
    await page.keyboard.type('GL-GRAIN');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'GL-GRAIN' })
      .first()
      .click();
    const title = `高栏港区进境水果指定监管场地 ${Date.now().toString(36)}`;
    await dialog.getByLabel('项目名称').fill(title);
    await pick(page, '涉及的指定监管类别', '进境水果');
    await page.keyboard.press('Escape');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect
      .poll(() => page.getByTestId('projects-column-planning').getByText(title).isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    await page.context().close();
  });

  it('the map of ports opens fitted to the ports, names a port on hover and focus, and zooms with the wheel', async () => {
    const officer = account('office');
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await signIn(page, officer.username, officer.password);
    await page.getByTestId('user-menu').waitFor({ timeout: 15_000 });
    const mapped = (
      (await (await page.request.get(`${baseUrl}/api/v1/ports/map`)).json()) as {
        code: string;
        nameZh: string;
        latitude: number | null;
      }[]
    ).filter((p) => p.latitude !== null);
    expect(mapped.length).toBeGreaterThan(1);
    await page.goto(`${baseUrl}/ports`);
    await page.getByTestId('ports-tab-map').click();
    const map = page.getByTestId('ports-map');
    const targets = page.locator('[data-testid^="port-map-target-"]');
    // Every port with coordinates is placed on the map, inside its drawn area.
    await expect.poll(() => targets.count(), { timeout: 15_000 }).toBe(mapped.length);
    const area = await map.boundingBox();
    if (!area) throw new Error('the map is not on screen');
    const centre = async (code: string) => {
      const box = await page.getByTestId(`port-map-target-${code}`).boundingBox();
      if (!box) throw new Error(`${code} is not on the map`);
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    // Fitted, not the whole country: once drawn, the ports spread over a good part of the map.
    const spread = async () => {
      const at = await Promise.all(mapped.map((p) => centre(p.code)));
      const xs = at.map((s) => s.x);
      const ys = at.map((s) => s.y);
      return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    };
    await expect.poll(spread, { timeout: 15_000 }).toBeGreaterThan(area.height / 3);
    const spots = await Promise.all(mapped.map((p) => centre(p.code)));
    for (const spot of spots) {
      expect(spot.x).toBeGreaterThan(area.x);
      expect(spot.x).toBeLessThan(area.x + area.width);
      expect(spot.y).toBeGreaterThan(area.y);
      expect(spot.y).toBeLessThan(area.y + area.height);
    }
    expect(await seriousViolations(page)).toEqual([]);

    // The port farthest from the others, so the pointer over it is over it alone.
    const [west] = [...mapped].sort((a, b) => {
      const spread = (code: string) => {
        const s = spots[mapped.findIndex((p) => p.code === code)] ?? { x: 0, y: 0 };
        return Math.min(
          ...spots.filter((o) => o !== s).map((o) => Math.hypot(o.x - s.x, o.y - s.y)),
        );
      };
      return spread(b.code) - spread(a.code);
    });
    if (!west) throw new Error('no port');
    const tooltip = page.locator('.port-map-tooltip');
    // Each try points at where the port is now, should the map still be settling on its width.
    await expect
      .poll(
        async () => {
          const at = await centre(west.code);
          await page.mouse.move(at.x, at.y);
          return (await tooltip.count()) > 0 ? tooltip.first().textContent() : '';
        },
        { timeout: 15_000 },
      )
      .toContain(west.nameZh);
    // The keyboard reaches a port too, and its focus shows the same name.
    await page.mouse.move(area.x + 4, area.y + 4);
    const other = mapped.find((p) => p.code !== west.code);
    if (!other) throw new Error('no second port');
    await page.getByTestId(`port-map-target-${other.code}`).focus();
    await expect
      .poll(() => tooltip.first().textContent(), { timeout: 15_000 })
      .toContain(other.nameZh);

    // The wheel over the map zooms in about the pointer: the other ports move away from it.
    const [a, b] = [west.code, other.code];
    const gap = async () => {
      const [p, q] = [await centre(a), await centre(b)];
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    const before = await gap();
    const from = await centre(a);
    await page.mouse.move(from.x, from.y);
    for (let i = 0; i < 3; i += 1) await page.mouse.wheel(0, -200);
    await expect.poll(gap, { timeout: 15_000 }).toBeGreaterThan(before * 1.2);
    expect(await page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY)).toBe(
      0,
    );
    // The − button zooms back out, and the fit button puts every port back in view.
    const zoomed = await gap();
    await page.getByTestId('ports-map-zoom-out').click();
    await expect.poll(gap, { timeout: 15_000 }).toBeLessThan(zoomed * 0.8);
    await page.getByTestId('ports-map-fit').click();
    await expect.poll(() => targets.count(), { timeout: 15_000 }).toBe(mapped.length);
    await page.context().close();
  });

  it('a branch officer creates a port of the branch', async () => {
    const officer = account('branch.gaolan');
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await signIn(page, officer.username, officer.password);
    await expect
      .poll(() => page.getByTestId('nav-ports').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await page.getByTestId('nav-ports').click();
    await expect
      .poll(() => page.getByTestId('port-row-GL-DS').isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('port-create').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('代码', { exact: true }).fill(code);
    await page.getByTestId('port-branch').click();
    await page.keyboard.type('BR-GAOLAN');
    await page
      .locator('.ant-select-tree-node-content-wrapper', { hasText: '(BR-GAOLAN)' })
      .first()
      .click();
    await dialog.getByLabel('中文名称').fill('端到端测试口岸');
    await dialog.getByLabel('英文名称').fill('End-to-end Port');
    // A cargo terminal is a supervision workplace, by the transport it serves.
    // The kind has a value already (a designated site), which covers the select's own input.
    await dialog.getByLabel('场所类型', { exact: true }).click({ force: true });
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '监管作业场所' })
      .first()
      .click();
    await pick(page, '场所细类', '水路运输类');
    await pick(page, '运输方式', '海运');
    await page.keyboard.press('Escape');
    await pick(page, '省份', '广东省');
    await pick(page, '城市', '珠海市');
    await dialog.getByLabel('纬度').fill('21.95');
    await dialog.getByLabel('经度').fill('113.25');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: '确定' }).click();

    await expect
      .poll(() => page.getByTestId(`port-row-${code}`).isVisible(), { timeout: 15_000 })
      .toBe(true);
    await page.getByTestId(`port-open-${code}`).click();
    await expect
      .poll(() => page.getByTestId('port-overview').textContent(), { timeout: 15_000 })
      .toContain('端到端测试口岸');
    expect(await page.getByTestId('port-overview').textContent()).toContain(
      '监管作业场所·水路运输类',
    );
    // A workplace takes no designations: the tab says so and offers none.
    await page.getByTestId('port-tab-designations').click();
    await expect
      .poll(() => page.getByText('不是指定监管场地').isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(await page.getByTestId('designation-grant').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('a branch officer suspends one designated category and finds it in the history', async () => {
    const officer = account('branch.gaolan');
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await signIn(page, officer.username, officer.password);
    await expect
      .poll(() => page.getByTestId('nav-ports').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await page.getByTestId('nav-ports').click();
    await page.getByTestId('port-open-GL-DS').click();
    await page.getByTestId('port-tab-designations').click();
    await expect
      .poll(() => page.getByTestId('designation-suspend-FRUIT').isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('designation-suspend-FRUIT').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('依据').fill('端到端测试：现场核查通知');
    await dialog.getByLabel('原因').fill('冷处理设施认证过期，暂停进境水果指定');
    await dialog.getByRole('button', { name: '确定' }).click();

    const row = page.getByTestId('designation-row-FRUIT');
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain('暂停');
    await expect
      .poll(() => page.getByTestId('designation-reinstate-FRUIT').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await page.getByTestId('designation-history-FRUIT').click();
    await expect
      .poll(() => page.getByText('冷处理设施认证过期，暂停进境水果指定').first().isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  /** Facilities in the signed-in user's scope whose functional area or port code contains `q`. */
  async function facilityCount(page: Page, q?: string): Promise<number> {
    const response = await page.request.get(`${baseUrl}/api/v1/facilities`, {
      params: { pageSize: 1, ...(q ? { q } : {}) },
    });
    expect(response.status()).toBe(200);
    return ((await response.json()) as { total: number }).total;
  }

  /** A workbook with the template's header row (fetched as the signed-in user) and the given rows. */
  async function facilityWorkbook(
    page: Page,
    rows: Record<string, string | number | null>[],
  ): Promise<Buffer> {
    const template = await page.request.get(`${baseUrl}/api/v1/facilities/import/template`);
    expect(template.status()).toBe(200);
    const source = new ExcelJS.Workbook();
    await source.xlsx.load(new Uint8Array(await template.body()).buffer);
    const header: string[] = [];
    source.worksheets[0]!.getRow(1).eachCell((cell) => header.push(cell.text));
    // The template names its columns in the page's language, in the import's column order.
    expect(header.slice(0, 3)).toEqual(['口岸代码', '设施类型代码', '功能区']);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('facilities');
    sheet.addRow(header);
    for (const row of rows) sheet.addRow(FACILITY_IMPORT_COLUMNS.map((key) => row[key] ?? null));
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('a branch officer imports facilities: a bad row is shown and nothing applied, then the fixed file applies', async () => {
    const officer = account('branch.gaolan');
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await signIn(page, officer.username, officer.password);
    await expect
      .poll(() => page.getByTestId('nav-facilities').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await page.getByTestId('nav-facilities').click();
    await expect
      .poll(() => page.getByTestId('facilities-import').isVisible(), { timeout: 15_000 })
      .toBe(true);

    const area = `E2E导入${Date.now().toString(36).toUpperCase()}`;
    const good = {
      portCode: 'GL-DS',
      typeCode: 'COLD_STORE',
      functionalArea: `${area}-冷库`,
      quantity: 1,
      capacity: 800,
      commissionedDate: '2024-05-01',
      status: 'in_service',
    };
    const bad = { ...good, typeCode: 'NO_SUCH_TYPE', functionalArea: `${area}-查验` };
    const before = await facilityCount(page);

    await page.getByTestId('facilities-import').click();
    const dialog = page.getByTestId('import-dialog');
    await expect
      .poll(() => dialog.getByTestId('import-template').isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    const input = dialog.getByTestId('import-upload').locator('input[type=file]');
    await input.setInputFiles({
      name: 'facilities.xlsx',
      mimeType: XLSX,
      buffer: await facilityWorkbook(page, [good, bad]),
    });
    await expect
      .poll(() => dialog.getByTestId('import-problems').isVisible(), { timeout: 15_000 })
      .toBe(true);
    const problem = dialog.getByTestId('import-problem-3-typeCode');
    expect(await problem.textContent()).toContain('设施类型不存在');
    expect(await problem.locator('td').first().textContent()).toBe('3');
    expect(await dialog.getByTestId('import-problems').textContent()).toContain('未导入任何数据');
    expect(await dialog.locator('tr[data-testid^="import-problem-"]').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await facilityCount(page)).toBe(before);
    expect(await facilityCount(page, area)).toBe(0);

    await input.setInputFiles({
      name: 'facilities-fixed.xlsx',
      mimeType: XLSX,
      buffer: await facilityWorkbook(page, [good, { ...bad, typeCode: 'COLD_STORE' }]),
    });
    await expect
      .poll(() => dialog.getByTestId('import-success').textContent(), { timeout: 15_000 })
      .toContain('已导入 2 行');
    expect(await dialog.getByTestId('import-problems').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await facilityCount(page)).toBe(before + 2);

    // The same rows again: both are recorded already, so nothing is written until the officer chooses.
    await input.setInputFiles({
      name: 'facilities-again.xlsx',
      mimeType: XLSX,
      buffer: await facilityWorkbook(page, [good, { ...bad, typeCode: 'COLD_STORE', quantity: 3 }]),
    });
    await expect
      .poll(() => dialog.getByTestId('import-existing').isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(await dialog.getByTestId('import-existing-count').textContent()).toContain('2 行已存在');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByTestId('import-existing-update').click();
    await dialog.getByTestId('import-existing-apply').click();
    await expect
      .poll(() => dialog.getByTestId('import-success').textContent(), { timeout: 15_000 })
      .toContain('更新 2 行');
    expect(await facilityCount(page)).toBe(before + 2);
    await dialog.getByTestId('import-close').click();

    await page.getByLabel('关键字').fill(area);
    await page
      .getByRole('button', { name: '查 询' })
      .or(page.getByRole('button', { name: '查询' }))
      .first()
      .click();
    const rows = page.locator('[data-testid^="facility-row-"]');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    expect(await rows.filter({ hasText: `${area}-冷库` }).count()).toBe(1);
    expect(await rows.filter({ hasText: `${area}-查验` }).count()).toBe(1);
    await page.context().close();
  });
});
