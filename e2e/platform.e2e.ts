import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { account, e2eAvailable, launch, seriousViolations, signIn } from './support.ts';

/**
 * The platform's first-day story: the system administrator creates a branch and its officer; the officer
 * signs in, must change the temporary password, and sees only that branch; the auditor finds the grant.
 */
describe.skipIf(!e2eAvailable)('platform core in the browser', () => {
  let browser: Browser;
  const code = `BR-E2E-${Date.now().toString(36).toUpperCase()}`;
  const officer = `e2e.officer${Date.now().toString(36)}`;
  const temporary = 'Temp-pass-2026';
  const chosen = 'Chosen-pass-2026!';

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  async function expectAccessible(page: Page) {
    expect(await seriousViolations(page)).toEqual([]);
  }

  async function pickTreeOption(page: Page, testId: string, unitCode: string) {
    await page.getByTestId(testId).click();
    await page.keyboard.type(unitCode);
    await page
      .locator('.ant-select-tree-node-content-wrapper', { hasText: `(${unitCode})` })
      .first()
      .click();
  }

  it('a system administrator creates a branch and its officer', async () => {
    const sys = account('sysadmin');
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await signIn(page, sys.username, sys.password, sys.totpSecret);
    await expect
      .poll(() => page.getByTestId('nav-org').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await expectAccessible(page);

    await page.getByTestId('nav-org').click();
    await page.getByTestId('org-add-child-GONGBEI').click();
    await page.getByLabel('代码').fill(code);
    await page.getByLabel('中文名称').fill('端到端测试海关');
    await page.getByLabel('英文名称').fill('End-to-end Branch');
    await page.getByRole('button', { name: '确定' }).click();
    await expect
      .poll(() => page.getByTestId(`org-row-${code}`).isVisible(), { timeout: 15_000 })
      .toBe(true);
    await expectAccessible(page);

    await page.getByTestId('nav-users').click();
    await page.getByTestId('user-create').click();
    await page.getByTestId('user-username').fill(officer);
    await page.getByTestId('user-display-name').fill('端到端关员');
    await pickTreeOption(page, 'user-org-unit', code);
    await page.getByTestId('user-initial-password').fill(temporary);
    await page.getByRole('dialog').getByLabel('角色', { exact: true }).click();
    await page.locator('.ant-select-item-option', { hasText: '隶属海关业务人员' }).click();
    await page.getByRole('button', { name: '确定' }).click();
    await expect
      .poll(() => page.getByTestId(`user-row-${officer}`).isVisible(), { timeout: 15_000 })
      .toBe(true);
    await expectAccessible(page);
    await page.context().close();
  });

  it('the new officer must change the temporary password, then sees only that branch', async () => {
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await signIn(page, officer, temporary);
    await expect
      .poll(() => page.getByTestId('password-new').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await expectAccessible(page);
    await page.getByTestId('password-current').fill(temporary);
    await page.getByTestId('password-new').fill(chosen);
    await page.getByTestId('password-confirm').fill(chosen);
    await page.getByTestId('password-submit').click();

    await expect
      .poll(() => page.getByTestId('nav-org').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await expect(page.getByTestId('nav-users').count()).resolves.toBe(0);
    await page.getByTestId('nav-org').click();
    await expect
      .poll(() => page.getByTestId(`org-tree-${code}`).isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(await page.getByTestId('org-tree-BR-GAOLAN').count()).toBe(0);
    expect(await page.getByTestId('org-tree-DEMO').count()).toBe(0);
    await expectAccessible(page);
    await page.context().close();
  });

  it('the auditor sees the grant in the audit trail', async () => {
    const auditor = account('auditor');
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await signIn(page, auditor.username, auditor.password, auditor.totpSecret);
    await expect
      .poll(() => page.getByTestId('nav-audit').isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(await page.getByTestId('nav-org').count()).toBe(0);
    await page.getByTestId('nav-audit').click();
    await expect
      .poll(() => page.getByText('授予角色', { exact: true }).first().isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    // The row names the action in words, keeps its code beside it, and opens on a readable diff.
    const row = page.locator('[data-testid^="audit-row-"]', { hasText: '授予角色' }).first();
    expect(await row.getByText('grant.create').count()).toBe(1);
    await row.locator('[data-testid^="audit-expand-"]').click();
    const diff = page.locator('[data-testid^="audit-diff-"]').first();
    await expect.poll(() => diff.getByText('角色', { exact: true }).count()).toBeGreaterThan(0);
    await page.locator('[data-testid^="audit-raw-"]').first().click();
    await expect
      .poll(() => page.getByLabel('变更后', { exact: true }).first().textContent())
      .toContain('"role"');
    await expectAccessible(page);
    await page.getByTestId('audit-verify').click();
    await expect
      .poll(() => page.getByTestId('audit-verify-result').textContent(), { timeout: 15_000 })
      .toContain('哈希链完整');
    await page.context().close();
  });
});
