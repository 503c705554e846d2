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
import { createWorld, makeFacility, type World } from '../../../test/factories.ts';
import { SAMPLE_FILES, storedPath, uploadFile } from '../../../test/sample-files.ts';
import { workbook } from '../../../test/xlsx-upload.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.skipIf(!dbAvailable)('attachments.attachToFacility', () => {
  let t: TestApp;
  let w: World;
  let officer: Agent;
  let f: Facility;
  /** The facility's upload route for one kind of attachment. */
  const uploadUrl = (kind = 'photo') => `/api/v1/facilities/${f.id}/attachments?kind=${kind}`;
  const attachPhoto = async (name = 'p.png') =>
    (
      await uploadFile(officer, uploadUrl(), SAMPLE_FILES.png, name, 'image/png')
    ).json<Attachment>();
  const staging = () => fs.readdirSync(path.join(t.config.dataDir, 'files', 'tmp'));

  beforeEach(async () => {
    // A small limit, so an oversize file is cheap to send.
    t = await createTestApp({ seed: false, env: { GUOMEN_UPLOAD_LIMIT_BYTES: '65536' } });
    w = await createWorld(t);
    f = await makeFacility(t, w.branchActor, { port: w.siblingPort, typeCode: 'VIDEO_MONITORING' });
    officer = await login(t, w.accounts.branchOfficer);
  });
  afterEach(async () => t.close());

  it('stores a photo by content hash, lists it, serves it back with its type, and audits it', async () => {
    const res = await uploadFile(
      officer,
      uploadUrl(),
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
    expect(fs.readFileSync(storedPath(t.config.dataDir, file.hash))).toEqual(SAMPLE_FILES.png);
    expect(staging()).toEqual([]);

    const list = (await officer.get(`/api/v1/facilities/${f.id}/attachments`)).json<Attachment[]>();
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
    const a = await attachPhoto('gone.png');
    const file = await t.ctx.db.selectFrom('files').selectAll().executeTakeFirstOrThrow();
    fs.rmSync(storedPath(t.config.dataDir, file.hash));
    const download = await officer.get(a.url);
    expect(download.statusCode).toBe(404);
    expect(download.json<ErrorBody>().error.code).toBe('FILE_MISSING');
  });

  it('keeps the same bytes once on disk, however often they are uploaded', async () => {
    for (const name of ['a.pdf', 'b.pdf'])
      expect(
        (
          await uploadFile(
            officer,
            uploadUrl('document'),
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
    const dir = path.dirname(storedPath(t.config.dataDir, files[0]?.hash ?? ''));
    expect(fs.readdirSync(dir)).toHaveLength(1);
  });

  it('accepts WebP, JPEG, xlsx and docx, each checked by its bytes', async () => {
    const cases: [Buffer, string, string][] = [
      [SAMPLE_FILES.webp, 'p.webp', 'image/webp'],
      [SAMPLE_FILES.jpeg, 'p.JPG', 'image/jpeg'],
      [await workbook(['a'], [[1]]), 'ledger.xlsx', XLSX],
      [SAMPLE_FILES.docx, 'report.docx', 'application/octet-stream'],
    ];
    for (const [bytes, name, mime] of cases) {
      const res = await uploadFile(officer, uploadUrl('document'), bytes, name, mime);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(201);
    }
  });

  it('refuses content that is not what its name or type says (415 naming the file), an unknown type, an empty or oversize file, and JSON; writing nothing', async () => {
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
      const res = await uploadFile(officer, uploadUrl(), bytes, name, mime);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(status);
      expect(res.json<ErrorBody>().error.code).toBe(code);
      expect(res.json<ErrorBody>().error.fields).toHaveProperty('file');
    }
    const json = await officer.post(uploadUrl(), {});
    expect(json.statusCode).toBe(415);
    const noKind = await uploadFile(
      officer,
      `/api/v1/facilities/${f.id}/attachments`,
      SAMPLE_FILES.png,
      'p.png',
      'image/png',
    );
    expect(noKind.statusCode).toBe(400);
    expect(noKind.json<ErrorBody>().error.fields).toHaveProperty('kind');
    expect(await tableCounts(t)).toEqual(before);
    expect(staging()).toEqual([]);
  });

  it('takes multipart only on the upload routes: archiving with a form answers 415', async () => {
    const a = await attachPhoto();
    for (const url of [
      `/api/v1/attachments/${a.id}/archive`,
      `/api/v1/facilities/${f.id}/archive`,
    ]) {
      const res = await uploadFile(officer, url, SAMPLE_FILES.png, 'p.png', 'image/png');
      expect(res.statusCode, url).toBe(415);
      expect(res.json<ErrorBody>().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('answers 404 to another branch and to a port officer of another port, for upload, list and download alike', async () => {
    const a = await attachPhoto();
    // The facility is at the sibling port; the port officer keeps the other port of the same branch.
    const otherBranch = await login(t, w.accounts.otherBranchOfficer);
    const portOfficer = await login(t, w.accounts.portOfficer);
    for (const agent of [otherBranch, portOfficer]) {
      expect(
        (await uploadFile(agent, uploadUrl(), SAMPLE_FILES.png, 'p.png', 'image/png')).statusCode,
        agent.username,
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
    const leader = await login(t, w.accounts.leader);
    expect((await leader.get(a.url)).statusCode).toBe(200);
    expect(
      (await leader.get(`/api/v1/facilities/${f.id}/attachments`)).json<Attachment[]>()[0]?.can,
    ).toEqual({ read: true, archive: false });
  });

  it('refuses to attach to an archived facility (422)', async () => {
    expect(
      (
        await officer.post(`/api/v1/facilities/${f.id}/archive`, {
          version: f.version,
          reason: '设备报废',
        })
      ).statusCode,
    ).toBe(200);
    const res = await uploadFile(officer, uploadUrl(), SAMPLE_FILES.png, 'p.png', 'image/png');
    expect(res.statusCode).toBe(422);
    expect(res.json<ErrorBody>().error.code).toBe('ATTACHMENT_FACILITY_ARCHIVED');
  });
});
