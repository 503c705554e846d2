import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  account,
  baseUrl,
  e2eAvailable,
  launch,
  mailTo,
  seriousViolations,
  signIn,
} from './support.ts';

/**
 * The system administrator, in English, points their own notices at a new address and checks the mail set-up
 * from the outbox page: the test mail reaches the local SMTP server and the outbox lists it as sent.
 */
describe.skipIf(!e2eAvailable)('notification settings and the mail outbox in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('sets an address and English mail on the account page, and a test mail arrives and shows as sent', async () => {
    const admin = account('sysadmin');
    const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('language-switch').getByText('English').click();
    await signIn(page, admin.username, admin.password, admin.totpSecret);
    await expect
      .poll(() => page.getByTestId('user-menu').isVisible(), { timeout: 15_000 })
      .toBe(true);

    await page.goto(`${baseUrl}/account`);
    const settings = page.getByTestId('notification-settings');
    await expect.poll(() => settings.isVisible(), { timeout: 15_000 }).toBe(true);
    const address = `admin-${Date.now().toString(36)}@demo.guomen.example`;
    await page.getByTestId('notification-email').fill('not an address');
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => settings.getByText('Enter a valid e-mail address').isVisible())
      .toBe(true);
    await page.getByTestId('notification-email').fill(address);
    await settings.getByText('English', { exact: true }).click();
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Saved').first().isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('nav-mail').click();
    await expect
      .poll(() => page.getByTestId('mail-test').isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(await page.getByTestId('mail-no-transport').count()).toBe(0);
    await page.getByTestId('mail-test').click();
    await expect.poll(() => mailTo(address).length, { timeout: 30_000, interval: 1_000 }).toBe(1);
    expect(mailTo(address)[0]?.subject).toBe('[Guomen] Test mail');

    // The outbox refreshes by itself; the newest row is the test mail, sent.
    const row = page.locator('[data-testid^="mail-row-"]').filter({ hasText: address });
    await expect
      .poll(() => row.first().textContent(), { timeout: 30_000, interval: 1_000 })
      .toContain('Sent');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
