import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { account, baseUrl, seriousViolations, signIn, type PageGlobals } from './support.ts';

/** What the standards flows read back through the API. */
export type Item = {
  id: string;
  itemCode: string;
  aspect: string;
  automatic: boolean;
  result: string | null;
  version: number;
};
export type Assessment = { id: string; version: number; status: string; items: Item[] };

/**
 * Signed-in pages for several demo users in one browser, each kept for the whole flow, with writes and reads
 * through the API under the page's own session (as the web client makes them).
 */
export function browserSessions(browser: () => Browser) {
  const pages = new Map<string, Page>();
  const csrf = new Map<Page, string>();

  /** The user's page, signed in through the login page the first time. */
  async function as(username: string): Promise<Page> {
    const known = pages.get(username);
    if (known) return known;
    const user = account(username);
    const page = await (await browser().newContext({ locale: 'zh-CN' })).newPage();
    await signIn(page, user.username, user.password);
    await expect
      .poll(() => page.getByTestId('user-menu').isVisible(), { timeout: 15_000 })
      .toBe(true);
    pages.set(username, page);
    return page;
  }

  /** A write through the API with the page's own session and CSRF token (from /auth/me, as the web client takes it). */
  async function write(
    page: Page,
    method: 'POST' | 'PUT',
    path: string,
    data: unknown,
  ): Promise<unknown> {
    if (!csrf.has(page))
      csrf.set(
        page,
        (
          (await (await page.request.get(`${baseUrl}/api/v1/auth/me`)).json()) as {
            csrfToken: string;
          }
        ).csrfToken,
      );
    const response = await page.request.fetch(`${baseUrl}/api/v1${path}`, {
      method,
      data,
      headers: { 'x-csrf-token': csrf.get(page) ?? '' },
    });
    expect(response.status(), `${method} ${path}: ${await response.text()}`).toBe(200);
    return response.json();
  }

  const read = async (page: Page, path: string): Promise<Assessment> =>
    (await (await page.request.get(`${baseUrl}/api/v1${path}`)).json()) as Assessment;

  return { as, write, read };
}

/** A sidebar entry under 规范化建设, opening the group first when it is closed. */
export async function navigate(page: Page, key: string) {
  const entry = page.getByTestId(`nav-${key}`);
  if (!(await entry.isVisible())) await page.getByTestId('nav-standards').click();
  await entry.click();
}

export async function pickOption(page: Page, testId: string, typed: string, option: string) {
  await page.getByTestId(testId).click();
  if (typed) await page.keyboard.type(typed);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

export const confirmPopover = (page: Page) =>
  page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
export const dialogOk = (page: Page) =>
  page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
export const status = (page: Page) => page.getByTestId('assessment-status').textContent();
export const score = async (page: Page) =>
  Number(((await page.getByTestId('assessment-score').textContent()) ?? '').replace(/[^\d.]/g, ''));

export async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

/** The open dialog alone, at rest (the assessment page behind it, checked once, is large). */
export async function expectDialogAccessible(page: Page) {
  await page.waitForFunction(
    () =>
      (globalThis as unknown as PageGlobals).document
        .getAnimations()
        .every(
          (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
        ),
    undefined,
    { timeout: 10_000 },
  );
  const result = await new AxeBuilder({ page }).include('.ant-modal-content').analyze();
  expect(
    result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
  ).toEqual([]);
}
