import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { TOTP, Secret } from 'otpauth';
import {
  account,
  baseUrl,
  e2eAvailable,
  launch,
  seriousViolations,
  type PageGlobals,
} from './support.ts';

/** A business user turns on the second factor from the account page, in English, and needs it from then on. */
describe.skipIf(!e2eAvailable)('account page in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('switches to English (remembered), enrols an authenticator from the QR page, and then asks for its code', async () => {
    const user = account('lab.plant');
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('language-switch').getByText('English').click();
    await page.reload();
    await expect
      .poll(() =>
        page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.lang),
      )
      .toBe('en');
    expect(await page.getByTestId('login-submit').textContent()).not.toMatch(/登录/);

    await page.getByTestId('login-username').fill(user.username);
    await page.getByTestId('login-password').fill(user.password);
    await page.getByTestId('login-submit').click();
    await expect
      .poll(() => page.getByTestId('user-menu').isVisible(), { timeout: 15_000 })
      .toBe(true);

    await page.goto(`${baseUrl}/account`);
    await page.getByTestId('account-mfa-enrol').click();
    await page.getByTestId('mfa-start').click();
    await expect.poll(() => page.getByTestId('mfa-qr').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    const secret = ((await page.getByTestId('mfa-secret').textContent()) ?? '').replace(/\s/g, '');
    await page
      .getByTestId('mfa-code')
      .fill(new TOTP({ secret: Secret.fromBase32(secret) }).generate());
    await page.getByTestId('mfa-confirm').click();
    await expect
      .poll(() => page.getByTestId('recovery-codes').isVisible(), { timeout: 15_000 })
      .toBe(true);
    const codes =
      ((await page.getByTestId('recovery-codes').textContent()) ?? '').match(
        /[a-z0-9]{4}-[a-z0-9]{4}/g,
      ) ?? [];
    expect(codes.length).toBe(10);
    await context.close();

    // From now on the account needs its second factor; a recovery code serves once.
    const again = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await again.goto(`${baseUrl}/login`);
    await again.getByTestId('login-username').fill(user.username);
    await again.getByTestId('login-password').fill(user.password);
    await again.getByTestId('login-submit').click();
    await expect
      .poll(() => again.getByTestId('login-otp').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await again.getByTestId('login-otp').fill(codes[0] ?? '');
    await again.getByTestId('login-submit').click();
    await expect
      .poll(() => again.getByTestId('user-menu').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await again.context().close();
  });
});
