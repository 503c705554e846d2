import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attachment, ErrorBody, Facility } from '../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  tableCounts,
  type Agent,
  type TestApp,
} from './helpers.ts';
import { OTHER_BRANCH, createOtherBranchOfficer } from './authorization.matrix.ts';
import { SAMPLE_FILES } from './sample-files.ts';
import { multipartFile, workbook } from './xlsx-upload.ts';

type ErrorReply = { error: { code: string; fields?: Record<string, string> } };

/** The first facility of a type at a demo port. */
const facilityAt = async (t: TestApp, port: string, type: string) =>
  t.ctx.db
    .selectFrom('facilities as f')
    .innerJoin('ports as p', 'p.id', 'f.portId')
    .innerJoin('orgUnits as u', 'u.id', 'p.orgUnitId')
    .select(['f.id', 'f.version'])
    .where('u.code', '=', port)
    .where('f.typeCode', '=', type)
    .orderBy('f.id')
    .limit(1)
    .executeTakeFirstOrThrow();

/** Factory: a certification recorded for the port's TREATMENT_AREA facility. */
const certify = async (t: TestApp, agent: Agent, port: string) => {
  const f = await facilityAt(t, port, 'TREATMENT_AREA');
  const res = await agent.post(`/api/v1/facilities/${f.id}/certifications`, {
    issuer: '示例直属海关',
    issuedDate: '2026-11-01',
    expiryDate: '2027-10-31',
    documentRef: '核准证书 2026-118',
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return { id: res.json<{ id: string }>().id, facilityId: f.id };
};

/** Sends one file as a browser's form does. */
const upload = (agent: Agent, url: string, content: Buffer, name: string, mime: string) => {
  const body = multipartFile(content, name, mime);
  return agent.post(url, body.payload, { 'content-type': body.contentType });
};

const storedPath = (t: TestApp, hash: string) => {
  const hex = hash.slice(hash.indexOf(':') + 1);
  return path.join(t.config.dataDir, 'files', hex.slice(0, 2), hex.slice(2, 4), hex);
};

describe.skipIf(!dbAvailable)('attachments', () => {
  let t: TestApp;
  let officer: Agent;
  beforeEach(async () => {
    t = await createTestApp({ env: { GUOMEN_UPLOAD_LIMIT_BYTES: '65536' } });
    officer = await login(t, 'branch.harbour');
  });
  afterEach(async () => t.close());

  describe('attachments.attachToFacility', () => {
    it('stores a photo by content hash, lists it, serves it back with its type, and audits it', async () => {
      const f = await facilityAt(t, 'P-SEA-WEST', 'VIDEO_MONITORING');
      const res = await upload(
        officer,
        `/api/v1/facilities/${f.id}/attachments?kind=photo`,
        SAMPLE_FILES.png,
        '监控 点位.png',
        'image/png',
      );
      expect(res.statusCode, res.body).toBe(201);
      const a = res.json<Attachment>();
      expect(a).toMatchObject({
        facilityId: f.id,
        certificationId: null,
        kind: 'photo',
        fileName: '监控 点位.png',
        mimeType: 'image/png',
        size: SAMPLE_FILES.png.length,
        archived: false,
        can: { archive: true },
      });

      const file = await t.ctx.db.selectFrom('files').selectAll().executeTakeFirstOrThrow();
      expect(file.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(fs.readFileSync(storedPath(t, file.hash))).toEqual(SAMPLE_FILES.png);
      expect(fs.readdirSync(path.join(t.config.dataDir, 'files', 'tmp'))).toEqual([]);

      const list = (await officer.get(`/api/v1/facilities/${f.id}/attachments`)).json<
        Attachment[]
      >();
      expect(list.map((x) => x.id)).toEqual([a.id]);

      const download = await officer.get(a.url);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('image/png');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="__ __.png"; filename*=UTF-8''${encodeURIComponent('监控 点位.png')}`,
      );
      expect(download.rawPayload).toEqual(SAMPLE_FILES.png);

      const audit = await t.ctx.db
        .selectFrom('auditLog')
        .select('action')
        .where('entityId', '=', a.id)
        .execute();
      expect(audit.map((x) => x.action)).toEqual(['attachment.create']);
    });

    it('answers 404 FILE_MISSING, not a server error, when the stored file has gone from disk', async () => {
      const f = await facilityAt(t, 'P-SEA-WEST', 'VIDEO_MONITORING');
      const a = (
        await upload(
          officer,
          `/api/v1/facilities/${f.id}/attachments?kind=photo`,
          SAMPLE_FILES.png,
          'gone.png',
          'image/png',
        )
      ).json<Attachment>();
      const file = await t.ctx.db.selectFrom('files').selectAll().executeTakeFirstOrThrow();
      fs.rmSync(storedPath(t, file.hash));
      const download = await officer.get(a.url);
      expect(download.statusCode).toBe(404);
      expect(download.json<ErrorBody>().error.code).toBe('FILE_MISSING');
    });

    it('keeps the same bytes once on disk, however often they are uploaded', async () => {
      const f = await facilityAt(t, 'P-SEA-WEST', 'VIDEO_MONITORING');
      for (const name of ['a.pdf', 'b.pdf'])
        expect(
          (
            await upload(
              officer,
              `/api/v1/facilities/${f.id}/attachments?kind=document`,
              SAMPLE_FILES.pdf,
              name,
              'application/pdf',
            )
          ).statusCode,
        ).toBe(201);
      const files = await t.ctx.db
        .selectFrom('files')
        .select(['hash', 'originalName'])
        .orderBy('originalName')
        .execute();
      expect(files.map((x) => x.originalName)).toEqual(['a.pdf', 'b.pdf']);
      expect(files[0]?.hash).toBe(files[1]?.hash);
      const dir = path.dirname(storedPath(t, files[0]?.hash ?? ''));
      expect(fs.readdirSync(dir)).toHaveLength(1);
    });

    it('accepts WebP, JPEG, xlsx and docx, each checked by its bytes', async () => {
      const f = await facilityAt(t, 'P-SEA-WEST', 'VIDEO_MONITORING');
      const xlsx = await workbook(['a'], [[1]]);
      const cases: [Buffer, string, string][] = [
        [SAMPLE_FILES.webp, 'p.webp', 'image/webp'],
        [SAMPLE_FILES.jpeg, 'p.JPG', 'image/jpeg'],
        [xlsx, 'ledger.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        [SAMPLE_FILES.docx, 'report.docx', 'application/octet-stream'],
      ];
      for (const [bytes, name, mime] of cases) {
        const res = await upload(
          officer,
          `/api/v1/facilities/${f.id}/attachments?kind=document`,
          bytes,
          name,
          mime,
        );
        expect(res.statusCode, `${name}: ${res.body}`).toBe(201);
      }
    });

    it('refuses content that is not what its name or type says (415 naming the file), an unknown type, an empty or oversize file, and JSON; writing nothing', async () => {
      const f = await facilityAt(t, 'P-SEA-WEST', 'VIDEO_MONITORING');
      const url = `/api/v1/facilities/${f.id}/attachments?kind=photo`;
      const before = await tableCounts(t);
      const cases: [Buffer, string, string, number, string][] = [
        [SAMPLE_FILES.png, 'photo.pdf', 'application/pdf', 415, 'FILE_TYPE_MISMATCH'],
        [SAMPLE_FILES.png, 'photo.png', 'image/jpeg', 415, 'FILE_TYPE_MISMATCH'],
        [SAMPLE_FILES.exe, 'photo.png', 'image/png', 415, 'FILE_TYPE_REFUSED'],
        [SAMPLE_FILES.zip, 'photo.docx', 'application/octet-stream', 415, 'FILE_TYPE_REFUSED'],
        [Buffer.alloc(0), 'photo.png', 'image/png', 400, 'FILE_REQUIRED'],
        [
          Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(70_000)]),
          'big.pdf',
          'application/pdf',
          413,
          'FILE_TOO_LARGE',
        ],
      ];
      for (const [bytes, name, mime, status, code] of cases) {
        const res = await upload(officer, url, bytes, name, mime);
        expect(res.statusCode, `${name}: ${res.body}`).toBe(status);
        expect(res.json<ErrorReply>().error.code).toBe(code);
        expect(res.json<ErrorReply>().error.fields).toHaveProperty('file');
      }
      const json = await officer.post(url, {});
      expect(json.statusCode).toBe(415);
      const noKind = await upload(
        officer,
        `/api/v1/facilities/${f.id}/attachments`,
        SAMPLE_FILES.png,
        'p.png',
        'image/png',
      );
      expect(noKind.statusCode).toBe(400);
      expect(noKind.json<ErrorReply>().error.fields).toHaveProperty('kind');
      expect(await tableCounts(t)).toEqual(before);
      expect(fs.readdirSync(path.join(t.config.dataDir, 'files', 'tmp'))).toEqual([]);
    });

    it('takes multipart only on the upload routes: archiving with a form answers 415', async () => {
      const f = await facilityAt(t, 'P-SEA-WEST', 'VIDEO_MONITORING');
      const a = (
        await upload(
          officer,
          `/api/v1/facilities/${f.id}/attachments?kind=photo`,
          SAMPLE_FILES.png,
          'p.png',
          'image/png',
        )
      ).json<Attachment>();
      for (const url of [
        `/api/v1/attachments/${a.id}/archive`,
        `/api/v1/facilities/${f.id}/archive`,
      ]) {
        const res = await upload(officer, url, SAMPLE_FILES.png, 'p.png', 'image/png');
        expect(res.statusCode, url).toBe(415);
        expect(res.json<ErrorReply>().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      }
    });

    it('answers 404 to another branch and to a port officer of another port, for upload, list and download alike', async () => {
      const f = await facilityAt(t, 'P-SEA-WEST', 'VIDEO_MONITORING');
      const a = (
        await upload(
          officer,
          `/api/v1/facilities/${f.id}/attachments?kind=photo`,
          SAMPLE_FILES.png,
          'p.png',
          'image/png',
        )
      ).json<Attachment>();
      await createOtherBranchOfficer(t);
      const otherBranch = await login(t, OTHER_BRANCH.username, OTHER_BRANCH.password);
      const portOfficer = await login(t, 'port.east');
      for (const agent of [otherBranch, portOfficer]) {
        expect(
          (
            await upload(
              agent,
              `/api/v1/facilities/${f.id}/attachments?kind=photo`,
              SAMPLE_FILES.png,
              'p.png',
              'image/png',
            )
          ).statusCode,
        ).toBe(404);
        expect((await agent.get(`/api/v1/facilities/${f.id}/attachments`)).statusCode).toBe(404);
        expect((await agent.get(a.url)).statusCode).toBe(404);
        expect(
          (
            await agent.post(`/api/v1/attachments/${a.id}/archive`, {
              version: a.version,
              reason: '不需要',
            })
          ).statusCode,
        ).toBe(404);
      }
      const leader = await login(t, 'leader');
      expect((await leader.get(a.url)).statusCode).toBe(200);
      expect(
        (await leader.get(`/api/v1/facilities/${f.id}/attachments`)).json<Attachment[]>()[0]?.can,
      ).toEqual({ read: true, archive: false });
    });

    it('refuses to attach to an archived facility (422)', async () => {
      const f = await facilityAt(t, 'P-SEA-WEST', 'VIDEO_MONITORING');
      expect(
        (
          await officer.post(`/api/v1/facilities/${f.id}/archive`, {
            version: f.version,
            reason: '设备报废',
          })
        ).statusCode,
      ).toBe(200);
      const res = await upload(
        officer,
        `/api/v1/facilities/${f.id}/attachments?kind=photo`,
        SAMPLE_FILES.png,
        'p.png',
        'image/png',
      );
      expect(res.statusCode).toBe(422);
      expect(res.json<ErrorReply>().error.code).toBe('ATTACHMENT_FACILITY_ARCHIVED');
    });
  });

  describe('upload names', () => {
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

    it('strips bidi controls and invisible format characters, so the stored and downloaded name shows its real extension', async () => {
      const f = await facilityAt(t, 'P-SEA-WEST', 'VIDEO_MONITORING');
      const url = `/api/v1/facilities/${f.id}/attachments?kind=document`;
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
        const res = await upload(officer, url, bytes, name, mime);
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
      const f = await facilityAt(t, 'P-SEA-WEST', 'VIDEO_MONITORING');
      const res = await upload(
        officer,
        `/api/v1/facilities/${f.id}/attachments?kind=photo`,
        SAMPLE_FILES.pdf,
        'photo\u202Egnp.pdf',
        'application/octet-stream',
      );
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<Attachment>().fileName).toBe('photognp.pdf');
      const mismatch = await upload(
        officer,
        `/api/v1/facilities/${f.id}/attachments?kind=photo`,
        SAMPLE_FILES.pdf,
        'photo.pdf\u200B.png',
        'application/octet-stream',
      );
      expect(mismatch.statusCode).toBe(415);
      expect(mismatch.json<ErrorReply>().error.code).toBe('FILE_TYPE_MISMATCH');
    });

    it('keeps a name of 200 characters by code point, never cutting a surrogate pair in half', async () => {
      const f = await facilityAt(t, 'P-SEA-WEST', 'VIDEO_MONITORING');
      const name = `${'𠀋'.repeat(250)}.pdf`;
      const res = await upload(
        officer,
        `/api/v1/facilities/${f.id}/attachments?kind=document`,
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
      const f = await facilityAt(t, 'P-SEA-WEST', 'VIDEO_MONITORING');
      const a = (
        await upload(
          officer,
          `/api/v1/facilities/${f.id}/attachments?kind=document`,
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
      const f = await facilityAt(t, 'P-SEA-WEST', 'VIDEO_MONITORING');
      const url = `/api/v1/facilities/${f.id}/attachments?kind=document`;
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
        expect(res.json<ErrorReply>().error.code, label).toBe(code);
        expect(res.json<ErrorReply>().error.fields, label).toHaveProperty('file');
      }
    });

    it('refuses a file or field name holding a lone surrogate or NUL with 400 naming the file, writing nothing', async () => {
      const f = await facilityAt(t, 'P-SEA-WEST', 'VIDEO_MONITORING');
      const url = `/api/v1/facilities/${f.id}/attachments?kind=photo`;
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
        const error = res.json<ErrorReply>().error;
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

  describe('attachments.attachToCertification', () => {
    it("keeps a certificate document with its certification, apart from the facility's own attachments", async () => {
      const c = await certify(t, officer, 'P-SEA-WEST');
      const res = await upload(
        officer,
        `/api/v1/certifications/${c.id}/attachments`,
        SAMPLE_FILES.pdf,
        '核准证书.pdf',
        'application/pdf',
      );
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<Attachment>()).toMatchObject({
        facilityId: c.facilityId,
        certificationId: c.id,
        kind: 'certificate',
        mimeType: 'application/pdf',
      });
      expect(
        (await officer.get(`/api/v1/certifications/${c.id}/attachments`)).json<Attachment[]>(),
      ).toHaveLength(1);
      expect(
        (await officer.get(`/api/v1/facilities/${c.facilityId}/attachments`)).json<Attachment[]>(),
      ).toHaveLength(0);
      const other = await login(t, 'port.east');
      expect((await other.get(`/api/v1/certifications/${c.id}/attachments`)).statusCode).toBe(404);
    });
  });

  describe('attachments.archive', () => {
    it('archives with a reason and the version read, keeps the file readable, and refuses a stale version or a second archive', async () => {
      const f = await facilityAt(t, 'P-SEA-WEST', 'VIDEO_MONITORING');
      const a = (
        await upload(
          officer,
          `/api/v1/facilities/${f.id}/attachments?kind=photo`,
          SAMPLE_FILES.png,
          'p.png',
          'image/png',
        )
      ).json<Attachment>();
      expect(
        (
          await officer.post(`/api/v1/attachments/${a.id}/archive`, {
            version: a.version + 1,
            reason: '照片模糊',
          })
        ).statusCode,
      ).toBe(409);
      const res = await officer.post(`/api/v1/attachments/${a.id}/archive`, {
        version: a.version,
        reason: '照片模糊',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<Attachment>()).toMatchObject({
        archived: true,
        archivedReason: '照片模糊',
        version: 2,
        can: { archive: false },
      });
      expect(
        (
          await officer.post(`/api/v1/attachments/${a.id}/archive`, { version: 2, reason: '再次' })
        ).json<ErrorReply>().error.code,
      ).toBe('ATTACHMENT_ARCHIVED');
      expect(
        (await officer.get(`/api/v1/facilities/${f.id}/attachments`)).json<Attachment[]>(),
      ).toEqual([]);
      expect(
        (await officer.get(`/api/v1/facilities/${f.id}/attachments?archived=true`))
          .json<Attachment[]>()
          .map((x) => x.id),
      ).toEqual([a.id]);
      expect((await officer.get(a.url)).statusCode).toBe(200);
      const audit = await t.ctx.db
        .selectFrom('auditLog')
        .select('action')
        .where('entityId', '=', a.id)
        .orderBy('seq')
        .execute();
      expect(audit.map((x) => x.action)).toEqual(['attachment.create', 'attachment.archive']);
    });
  });
});

describe.skipIf(!dbAvailable)('restore', () => {
  let t: TestApp;
  let officer: Agent;
  beforeEach(async () => {
    t = await createTestApp();
    officer = await login(t, 'branch.harbour');
  });
  afterEach(async () => t.close());

  const portRow = async (code: string) =>
    t.ctx.db
      .selectFrom('ports')
      .innerJoin('orgUnits as u', 'u.id', 'ports.orgUnitId')
      .select(['ports.id', 'ports.version'])
      .where('u.code', '=', code)
      .executeTakeFirstOrThrow();

  it('ports.restore brings an archived port back, audited; a live one answers 422 and a stale version 409', async () => {
    const port = await portRow('P-SEA-WEST');
    expect(
      (
        await officer.post(`/api/v1/ports/${port.id}/restore`, { version: port.version })
      ).json<ErrorReply>().error.code,
    ).toBe('PORT_NOT_ARCHIVED');
    expect(
      (
        await officer.post(`/api/v1/ports/${port.id}/archive`, {
          version: port.version,
          reason: '口岸撤并',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await officer.post(`/api/v1/ports/${port.id}/restore`, { version: port.version }))
        .statusCode,
    ).toBe(409);
    const res = await officer.post(`/api/v1/ports/${port.id}/restore`, {
      version: port.version + 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ archived: boolean; archivedReason: string | null }>()).toMatchObject({
      archived: false,
      archivedReason: null,
    });
    const other = await login(t, 'port.east');
    expect(
      (await other.post(`/api/v1/ports/${port.id}/restore`, { version: port.version + 2 }))
        .statusCode,
    ).toBe(404);
    const audit = await t.ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', '=', port.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action).slice(-2)).toEqual(['port.archive', 'port.restore']);
  });

  it('facilities.restore brings a facility back, but not while its port is archived', async () => {
    const f = await facilityAt(t, 'P-SEA-WEST', 'VIDEO_MONITORING');
    expect(
      (
        await officer.post(`/api/v1/facilities/${f.id}/archive`, {
          version: f.version,
          reason: '设备报废',
        })
      ).statusCode,
    ).toBe(200);
    const port = await portRow('P-SEA-WEST');
    expect(
      (
        await officer.post(`/api/v1/ports/${port.id}/archive`, {
          version: port.version,
          reason: '口岸撤并',
        })
      ).statusCode,
    ).toBe(200);
    const blocked = await officer.post(`/api/v1/facilities/${f.id}/restore`, {
      version: f.version + 1,
    });
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json<ErrorReply>().error.code).toBe('FACILITY_PORT_ARCHIVED');
    expect(
      (await officer.post(`/api/v1/ports/${port.id}/restore`, { version: port.version + 1 }))
        .statusCode,
    ).toBe(200);
    const res = await officer.post(`/api/v1/facilities/${f.id}/restore`, {
      version: f.version + 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Facility>()).toMatchObject({
      archived: false,
      archivedReason: null,
      version: f.version + 2,
    });
    expect(
      (
        await officer.post(`/api/v1/facilities/${f.id}/restore`, { version: f.version + 2 })
      ).json<ErrorReply>().error.code,
    ).toBe('FACILITY_NOT_ARCHIVED');
  });

  it('projects.restore brings a project back', async () => {
    const port = await portRow('P-SEA-WEST');
    const p = await t.ctx.db
      .selectFrom('projects')
      .select(['id', 'version'])
      .where('portId', '=', port.id)
      .executeTakeFirstOrThrow();
    expect(
      (
        await officer.post(`/api/v1/projects/${p.id}/restore`, { version: p.version })
      ).json<ErrorReply>().error.code,
    ).toBe('PROJECT_NOT_ARCHIVED');
    expect(
      (
        await officer.post(`/api/v1/projects/${p.id}/archive`, {
          version: p.version,
          reason: '规划调整',
        })
      ).statusCode,
    ).toBe(200);
    const res = await officer.post(`/api/v1/projects/${p.id}/restore`, { version: p.version + 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ archived: boolean }>().archived).toBe(false);
    const wg = await login(t, 'wg.facility');
    expect(
      (await wg.post(`/api/v1/projects/${p.id}/restore`, { version: p.version + 2 })).statusCode,
    ).toBe(403);
  });
});

describe.skipIf(!dbAvailable)('certification filter and expiry export', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => t.close());

  it('facilities.list filters by the latest certification: the four states partition the ledger', async () => {
    const wg = await login(t, 'wg.facility');
    type PageOfFacilities = { items: Facility[]; total: number };
    const all = (await wg.get('/api/v1/facilities?pageSize=1')).json<PageOfFacilities>().total;
    let sum = 0;
    for (const state of ['valid', 'expiring', 'expired', 'none'] as const) {
      const res = await wg.get(`/api/v1/facilities?pageSize=200&certification=${state}`);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json<PageOfFacilities>();
      sum += page.total;
      for (const f of page.items) {
        if (state === 'none') expect(f.certificationExpiry).toBeNull();
        else if (f.certificationState !== 'not_required')
          expect(f.certificationState, `${f.portCode} ${f.typeCode}`).toBe(state);
      }
      if (state !== 'none') expect(page.total, state).toBeGreaterThan(0);
    }
    expect(sum).toBe(all);
    const bad = await wg.get('/api/v1/facilities?certification=lapsed');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorReply>().error.fields).toHaveProperty('certification');
  });

  it('certifications.expiring/export gives the filtered board as xlsx', async () => {
    const wg = await login(t, 'wg.facility');
    const board = (await wg.get('/api/v1/certifications/expiring?within=30&pageSize=200')).json<{
      total: number;
    }>();
    const res = await wg.get('/api/v1/certifications/expiring/export?within=30', {
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('Port');
    expect((sheet?.rowCount ?? 0) - 1).toBe(board.total);
  });
});
