import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { TOTP, Secret } from 'otpauth';

export const CHROMIUM = process.env.GUOMEN_CHROMIUM ?? '/usr/bin/chromium';
export const baseUrl = inject('e2eBaseUrl');
export const accounts = inject('e2eAccounts');
export const e2eAvailable = baseUrl !== null;
const mailDir = inject('e2eMailDir');

export type ReceivedMail = { to: string[]; subject: string; text: string; messageId: string };

/** The mail the local SMTP server has received for `address` so far. */
export function mailTo(address: string): ReceivedMail[] {
  if (!mailDir || !fs.existsSync(mailDir)) return [];
  return fs
    .readdirSync(mailDir)
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(mailDir, f), 'utf8')) as ReceivedMail)
    .filter((m) => m.to.includes(address));
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export function account(username: string) {
  const found = accounts.find((a) => a.username === username);
  if (!found) throw new Error(`no demo account ${username}`);
  return found;
}

// The server refuses a code whose time step was already used; remember used steps across spec files.
const stepsFile = path.join(
  os.tmpdir(),
  `guomen-e2e-totp-${new URL(baseUrl ?? 'http://x:0').port}.json`,
);

/** The code an authenticator app would show, waiting for the next 30-second step if this one was used. */
export async function freshTotp(secret: string): Promise<string> {
  const used = fs.existsSync(stepsFile)
    ? (JSON.parse(fs.readFileSync(stepsFile, 'utf8')) as Record<string, number>)
    : {};
  let step = Math.floor(Date.now() / 30_000);
  if ((used[secret] ?? -1) >= step) {
    await new Promise((r) => setTimeout(r, (step + 1) * 30_000 - Date.now() + 300));
    step = Math.floor(Date.now() / 30_000);
  }
  used[secret] = step;
  fs.writeFileSync(stepsFile, JSON.stringify(used));
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({
    timestamp: step * 30_000 + 1000,
  });
}

/**
 * The page's globals, for functions Playwright runs in the browser (they are sent as source, so they
 * may use only this type, never a helper). (The e2e code compiles with the
 * server's settings, without DOM types; and strings cannot be evaluated under the app's CSP.)
 */
type PageAnimation = {
  playState: string;
  effect: { getComputedTiming(): { iterations?: number } } | null;
};
export type PageGlobals = {
  document: { getAnimations(): PageAnimation[]; documentElement: { lang: string } };
};

/** Moderate findings the product keeps at zero too: one banner per page. */
const ALSO_CHECKED = ['landmark-no-duplicate-banner'];

/** Serious and critical accessibility violations on the current page, and those of ALSO_CHECKED. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const first = await violationsAtRest(page);
  if (first.length === 0) return [];
  // A page can be caught between two renders (a list replacing its skeleton, a drawer settling) without
  // a running animation to wait for. What is wrong with the page itself is still wrong a moment later;
  // only what is found both times counts, and it is reported with the elements it was found on.
  await page.waitForTimeout(750);
  const second = await violationsAtRest(page);
  const seenFirst = new Set(first.map((v) => v.id));
  return second
    .filter((v) => seenFirst.has(v.id))
    .map((v) => `${v.id}: ${v.help} (${v.targets.length}: ${v.targets.slice(0, 3).join(' | ')})`);
}

type Violation = { id: string; help: string; targets: string[] };

async function violationsAtRest(page: Page): Promise<Violation[]> {
  // Judge the page at rest: a toast fading in has, for a moment, too little contrast.
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
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || ALSO_CHECKED.includes(v.id))
    .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** Signs in through the login page, with the 6-digit code when the account has a second factor. */
export async function signIn(
  page: Page,
  username: string,
  password: string,
  totpSecret?: string,
): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  if (totpSecret) {
    await page.getByTestId('login-otp').fill(await freshTotp(totpSecret));
    await page.getByTestId('login-submit').click();
  }
}
