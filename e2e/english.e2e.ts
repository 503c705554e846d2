import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { account, accounts, baseUrl, e2eAvailable, launch, signIn } from './support.ts';

/**
 * The English UI is English: every page a role opens shows no Chinese character except where it should —
 * text a person entered that has no English counterpart (names of people, functional areas, issuers,
 * project titles, reasons and comments), a record's Chinese name shown deliberately and tagged lang="zh-CN",
 * and a record with no English name, marked as such. And no menu label is cut short.
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Fields that hold what a person typed, with no English counterpart; bilingual fields end in Zh/En. */
const USER_TEXT_KEYS =
  /^(displayName|functionalArea|notes?|issuer|documentRef|title|statusReason|reason|comment|plan|evidence|filename|[a-z]+By|[a-z]+Name)$/;

/** Every string a person typed that the page's API answers carried, so the check can set them aside. */
function collectUserText(value: unknown, into: Set<string>, key = ''): void {
  if (typeof value === 'string') {
    // A composed line ("port · type (area)") is the product's own words: its parts are collected apart.
    if (USER_TEXT_KEYS.test(key) && CJK.test(value) && !value.includes(' · '))
      into.add(value.trim());
    return;
  }
  if (Array.isArray(value)) for (const v of value) collectUserText(v, into, key);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) collectUserText(v, into, k);
}

/** Waits until the page has drawn its data: no spinner or skeleton for two looks in a row. */
async function settled(page: Page): Promise<void> {
  let quiet = 0;
  for (let i = 0; i < 40 && quiet < 2; i++) {
    await page.waitForTimeout(250);
    const busy = await page.locator('.ant-spin-spinning, .ant-skeleton-active').count();
    quiet = busy === 0 ? quiet + 1 : 0;
  }
}

/*
 * The in-page halves of the checks, as source the browser evaluates (this project's e2e code is compiled
 * without the DOM library; the page's own globals are the browser's business).
 */
const CHINESE_ON_PAGE = String.raw`(userText) => {
  const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
  const clean = (text) => {
    let rest = text;
    for (const u of userText) rest = rest.split(u).join(' ');
    return rest.replace(/\S+ \(no English name\)/g, ' ');
  };
  const allowed = (el) => el === null || el.closest('[lang^="zh"]') !== null || el.closest('[hidden]') !== null;
  const where = (el) => el.closest('[data-testid]')?.getAttribute('data-testid') ?? '';
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    const text = n.textContent ?? '';
    if (!CJK.test(text) || allowed(el)) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    if (CJK.test(clean(text))) out.push(where(el) + ' | ' + text.trim().slice(0, 80));
  }
  for (const el of document.querySelectorAll('[title], [aria-label], [placeholder]'))
    for (const attr of ['title', 'aria-label', 'placeholder']) {
      const v = el.getAttribute(attr);
      if (v && CJK.test(clean(v)) && !allowed(el)) out.push(where(el) + ' @' + attr + ' | ' + v.slice(0, 80));
    }
  return [...new Set(out)];
}`;

const MENU_LABELS = `() => {
  // The layout cuts a label short with an ellipsis on its inner text span, inside the title content.
  const labels = [
    ...document.querySelectorAll('aside .ant-menu-title-content, aside .ant-pro-base-menu-inline-item-text'),
  ].filter(
    (el) => el.offsetParent !== null,
  );
  return {
    shown: labels.length,
    truncated: labels.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent ?? ''),
  };
}`;

/** The Chinese the page shows that is none of the allowed kinds, as "test id | text" lines. */
async function chineseOnPage(page: Page, userText: Iterable<string>): Promise<string[]> {
  const longestFirst = [...userText].sort((a, b) => b.length - a.length);
  return page.evaluate<string[]>(`(${CHINESE_ON_PAGE})(${JSON.stringify(longestFirst)})`);
}

/** The menu's labels, after opening every group, and those drawn narrower than their text (an ellipsis). */
async function menuLabels(page: Page): Promise<{ shown: number; truncated: string[] }> {
  const closed = page.locator(
    'aside .ant-menu-submenu:not(.ant-menu-submenu-open) > .ant-menu-submenu-title',
  );
  for (let i = await closed.count(); i > 0; i--) {
    await closed.first().click();
    await page.waitForTimeout(200);
  }
  return page.evaluate<{ shown: number; truncated: string[] }>(`(${MENU_LABELS})()`);
}

const PAGES = [
  '/',
  '/org-units',
  '/ports',
  '/ports/map',
  '/facilities',
  '/certifications',
  '/facility-gaps',
  '/projects',
  '/standards/catalogs',
  '/standards/campaigns',
  '/standards/assessments',
  '/standards/findings',
  '/standards/what-if',
  '/account',
];

describe.skipIf(!e2eAvailable)('the English UI', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  for (const username of ['office', 'branch.gaolan', 'port.gaolan', 'wg.facility']) {
    it(`${username} reads English on every page it opens, menu labels whole`, async () => {
      const me = account(username);
      const context = await browser.newContext({
        locale: 'en-GB',
        viewport: { width: 1280, height: 900 },
      });
      const page = await context.newPage();
      const userText = new Set(accounts.map((a) => a.displayName));
      page.on('response', (res) => {
        if (!res.url().includes('/api/v1/') || !res.headers()['content-type']?.includes('json'))
          return;
        res
          .json()
          .then((body: unknown) => collectUserText(body, userText))
          .catch(() => undefined);
      });
      await page.goto(`${baseUrl}/login`);
      await page.getByTestId('language-switch').getByText('English').click();
      await signIn(page, me.username, me.password);
      await expect
        .poll(() => page.getByTestId('user-menu').isVisible(), { timeout: 15_000 })
        .toBe(true);
      expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en');

      // Each list page, then the first campaign, assessment (and their reports) and port the role reaches.
      const paths = [...PAGES];
      const first = async (url: string) => {
        const res = await page.request.get(`${baseUrl}/api/v1${url}`);
        if (!res.ok()) return undefined;
        return ((await res.json()) as { items?: { id: string }[] }).items?.[0]?.id;
      };
      // What the role's registers hold that a person typed, before a page shows it in a composed line.
      for (const url of [
        '/facilities?pageSize=100',
        '/projects?pageSize=100',
        '/ports?pageSize=100',
      ]) {
        const res = await page.request.get(`${baseUrl}/api/v1${url}`);
        if (res.ok()) collectUserText(await res.json(), userText);
      }
      const port = await first('/ports?pageSize=1');
      if (port) paths.push(`/ports/${port}`);
      const campaign = await first('/campaigns?pageSize=1');
      if (campaign)
        paths.push(`/standards/campaigns/${campaign}`, `/standards/campaigns/${campaign}/report`);
      const assessment = await first('/assessments?pageSize=1');
      if (assessment)
        paths.push(
          `/standards/assessments/${assessment}`,
          `/standards/assessments/${assessment}/report`,
        );

      const found: string[] = [];
      for (const path of paths) {
        await page.goto(`${baseUrl}${path}`);
        await settled(page);
        for (const line of await chineseOnPage(page, userText)) found.push(`${path}: ${line}`);
      }
      expect(found).toEqual([]);

      await page.goto(`${baseUrl}/`);
      await settled(page);
      const menu = await menuLabels(page);
      expect(menu.shown).toBeGreaterThan(3);
      expect(menu.truncated).toEqual([]);
      await context.close();
    });
  }
});
