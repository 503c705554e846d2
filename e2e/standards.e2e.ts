import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { DEMO_PORTS } from '../server/src/seed/demo-port-list.ts';
import { TASK_KIND_LABELS, type TaskKind } from '../contracts/index.ts';
import { account, baseUrl, e2eAvailable, launch, mailTo } from './support.ts';
import {
  browserSessions,
  confirmPopover,
  dialogOk,
  expectAccessible,
  expectDialogAccessible,
  navigate,
  pickOption,
  score,
  status,
  type Assessment,
} from './standards-support.ts';

/** The manual FACILITY item answered in the dialog as falling short; its finding is rectified and verified. */
const MANUAL = 'FAC-ALL-VIDEO-RETENTION';
const PORT = 'GL-GRAIN';
/** Its name as the seed gives it, which task titles carry. */
const PORT_ZH = DEMO_PORTS.find((p) => p.code === PORT)?.nameZh ?? PORT;
const CAMPAIGN_ZH = '2027年度口岸动植物检疫规范化建设评估';

/** Opens the home page and follows the work-queue task of this kind whose title holds the text. */
async function followTask(page: Page, kind: TaskKind, text: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  // A branch has more open tasks than one page holds: show only the kind wanted.
  await pickOption(page, 'work-kind', '', TASK_KIND_LABELS[kind].zh);
  const link = page
    .getByTestId(`task-${kind}`)
    .filter({ hasText: text })
    .locator('[data-testid^="task-link-"]')
    .first();
  await expect.poll(() => link.isVisible(), { timeout: 15_000 }).toBe(true);
  await link.click();
}

/**
 * The standardisation programme's round in the browser: the office opens an annual campaign and sees the
 * facility gaps at once; the Gaolan branch answers and submits the grain site's assessment; the facility working
 * group returns an item, the branch resubmits, the four aspects are accepted and the office approves; the
 * finding raised by the manual item is planned, submitted and verified, and the port's score goes up.
 */
