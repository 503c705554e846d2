import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { account, baseUrl, e2eAvailable, launch, seriousViolations, signIn } from './support.ts';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid 8×8 PNG of one colour (RGB, 8 bits per channel). */
function tinyPng(): Buffer {
  const size = 8;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(
    Array.from({ length: size }, () =>
      Buffer.from([0, ...Array.from({ length: size }, () => [0x1f, 0x6f, 0xb5]).flat()]),
    ),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

type PageImage = { complete: boolean; naturalWidth: number };

/**
 * Facility photos in the browser: a branch officer opens a facility's attachments from the ledger,
 * uploads a PNG photo, sees its thumbnail, archives it with a reason and finds it among the archived ones.
 */
describe.skipIf(!e2eAvailable)('facility attachments in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('a branch officer uploads a facility photo, sees its thumbnail, archives it and finds it archived', async () => {
    const officer = account('branch.gaolan');
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await signIn(page, officer.username, officer.password);
    await expect
      .poll(() => page.getByTestId('nav-facilities').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await page.getByTestId('nav-facilities').click();

    const open = page.locator('[data-testid^="facility-attachments-"]').first();
    await expect.poll(() => open.isVisible(), { timeout: 15_000 }).toBe(true);
    const facilityId = (await open.getAttribute('data-testid'))!.replace(
      'facility-attachments-',
      '',
    );
    await open.click();
    const drawer = page.getByTestId('attachments-drawer');
    await expect
      .poll(() => drawer.getByTestId('attachment-upload').isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    const name = `e2e-photo-${Date.now().toString(36)}.png`;
    await drawer
      .getByTestId('attachment-upload')
      .locator('input[type=file]')
      .setInputFiles({ name, mimeType: 'image/png', buffer: tinyPng() });
    const photo = drawer.locator('[data-testid^="attachment-photo-"]', { hasText: name });
    await expect.poll(() => photo.count(), { timeout: 15_000 }).toBe(1);
    const attachmentId = (await photo.getAttribute('data-testid'))!.replace(
      'attachment-photo-',
      '',
    );
    const thumbnail = photo.locator('img').first();
    await expect
      .poll(
        () =>
          thumbnail.evaluate(
            (img) =>
              (img as unknown as PageImage).complete && (img as unknown as PageImage).naturalWidth,
          ),
        { timeout: 15_000 },
      )
      .toBe(8);
    expect(await thumbnail.getAttribute('src')).toBe(`/api/v1/attachments/${attachmentId}/content`);
    expect(await thumbnail.getAttribute('alt')).toBe(name);
    const listed = await page.request.get(`${baseUrl}/api/v1/facilities/${facilityId}/attachments`);
    expect(
      ((await listed.json()) as { id: string; kind: string }[]).find((a) => a.id === attachmentId)
        ?.kind,
    ).toBe('photo');
    expect(await seriousViolations(page)).toEqual([]);

    const reason = '端到端测试：照片拍摄角度有误';
    await drawer.getByTestId(`attachment-archive-${attachmentId}`).click();
    const confirm = page.locator('.ant-popconfirm:visible');
    await confirm.getByTestId(`attachment-archive-reason-${attachmentId}`).fill(reason);
    expect(await seriousViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: /^归\s?档$/ }).click();
    await expect
      .poll(() => drawer.locator(`[data-testid="attachment-photo-${attachmentId}"]`).count(), {
        timeout: 15_000,
      })
      .toBe(0);

    await drawer.getByTestId('attachment-show-archived').click();
    const archived = drawer.getByTestId(`attachment-photo-${attachmentId}`);
    await expect.poll(() => archived.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await archived.textContent()).toContain(reason);
    expect(await archived.getByTestId(`attachment-archive-${attachmentId}`).count()).toBe(0);
    expect(await drawer.getByTestId('attachment-upload').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("a branch officer attaches a certificate file to a certification; a file that is not what its name says is refused with the server's message", async () => {
    const officer = account('branch.gaolan');
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await signIn(page, officer.username, officer.password);
    await expect
      .poll(() => page.getByTestId('nav-facilities').isVisible(), { timeout: 15_000 })
      .toBe(true);
    const ledger = await page.request.get(`${baseUrl}/api/v1/facilities`, {
      params: { page: 1, pageSize: 20 },
    });
    const items = (
      (await ledger.json()) as {
        items: { id: string; certificationState: string; can: Record<string, boolean> }[];
      }
    ).items;
    const facility = items.find(
      (f) => f.can.certify && ['valid', 'expiring', 'expired'].includes(f.certificationState),
    );
    expect(facility).toBeDefined();
    await page.getByTestId('nav-facilities').click();
    await expect
      .poll(() => page.getByTestId(`facility-certs-${facility!.id}`).isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    await page.getByTestId(`facility-certs-${facility!.id}`).click();

    const dialog = page.getByRole('dialog');
    const upload = dialog.locator('[data-testid^="certificate-upload-"]').first();
    await expect.poll(() => upload.isVisible(), { timeout: 15_000 }).toBe(true);
    const certificationId = (await upload.getAttribute('data-testid'))!.replace(
      'certificate-upload-',
      '',
    );
    expect(await seriousViolations(page)).toEqual([]);

    await upload.locator('input[type=file]').setInputFiles({
      name: 'not-a-certificate.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('plain text, not a PDF'),
    });
    await expect
      .poll(() => page.locator('.ant-notification-notice').textContent(), { timeout: 15_000 })
      .toMatch(/仅接受|不符/);

    const name = `证书-${Date.now().toString(36)}.pdf`;
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );
    await upload
      .locator('input[type=file]')
      .setInputFiles({ name, mimeType: 'application/pdf', buffer: pdf });
    const files = dialog.getByTestId(`certificate-files-${certificationId}`);
    await expect
      .poll(() => files.getByRole('link', { name }).isVisible(), { timeout: 15_000 })
      .toBe(true);
    const href = await files.getByRole('link', { name }).getAttribute('href');
    const content = await page.request.get(`${baseUrl}${href}`);
    expect(content.status()).toBe(200);
    expect(content.headers()['content-type']).toBe('application/pdf');
    await page.locator('.ant-notification-notice-close').first().click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
