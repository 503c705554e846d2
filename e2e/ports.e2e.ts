import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { account, baseUrl, e2eAvailable, launch, seriousViolations } from './support.ts';

/**
 * The port register in the browser: a branch officer creates a port of the branch, then suspends one of
 * an existing port's designated site categories, with legal basis and reason, and finds it in the history.
 */
describe.skipIf(!e2eAvailable)('ports and designations in the browser', () => {
  let browser: Browser;
  const code = `P-E2E-${Date.now().toString(36).toUpperCase()}`;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  async function signIn(page: Page, username: string, password: string) {
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
  }

  async function pick(page: Page, label: string, option: string) {
    await page.getByRole('dialog').getByLabel(label, { exact: true }).click();
    await page.keyboard.type(option.slice(0, 2));
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
  }

  it('a branch officer creates a port of the branch', async () => {
    const officer = account('branch.harbour');
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await signIn(page, officer.username, officer.password);
    await expect.poll(() => page.getByTestId('nav-ports').isVisible(), { timeout: 15_000 }).toBe(true);
    await page.getByTestId('nav-ports').click();
    await expect.poll(() => page.getByTestId('port-row-P-SEA-EAST').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('port-create').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('代码', { exact: true }).fill(code);
    await page.getByTestId('port-branch').click();
    await page.keyboard.type('BR-HARBOUR');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '(BR-HARBOUR)' }).first().click();
    await dialog.getByLabel('中文名称').fill('端到端测试口岸');
    await dialog.getByLabel('英文名称').fill('End-to-end Port');
    await pick(page, '运输方式', '海运');
    await page.keyboard.press('Escape');
    await pick(page, '省份', '广东省');
    await pick(page, '城市', '深圳市');
    await dialog.getByLabel('纬度').fill('22.5');
    await dialog.getByLabel('经度').fill('114.1');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: '确定' }).click();

    await expect.poll(() => page.getByTestId(`port-row-${code}`).isVisible(), { timeout: 15_000 }).toBe(true);
    await page.getByTestId(`port-open-${code}`).click();
    await expect.poll(() => page.getByTestId('port-overview').textContent(), { timeout: 15_000 }).toContain('端到端测试口岸');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('a branch officer suspends one designated category and finds it in the history', async () => {
    const officer = account('branch.harbour');
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await signIn(page, officer.username, officer.password);
    await expect.poll(() => page.getByTestId('nav-ports').isVisible(), { timeout: 15_000 }).toBe(true);
    await page.getByTestId('nav-ports').click();
    await page.getByTestId('port-open-P-SEA-EAST').click();
    await page.getByTestId('port-tab-designations').click();
    await expect.poll(() => page.getByTestId('designation-suspend-FRUIT').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('designation-suspend-FRUIT').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('依据').fill('端到端测试：现场核查通知');
    await dialog.getByLabel('原因').fill('冷处理设施认证过期，暂停进境水果指定');
    await dialog.getByRole('button', { name: '确定' }).click();

    const row = page.getByTestId('designation-row-FRUIT');
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain('暂停');
    await expect.poll(() => page.getByTestId('designation-reinstate-FRUIT').isVisible(), { timeout: 15_000 }).toBe(true);
    await page.getByTestId('designation-history-FRUIT').click();
    await expect.poll(() => page.getByText('冷处理设施认证过期，暂停进境水果指定').first().isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
