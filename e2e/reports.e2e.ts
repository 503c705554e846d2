import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { account, baseUrl, e2eAvailable, launch, seriousViolations, signIn } from './support.ts';
import { DEMO_DISTRICT, DEMO_UNITS } from '../server/src/seed/demo.ts';

/** The district the reports are issued by, as the seed names it. */
const DISTRICT_UNIT = DEMO_UNITS.find((u) => u.code === DEMO_DISTRICT);
const DISTRICT = DISTRICT_UNIT?.nameZh ?? DEMO_DISTRICT;
const ASPECT_HEADINGS = ['工作制度', '口岸专业设施', '技术支撑能力', '人才队伍'];

/*
 * The paper is read in English: the machines that run these tests may have no CJK font, and Chromium then
 * prints Chinese as glyphs without text. The Chinese report is checked on screen.
 */
const EN = {
  district: DISTRICT_UNIT?.nameEn ?? DEMO_DISTRICT,
  aspects: ['Work rules', 'Port facilities', 'Technical support', 'Qualified staff'],
  signatures: ['Prepared by:', 'Checked by:', 'Approved by:', 'Unit (seal)'],
  /** Sidebar entries of the office's menu, which must stay off the paper. */
  menu: ['Organisation', 'Certification expiry', 'Facility gaps', 'Projects', 'What-if'],
};

type Listed = { items: { id: string; code?: string; portCode?: string }[] };

const words = (text: string) => text.replace(/\s+/g, '');

/** The page as Chromium prints it to A4, read back as text. */
async function printed(page: Page): Promise<{ pages: number; text: string }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(doc, { mergePages: true });
  // Text runs of a table cell may be split by spaces or line breaks; words are compared without them.
  return { pages: totalPages, text: words(text) };
}

/** The report printed in English (names in English too), the UI switched back to Chinese afterwards. */
async function printedInEnglish(page: Page, title: string) {
  const heading = page.locator('.official-report h1');
  await page.getByTestId('language-switch').getByText('English').click();
  await expect.poll(() => heading.textContent()).toBe(title);
  const paper = await printed(page);
  await page.getByTestId('language-switch').getByText('中文').click();
  await expect.poll(() => heading.textContent()).not.toBe(title);
  return paper;
}

function expectOfficialPaper(paper: { pages: number; text: string }, title: string) {
  for (const expected of [title, EN.district, ...EN.aspects, ...EN.signatures])
    expect(paper.text, expected).toContain(words(expected));
  // Page numbers from the @page margin box.
  expect(paper.text).toContain(`1/${paper.pages}`);
  for (const entry of EN.menu) expect(paper.text, entry).not.toContain(words(entry));
  expect(paper.text).not.toContain('打印/Print');
}

async function listed(page: Page, path: string): Promise<Listed['items']> {
  const response = await page.request.get(`${baseUrl}/api/v1${path}`);
  expect(response.status(), path).toBe(200);
  return ((await response.json()) as Listed).items;
}

/**
 * The office opens the official reports of the demo district's baseline survey and of one port's
 * assessment, checks what they say, and prints them: A4 pages with the title, the district, the four
 * aspects and the signature block, and none of the application's menu.
 */
describe.skipIf(!e2eAvailable)('official reports in the browser', () => {
  let browser: Browser;
  let officePage: Page | undefined;
  let campaignId = '';

  /** The office's page, signed in, and the baseline survey's id, the first time a test asks. */
  async function office(): Promise<Page> {
    if (officePage) return officePage;
    const signedIn = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    const user = account('office');
    await signIn(signedIn, user.username, user.password);
    await expect
      .poll(() => signedIn.getByTestId('user-menu').isVisible(), { timeout: 15_000 })
      .toBe(true);
    const campaigns = await listed(signedIn, '/campaigns?pageSize=50');
    campaignId = campaigns.find((c) => c.code === '2026-BASELINE')?.id ?? '';
    expect(campaignId).not.toBe('');
    officePage = signedIn;
    return signedIn;
  }

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('the campaign report, reached from the campaign, prints to several A4 pages', async () => {
    const page = await office();
    await page.goto(`${baseUrl}/standards/campaigns/${campaignId}`);
    await page.getByTestId('campaign-report').click();
    await page.waitForURL(`**/standards/campaigns/${campaignId}/report`);
    const report = page.getByTestId('campaign-report');
    await expect
      .poll(() => report.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('口岸动植物检疫规范化建设评估总报告');
    expect(await report.getByTestId('report-district').textContent()).toBe(DISTRICT);
    for (const heading of [
      '基本情况',
      '各方面得分',
      '各隶属海关得分',
      '各口岸评估结果',
      '问题与整改',
    ])
      expect(await report.getByRole('heading', { level: 2, name: heading }).count()).toBe(1);
    const summary = (await report.getByTestId('report-aspect-summary').textContent()) ?? '';
    for (const aspect of ASPECT_HEADINGS) expect(summary).toContain(aspect);
    expect(
      await report.getByTestId('report-branch-summary').locator('tbody tr').count(),
    ).toBeGreaterThan(1);
    expect(await seriousViolations(page)).toEqual([]);

    const title = 'Port Quarantine Standardisation Campaign Report';
    const paper = await printedInEnglish(page, title);
    // Every port of the district in one table, with findings and the signatures after it.
    expect(paper.pages).toBeGreaterThan(1);
    expectOfficialPaper(paper, title);
    expect(paper.text).toContain('Scoresbybranch');
  });

  it('an assessment report holds the port, every aspect with its items, the sign-off and the signatures', async () => {
    const page = await office();
    const [assessment] = await listed(page, `/assessments?campaignId=${campaignId}&pageSize=1`);
    expect(assessment).toBeDefined();
    await page.goto(`${baseUrl}/standards/assessments/${assessment?.id ?? ''}/report`);
    const report = page.getByTestId('assessment-report');
    await expect
      .poll(() => report.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('口岸动植物检疫规范化建设评估报告');
    expect(await report.getByTestId('report-district').textContent()).toBe(DISTRICT);
    expect(await report.locator('.official-report__subtitle').textContent()).toContain(
      assessment?.portCode ?? '',
    );
    const aspects = await report.getByRole('heading', { level: 3 }).allTextContents();
    expect(aspects).toEqual(ASPECT_HEADINGS);
    for (const aspect of ['SYSTEM', 'FACILITY', 'TECH', 'STAFF'])
      expect(
        await report.getByTestId(`report-items-${aspect}`).locator('tbody tr').count(),
      ).toBeGreaterThan(0);
    expect(await report.getByTestId('report-sign-off').textContent()).toContain('填报提交');
    expect(await report.getByTestId('report-signatures').textContent()).toContain('单位（盖章）');
    expect(await seriousViolations(page)).toEqual([]);

    const title = 'Port Quarantine Standardisation Assessment Report';
    const paper = await printedInEnglish(page, title);
    expect(paper.pages).toBeGreaterThanOrEqual(1);
    expectOfficialPaper(paper, title);
    expect(paper.text).toContain(words('Review and approval'));
    expect(paper.text).toContain(assessment?.portCode ?? '');
  });
});
