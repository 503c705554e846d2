import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attachment, ErrorBody, Facility } from '../../../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  tableCounts,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import { createWorld, makeFacility } from '../../../test/factories.ts';
import { SAMPLE_FILES, uploadFile } from '../../../test/sample-files.ts';

/** A multipart body whose part header is given as raw bytes, for names a browser would not send. */
const rawPart = (disposition: Buffer, content: Buffer, mime: string) => {
  const boundary = '----guomen-test-boundary';
  const head = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; `),
    disposition,
    Buffer.from(`\r\nContent-Type: ${mime}\r\n\r\n`),
  ]);
  return {
    payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
};

/** RFC 5987 percent-encoding of a string's UTF-16LE code units, lone surrogates included. */
const utf16le = (text: string) =>
  [...Buffer.from(text, 'utf16le')]
    .map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`)
    .join('');

describe.skipIf(!dbAvailable)('upload names', () => {
  let t: TestApp;
  let officer: Agent;
  let f: Facility;
  const uploadUrl = (kind: 'photo' | 'document') =>
    `/api/v1/facilities/${f.id}/attachments?kind=${kind}`;
  beforeEach(async () => {
    t = await createTestApp({ seed: false, env: { GUOMEN_UPLOAD_LIMIT_BYTES: '65536' } });
    const w = await createWorld(t);
    f = await makeFacility(t, w.branchActor, { port: w.siblingPort, typeCode: 'VIDEO_MONITORING' });
    officer = await login(t, w.accounts.branchOfficer);
  });
  afterEach(async () => t.close());

  it('strips bidi controls and invisible format characters, so the stored and downloaded name shows its real extension', async () => {
    const url = uploadUrl('document');
    const invisible = [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200E',
      '\u200F',
      '\u061C',
      '\u200B',
      '\u200C',
      '\u200D',
      '\u2060',
      '\uFEFF',
      '\u00AD',
      '\u2028',
      '\u2029',
      '\u0085',
      '\u0001',
      '\u007F',
    ];
    const cases: [string, Buffer, string, string][] = [
      // A bidi-aware screen shows this PDF as "invoicefdp.exe"; without the override it reads as what it is.
      ['invoice\u202Eexe.pdf', SAMPLE_FILES.pdf, 'application/pdf', 'invoiceexe.pdf'],
      ['report\u2067gnp\u2069.pdf', SAMPLE_FILES.pdf, 'application/pdf', 'reportgnp.pdf'],
      [`scan${invisible.join('')}.png`, SAMPLE_FILES.png, 'image/png', 'scan.png'],
      ['\uFEFF监控\u200B点位.p\u200Dng', SAMPLE_FILES.png, 'image/png', '监控点位.png'],
    ];
    for (const [name, bytes, mime, stored] of cases) {
      const res = await uploadFile(officer, url, bytes, name, mime);
      expect(res.statusCode, `${JSON.stringify(name)}: ${res.body}`).toBe(201);
      const a = res.json<Attachment>();
      expect(a.fileName).toBe(stored);
      const download = await officer.get(a.url);
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="${stored.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(stored)}`,
      );
    }
  });

  it('judges the extension on the cleaned name: a hidden character cannot smuggle a PDF in as a PNG', async () => {
    const res = await uploadFile(
      officer,
      uploadUrl('photo'),
      SAMPLE_FILES.pdf,
      'photo\u202Egnp.pdf',
      'application/octet-stream',
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Attachment>().fileName).toBe('photognp.pdf');
    const mismatch = await uploadFile(
      officer,
      uploadUrl('photo'),
      SAMPLE_FILES.pdf,
      'photo.pdf\u200B.png',
      'application/octet-stream',
    );
    expect(mismatch.statusCode).toBe(415);
    expect(mismatch.json<ErrorBody>().error.code).toBe('FILE_TYPE_MISMATCH');
  });

  it('keeps a name of 200 characters by code point, never cutting a surrogate pair in half', async () => {
    const name = `${'𠀋'.repeat(250)}.pdf`;
    const res = await uploadFile(
      officer,
      uploadUrl('document'),
      SAMPLE_FILES.pdf,
      name,
      'application/pdf',
    );
    expect(res.statusCode, res.body).toBe(201);
    const stored = res.json<Attachment>().fileName;
    expect(Array.from(stored)).toHaveLength(200);
    expect(stored.isWellFormed()).toBe(true);
    expect(stored.endsWith(`${'𠀋'.repeat(196)}.pdf`)).toBe(true);
  });

  it('serves a name stored before the cleaning without its invisible characters', async () => {
    const a = (
      await uploadFile(
        officer,
        uploadUrl('document'),
        SAMPLE_FILES.pdf,
        'old.pdf',
        'application/pdf',
      )
    ).json<Attachment>();
    await t.ctx.db
      .updateTable('files')
      .set({ originalName: 'old\u202Efdp.exe\u200B"\\.pdf' })
      .execute();
    const download = await officer.get(a.url);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="oldfdp.exe__.pdf"; filename*=UTF-8''${encodeURIComponent('oldfdp.exe"\\.pdf')}`,
    );
  });

  it('refuses a part without a field name or a file name as a client error, not a server error', async () => {
    const url = uploadUrl('document');
    const cases: [string, Buffer, string, number, string][] = [
      [
        'no field name',
        Buffer.from('filename="report.pdf"'),
        'application/pdf',
        400,
        'FILE_REQUIRED',
      ],
      [
        'no file name',
        Buffer.from('name="file"'),
        'application/octet-stream',
        415,
        'FILE_TYPE_MISMATCH',
      ],
    ];
    for (const [label, disposition, mime, status, code] of cases) {
      const body = rawPart(disposition, SAMPLE_FILES.pdf, mime);
      const res = await officer.post(url, body.payload, { 'content-type': body.contentType });
      expect(res.statusCode, `${label}: ${res.body}`).toBe(status);
      expect(res.json<ErrorBody>().error.code, label).toBe(code);
      expect(res.json<ErrorBody>().error.fields, label).toHaveProperty('file');
    }
  });

  it('refuses a file or field name holding a lone surrogate or NUL with 400 naming the file, writing nothing', async () => {
    const url = uploadUrl('photo');
    const before = await tableCounts(t);
    const cases: [string, Buffer, 'surrogate' | 'nul'][] = [
      [
        'lone surrogate in the file name',
        Buffer.from(`name="file"; filename*=utf-16le''${utf16le('photo\uD800.png')}`),
        'surrogate',
      ],
      [
        'trailing high surrogate in the file name',
        Buffer.from(`name="file"; filename*=utf-16le''${utf16le('photo.png\uDBFF')}`),
        'surrogate',
      ],
      [
        'lone surrogate in the field name',
        Buffer.from(`name*=utf-16le''${utf16le('file\uDC00')}; filename="photo.png"`),
        'surrogate',
      ],
      [
        'percent-encoded NUL in the file name',
        Buffer.from(`name="file"; filename*=utf-8''photo%00.png`),
        'nul',
      ],
      [
        'raw NUL in the file name',
        Buffer.concat([
          Buffer.from('name="file"; filename="photo'),
          Buffer.from([0]),
          Buffer.from('.png"'),
        ]),
        'nul',
      ],
      ['NUL in the field name', Buffer.from(`name*=utf-8''file%00; filename="photo.png"`), 'nul'],
    ];
    for (const [label, disposition, problem] of cases) {
      const body = rawPart(disposition, SAMPLE_FILES.png, 'image/png');
      const res = await officer.post(url, body.payload, {
        'content-type': body.contentType,
        'accept-language': 'en',
      });
      expect(res.statusCode, `${label}: ${res.body}`).toBe(400);
      const error = res.json<ErrorBody>().error;
      expect(error.code, label).toBe('VALIDATION_FAILED');
      expect(error.fields, label).toEqual({
        file:
          problem === 'nul'
            ? 'must not contain NUL characters'
            : 'holds an invalid Unicode character (a lone surrogate)',
      });
    }
    expect(await tableCounts(t)).toEqual(before);
    const staging = path.join(t.config.dataDir, 'files', 'tmp');
    expect(fs.existsSync(staging) ? fs.readdirSync(staging) : []).toEqual([]);
    // The same part, well formed, is accepted: it was the name that was refused.
    const fine = rawPart(
      Buffer.from(`name="file"; filename*=utf-16le''${utf16le('photo.png')}`),
      SAMPLE_FILES.png,
      'image/png',
    );
    const ok = await officer.post(url, fine.payload, { 'content-type': fine.contentType });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json<Attachment>().fileName).toBe('photo.png');
  });
});