describe.skipIf(!e2eAvailable)('standardisation round in the browser', () => {
  let browser: Browser;
  const code = `2027-ANNUAL-${Date.now().toString(36).toUpperCase()}`;
  let assessmentUrl = '';
  let assessmentId = '';
  let scoreBefore = 0;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  const { as, write, read } = browserSessions(() => browser);

  it('the office creates and opens an annual campaign, and the facility gaps show at once', async () => {
    const page = await as('office');
    await navigate(page, 'campaigns');
    await expect
      .poll(() => page.getByTestId('campaign-row-2026-BASELINE').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await expectAccessible(page);

    await page.getByTestId('campaign-create').click();
    const dialog = page.getByRole('dialog');
    await page.getByTestId('campaign-code').fill(code);
    await dialog.getByLabel('中文名称').fill(CAMPAIGN_ZH);
    await dialog.getByLabel('英文名称').fill('2027 annual standardisation assessment');
    await dialog.getByLabel('截止日期').click();
    await page.keyboard.type('2027-12-31');
    await page.keyboard.press('Enter');
    await pickOption(page, 'campaign-version', '', 'GUOMEN-DEFAULT');
    await expect
      .poll(() => page.getByTestId('campaign-ports-all').textContent(), { timeout: 15_000 })
      .toContain(String(DEMO_PORTS.length));
    await page.getByTestId('campaign-ports-all').click();
    await expectDialogAccessible(page);
    await dialogOk(page);

    // The new campaign's page: open it, which creates the ports' assessments.
    await expect
      .poll(() => page.getByTestId('campaign-open').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await page.getByTestId('campaign-open').click();
    await confirmPopover(page);
    await expect
      .poll(() => page.getByTestId(`assessment-row-${PORT}`).isVisible(), { timeout: 30_000 })
      .toBe(true);
    expect(await page.locator('[data-testid^="assessment-row-"]').count()).toBe(DEMO_PORTS.length);
    await expectAccessible(page);

    await page.getByTestId('campaign-tab-dashboard').click();
    await expect
      .poll(() => page.getByTestId('stat-weighted').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await expectAccessible(page);

    await page.getByTestId('campaign-tab-assessments').click();
    await page.getByTestId(`assessment-open-${PORT}`).click();
    await page.getByTestId('aspect-tab-FACILITY').click();
    await expect
      .poll(() => page.getByTestId('aspect-FACILITY').isVisible(), { timeout: 15_000 })
      .toBe(true);
    assessmentUrl = page.url();
    assessmentId = assessmentUrl.split('/').pop() ?? '';
    // An automatic facility item falls short, with the reasoning spelled out.
    const short = page
      .getByTestId('aspect-FACILITY')
      .locator('[data-testid^="item-result-FAC-"]', { hasText: /^不符合/ });
    await expect.poll(() => short.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const gap = ((await short.first().getAttribute('data-testid')) ?? '').replace(
      'item-result-',
      '',
    );
    expect(await page.getByTestId(`item-explanation-${gap}`).textContent()).toContain('现有');
    await expectAccessible(page);
  });

  it('the Gaolan branch is told in the bell, which leads to the assessment, and by mail', async () => {
    const page = await as('branch.gaolan');
    // The branch's figures lead into the lists they count.
    await page.goto(`${baseUrl}/`);
    await expect
      .poll(() => page.getByTestId('stat-attainment').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await page.getByTestId('stat-link-overdue-scope').click();
    await expect.poll(() => page.url()).toContain('/standards/findings?overdue=true');
    await page.goto(`${baseUrl}/`);
    const bell = page.getByTestId('notifications-bell');
    // The notice is pushed over the open stream once the dispatch job has run (every few seconds).
    const notice = page.getByTestId('notification-item').filter({ hasText: CAMPAIGN_ZH });
    await expect
      .poll(
        async () => {
          if (!(await page.getByTestId('notifications-panel').isVisible())) await bell.click();
          return notice.count();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBeGreaterThan(0);
    expect(Number(await bell.getAttribute('data-unread'))).toBeGreaterThan(0);
    await expectAccessible(page);
    await notice.first().click();
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('/assessments/');

    // The same notice went out by mail, in Chinese, to the branch officer's address.
    const address = 'branch.gaolan@demo.guomen.example';
    await expect
      .poll(() => mailTo(address).filter((m) => m.subject.includes(CAMPAIGN_ZH)).length, {
        timeout: 30_000,
        interval: 1_000,
      })
      .toBeGreaterThan(0);
    const mail = mailTo(address).find((m) => m.subject.includes(CAMPAIGN_ZH));
    expect(mail?.subject).toMatch(/^【国门】/);
    expect(mail?.text).toContain(`${baseUrl}/standards/assessments/`);
  });

  it('the Gaolan branch answers the grain site, with a shortfall, evidence and the rest through the API, and submits', async () => {
    const page = await as('branch.gaolan');
    // The new campaign waits on the branch's home page as work to do; one click opens the assessment.
    await page.goto(`${baseUrl}/`);
    const task = page
      .getByTestId('work-queue')
      .getByRole('link', { name: `${PORT_ZH} · ${CAMPAIGN_ZH}` });
    await expect.poll(() => task.isVisible(), { timeout: 15_000 }).toBe(true);
    await expectAccessible(page);
    await task.click();
    await page.getByTestId('aspect-tab-FACILITY').click();
    await expect
      .poll(() => page.getByTestId('aspect-FACILITY').isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(page.url()).toBe(assessmentUrl);

    // The facility aspect's unanswered manual items, all but one, in one answer: filter, select, answer.
    const before = await read(page, `/assessments/${assessmentId}`);
    const facilityOpen = before.items.filter(
      (i) => i.aspect === 'FACILITY' && !i.automatic && i.result === null,
    );
    expect(facilityOpen.some((i) => i.itemCode === MANUAL)).toBe(true);
    await page
      .getByTestId('item-filter-FACILITY')
      .getByText(/^未填报/)
      .click();
    await expect
      .poll(() => page.getByTestId('aspect-FACILITY').locator('[data-testid^="item-row-"]').count())
      .toBe(facilityOpen.length);
    await page.getByTestId('aspect-FACILITY').locator('thead').getByRole('checkbox').check();
    await page.getByTestId(`item-row-${MANUAL}`).getByRole('checkbox').uncheck();
    await page.getByTestId('bulk-answer-FACILITY').click();
    await page.getByTestId('answer-result').getByText('符合', { exact: true }).click();
    await page.getByTestId('answer-note').fill('现场核实');
    await expectDialogAccessible(page);
    await page.getByTestId('bulk-answer-ok').click();
    // Answered, they leave the unanswered list: only the one left out remains.
    await expect
      .poll(
        () => page.getByTestId('aspect-FACILITY').locator('[data-testid^="item-row-"]').count(),
        { timeout: 15_000 },
      )
      .toBe(1);

    // The other aspects' manual items through the API, as the page's own session.
    const a = await read(page, `/assessments/${assessmentId}`);
    const manual = a.items.filter(
      (i) => !i.automatic && i.result === null && i.itemCode !== MANUAL,
    );
    expect(manual.every((i) => i.aspect !== 'FACILITY')).toBe(true);
    for (const item of manual) {
      await write(page, 'PUT', `/assessment-items/${item.id}`, {
        version: item.version,
        result: 'compliant',
        grade: null,
        naReason: null,
        note: '已核实',
      });
    }
    await page.reload();

    // One through the answer dialog: not met, minor; a draft survives closing the dialog.
    await page.getByTestId('aspect-tab-FACILITY').click();
    await page.getByTestId(`item-answer-${MANUAL}`).click();
    await page.getByTestId('answer-result').getByText('不符合', { exact: true }).click();
    await page.getByTestId('answer-grade').getByText('一般不符合', { exact: true }).click();
    await page.getByTestId('answer-note').fill('录像仅保存30天，需扩容存储');
    await page.keyboard.press('Escape');
    await page.getByTestId(`item-answer-${MANUAL}`).click();
    await expect
      .poll(() => page.getByTestId('answer-draft-restored').isVisible(), { timeout: 5_000 })
      .toBe(true);
    expect(await page.getByTestId('answer-note').inputValue()).toBe('录像仅保存30天，需扩容存储');
    await expectDialogAccessible(page);
    await page.getByTestId('answer-note').press('Control+Enter');
    await expect
      .poll(() => page.getByTestId(`item-result-${MANUAL}`).textContent(), { timeout: 15_000 })
      .toContain('一般不符合');
    // Saved, the dialog went on to the next item; the evidence comes from the list.
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 5_000 }).toBe(0);

    // Evidence for it through the upload button.
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId(`item-evidence-${MANUAL}`).click();
    await (
      await chooser
    ).setFiles({
      name: 'video-retention.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% retention settings\n%%EOF\n'),
    });
    await expect
      .poll(
        () => page.getByTestId(`item-row-${MANUAL}`).getByText('video-retention.pdf').isVisible(),
        { timeout: 15_000 },
      )
      .toBe(true);

    await page.getByTestId('assessment-submit').click();
    await confirmPopover(page);
    await expect.poll(() => status(page), { timeout: 15_000 }).toContain('已提交');
  });

  it('the facility group returns an item with a comment; the branch sees it and resubmits', async () => {
    const wg = await as('wg.facility');
    // The review waits in the facility group's queue; one click opens the assessment.
    await followTask(wg, 'assessment.review', PORT_ZH);
    await expect.poll(() => wg.url(), { timeout: 15_000 }).toBe(assessmentUrl);
    await wg.getByTestId('aspect-tab-FACILITY').click();
    await expect
      .poll(() => wg.getByTestId('aspect-return-FACILITY').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await wg.getByTestId('aspect-return-FACILITY').click();
    await wg.getByTestId('return-comment').fill('录像保存期限材料不足');
    await pickOption(wg, 'return-items', MANUAL, MANUAL);
    await wg.keyboard.press('Escape');
    await wg.getByTestId(`return-item-comment-${MANUAL}`).fill('请补充存储扩容计划');
    await expectDialogAccessible(wg);
    await dialogOk(wg);
    await expect.poll(() => status(wg), { timeout: 15_000 }).toContain('填报中');

    // The branch is told: a resubmission task in its queue leads back to the assessment.
    const branch = await as('branch.gaolan');
    await followTask(branch, 'assessment.resubmit', PORT_ZH);
    await expect.poll(() => branch.url(), { timeout: 15_000 }).toBe(assessmentUrl);
    await branch.getByTestId('aspect-tab-FACILITY').click();
    await expect
      .poll(() => branch.getByTestId(`item-return-comment-${MANUAL}`).textContent(), {
        timeout: 15_000,
      })
      .toContain('请补充存储扩容计划');
    await branch.getByTestId('assessment-submit').click();
    await confirmPopover(branch);
    await expect.poll(() => status(branch), { timeout: 15_000 }).toContain('已提交');
  });

  it('the four working groups accept and the office approves, which locks the assessment', async () => {
    const wg = await as('wg.facility');
    await wg.reload();
    await wg.getByTestId('aspect-tab-FACILITY').click();
    await expect
      .poll(() => wg.getByTestId('aspect-accept-FACILITY').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await wg.getByTestId('aspect-accept-FACILITY').click();
    await wg.getByTestId('accept-comment').fill('设施情况属实');
    await dialogOk(wg);
    await expect
      .poll(() => wg.getByTestId('aspect-accept-FACILITY').count(), { timeout: 15_000 })
      .toBe(0);

    // The other three groups through the API, each with its own session.
    for (const [username, aspect] of [
      ['wg.system', 'SYSTEM'],
      ['wg.tech', 'TECH'],
      ['wg.education', 'STAFF'],
    ] as const) {
      const context = await browser.newContext();
      const { password } = account(username);
      const signedIn = await context.request.post(`${baseUrl}/api/v1/auth/login`, {
        data: { username, password },
      });
      expect(signedIn.status()).toBe(200);
      const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
      const { version } = (await (
        await context.request.get(`${baseUrl}/api/v1/assessments/${assessmentId}`)
      ).json()) as Assessment;
      const accepted = await context.request.post(
        `${baseUrl}/api/v1/assessments/${assessmentId}/aspects/${aspect}/accept`,
        { data: { version, comment: null }, headers: { 'x-csrf-token': csrfToken } },
      );
      expect(accepted.status(), `${aspect}: ${await accepted.text()}`).toBe(200);
      await context.close();
    }

    // With the four aspects accepted, the approval waits in the office's queue.
    const office = await as('office');
    await followTask(office, 'assessment.approve', PORT_ZH);
    await expect.poll(() => office.url(), { timeout: 15_000 }).toBe(assessmentUrl);
    await expect
      .poll(() => office.getByTestId('assessment-approve').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await office.getByTestId('assessment-approve').click();
    await confirmPopover(office);
    await expect.poll(() => status(office), { timeout: 15_000 }).toContain('已批准');
    await expect.poll(() => office.getByTestId('assessment-approve').count()).toBe(0);
    scoreBefore = await score(office);
    expect(scoreBefore).toBeGreaterThan(0);
    expect(scoreBefore).toBeLessThan(100);
  });

  it("the finding is planned with an owner, submitted, verified, and the port's score goes up", async () => {
    const branch = await as('branch.gaolan');
    await navigate(branch, 'findings');
    const row = branch.getByTestId(`finding-row-${PORT}-${MANUAL}`);
    await expect.poll(() => row.isVisible(), { timeout: 15_000 }).toBe(true);
    await expectAccessible(branch);

    await row.locator('[data-testid^="finding-open-"]').click();
    const drawer = branch.getByTestId('finding-drawer');
    await expect
      .poll(() => branch.getByTestId('finding-plan').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await pickOption(branch, 'finding-owner', 'gaolan', '(branch.gaolan)');
    await branch.getByTestId('finding-plan').fill('扩容录像存储至保存90天以上');
    await expectAccessible(branch);
    await branch.getByTestId('finding-plan-save').click();
    await expect.poll(() => drawer.textContent(), { timeout: 15_000 }).toContain('整改中');
    // The owner now has the rectification to submit in the work queue; it opens the finding itself.
    await followTask(branch, 'finding.submit', `${PORT_ZH} · 视频录像保存不少于90天`);
    await expect
      .poll(() => branch.url(), { timeout: 15_000 })
      .toContain('/standards/findings?finding=');
    await expect
      .poll(() => branch.getByTestId('finding-submit').isVisible(), { timeout: 15_000 })
      .toBe(true);
    const mine = (await (
      await branch.request.get(`${baseUrl}/api/v1/findings`, {
        params: { mine: 'true', pageSize: 100 },
      })
    ).json()) as { items: { itemCode: string; portCode: string }[] };
    expect(mine.items.some((f) => f.portCode === PORT && f.itemCode === MANUAL)).toBe(true);

    await branch.getByTestId('finding-submit').click();
    await branch.getByTestId('finding-step-text').fill('存储已扩容，录像保存120天');
    await dialogOk(branch);
    await expect.poll(() => drawer.textContent(), { timeout: 15_000 }).toContain('已提交待验证');

    // Verification waits in the facility group's queue and opens the finding.
    const wg = await as('wg.facility');
    await followTask(wg, 'finding.verify', `${PORT_ZH} · 视频录像保存不少于90天`);
    await expect
      .poll(() => wg.getByTestId('finding-verify').isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(await wg.getByTestId('finding-drawer').textContent()).toContain(
      '存储已扩容，录像保存120天',
    );
    await expectAccessible(wg);
    await wg.getByTestId('finding-verify').click();
    await wg.getByTestId('finding-step-text').fill('现场核实');
    await dialogOk(wg);
    await expect
      .poll(() => wg.getByTestId('finding-drawer').textContent(), { timeout: 15_000 })
      .toContain('已验证关闭');

    await wg.goto(assessmentUrl);
    await expect
      .poll(() => wg.getByTestId('assessment-score').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await wg.getByTestId('aspect-tab-FACILITY').click();
    await expect
      .poll(() => wg.getByTestId(`item-result-${MANUAL}`).textContent(), { timeout: 15_000 })
      .toMatch(/^符合/);
    expect(await score(wg)).toBeGreaterThan(scoreBefore);
  });
});

/**
 * The what-if page's fields carry only the ARIA attributes their roles allow: the required version picker
 * says so on its combobox, not on the wrapper around it.
 */
describe.skipIf(!e2eAvailable)('what-if page accessibility', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  const { as } = browserSessions(() => browser);

  it('the what-if page has no ARIA attribute its element does not allow', async () => {
    const page = await as('office');
    await navigate(page, 'what-if');
    const version = page.getByTestId('what-if-version');
    await expect.poll(() => version.isVisible(), { timeout: 15_000 }).toBe(true);
    const result = await new AxeBuilder({ page }).withRules(['aria-allowed-attr']).analyze();
    expect(
      result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html.slice(0, 160)}`)),
    ).toEqual([]);
    // Still announced as required, on the element whose role takes it.
    expect(await version.getByRole('combobox').getAttribute('aria-required')).toBe('true');
    await expectAccessible(page);
  });
});
