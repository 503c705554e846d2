import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Attachment } from '../../contracts/index.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { FILE_CHUNK_BYTES, type FileBlobTables } from '../src/platform/files/database-store.ts';
import {
  agentFor,
  createSecondInstance,
  createTestApp,
  dbAvailable,
  dialect,
  login,
  type Agent,
  type TestApp,
} from './helpers.ts';
import { SAMPLE_FILES } from './sample-files.ts';
import { multipartFile } from './xlsx-upload.ts';

const facilityAt = async (t: TestApp, port: string, type: string) =>
  t.ctx.db
    .selectFrom('facilities as f')
    .innerJoin('ports as p', 'p.id', 'f.portId')
    .innerJoin('orgUnits as u', 'u.id', 'p.orgUnitId')
    .select(['f.id'])
    .where('u.code', '=', port)
    .where('f.typeCode', '=', type)
    .orderBy('f.id')
    .limit(1)
    .executeTakeFirstOrThrow();

const upload = (agent: Agent, url: string, content: Buffer, name: string, mime: string) => {
  const body = multipartFile(content, name, mime);
  return agent.post(url, body.payload, { 'content-type': body.contentType });
};

/** The stored rows of one content: its header rows (1 when kept, never more) and its chunks. */
const storedRows = async (t: TestApp, hash: string) => {
  const db = t.ctx.db.withTables<FileBlobTables>();
  const blobs = await db.selectFrom('fileBlobs').selectAll().where('hash', '=', hash).execute();
  const chunks = await db
    .selectFrom('fileBlobChunks')
    .select(['seq'])
    .where('hash', '=', hash)
    .orderBy('seq')
    .execute();
  return { blobs, seqs: chunks.map((c) => c.seq) };
};

/** Every file under a data directory's files/ (staging included): none once content lives in the database. */
const filesOnDisk = (t: TestApp) => {
  const root = path.join(t.config.dataDir, 'files');
  return fs.existsSync(root)
    ? fs
        .readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name)
    : [];
};

// Several instances share files only through PostgreSQL. On SQLite this file checks instead that the database
// store is refused at start-up, so neither project skips a test (CI runs with GUOMEN_TEST_REQUIRE_ALL=1).
if (dialect === 'sqlite') {
  describe('GUOMEN_FILE_STORE on SQLite', () => {
    it('refuses the database store with the variable named, and keeps files on disk by default', () => {
      expect(() => loadConfig({ GUOMEN_FILE_STORE: 'database' })).toThrow(ConfigError);
      expect(() =>
        loadConfig({ GUOMEN_FILE_STORE: 'database', DATABASE_URL: 'sqlite:guomen.db' }),
      ).toThrow(/^GUOMEN_FILE_STORE: .*PostgreSQL/);
      expect(() => loadConfig({ GUOMEN_FILE_STORE: 's3' })).toThrow(/^GUOMEN_FILE_STORE: /);
      expect(loadConfig({}).fileStore).toBe('disk');
      expect(
        loadConfig({ GUOMEN_FILE_STORE: 'database', DATABASE_URL: 'postgres://db.example/guomen' })
          .fileStore,
      ).toBe('database');
    });
  });
} else {
  describe.skipIf(!dbAvailable)('files across two instances on one PostgreSQL', () => {
    let a: TestApp;
    let b: TestApp;
    let onA: Agent;
    let onB: Agent;
    beforeEach(async () => {
      // loadConfig accepts the database store only with a PostgreSQL URL; createTestApp then points the app at its own schema.
      a = await createTestApp({
        env: { DATABASE_URL: inject('pgUrl') ?? '', GUOMEN_FILE_STORE: 'database' },
      });
      b = await createSecondInstance(a);
      // One browser behind a load balancer: signed in through one instance, its session serves both.
      onA = await login(a, 'branch.gaolan');
      onB = agentFor(b, onA.username, onA.cookie, onA.csrf);
    });
    afterEach(async () => {
      await b.close();
      await a.close();
    });

    it('serves a facility photo uploaded through one instance, byte for byte, through the other', async () => {
      expect(b.config.dataDir).not.toBe(a.config.dataDir);
      const f = await facilityAt(a, 'GL-GRAIN', 'VIDEO_MONITORING');
      // Over two chunks, so the content is split on the way in and streamed back in order.
      const photo = Buffer.concat([
        SAMPLE_FILES.png,
        crypto.randomBytes(2 * FILE_CHUNK_BYTES + 12_345),
      ]);
      const res = await upload(
        onA,
        `/api/v1/facilities/${f.id}/attachments?kind=photo`,
        photo,
        '监控点位.png',
        'image/png',
      );
      expect(res.statusCode, res.body).toBe(201);
      const attachment = res.json<Attachment>();

      const list = (await onB.get(`/api/v1/facilities/${f.id}/attachments`)).json<Attachment[]>();
      expect(list.map((x) => x.id)).toEqual([attachment.id]);
      const download = await onB.get(attachment.url);
      expect(download.statusCode, download.body).toBe(200);
      expect(download.headers['content-type']).toBe('image/png');
      expect(Number(download.headers['content-length'])).toBe(photo.length);
      expect(download.rawPayload.equals(photo)).toBe(true);

      const file = await b.ctx.db
        .selectFrom('files')
        .select('hash')
        .where('size', '=', photo.length)
        .executeTakeFirstOrThrow();
      const stored = await storedRows(b, file.hash);
      expect(stored.blobs).toEqual([{ hash: file.hash, size: photo.length, chunks: 3 }]);
      expect(stored.seqs).toEqual([0, 1, 2]);
      // Nothing stays in either data directory: the staged upload went into the database.
      expect(filesOnDisk(a)).toEqual([]);
      expect(filesOnDisk(b)).toEqual([]);
    });

    it('stores the same content once, however often and through whichever instance it is uploaded, even at the same moment', async () => {
      const f = await facilityAt(a, 'GL-GRAIN', 'VIDEO_MONITORING');
      const url = `/api/v1/facilities/${f.id}/attachments?kind=document`;
      const together = await Promise.all([
        upload(onA, url, SAMPLE_FILES.pdf, 'a.pdf', 'application/pdf'),
        upload(onB, url, SAMPLE_FILES.pdf, 'b.pdf', 'application/pdf'),
      ]);
      const again = await upload(onB, url, SAMPLE_FILES.pdf, 'c.pdf', 'application/pdf');
      for (const res of [...together, again]) expect(res.statusCode, res.body).toBe(201);

      const files = await a.ctx.db
        .selectFrom('files')
        .select(['hash', 'originalName'])
        .orderBy('originalName')
        .execute();
      expect(files.map((x) => x.originalName)).toEqual(['a.pdf', 'b.pdf', 'c.pdf']);
      expect(new Set(files.map((x) => x.hash)).size).toBe(1);
      const stored = await storedRows(a, files[0]?.hash ?? '');
      expect(stored.blobs).toEqual([
        { hash: files[0]?.hash, size: SAMPLE_FILES.pdf.length, chunks: 1 },
      ]);
      expect(stored.seqs).toEqual([0]);
      for (const res of [...together, again]) {
        const download = await onA.get(res.json<Attachment>().url);
        expect(download.rawPayload.equals(SAMPLE_FILES.pdf)).toBe(true);
      }
    });

    it('answers 404 FILE_MISSING on every instance, not a server error, when the content rows have gone', async () => {
      const f = await facilityAt(a, 'GL-GRAIN', 'VIDEO_MONITORING');
      const attachment = (
        await upload(
          onA,
          `/api/v1/facilities/${f.id}/attachments?kind=photo`,
          SAMPLE_FILES.png,
          'gone.png',
          'image/png',
        )
      ).json<Attachment>();
      const db = a.ctx.db.withTables<FileBlobTables>();
      await db.deleteFrom('fileBlobChunks').execute();
      await db.deleteFrom('fileBlobs').execute();
      for (const agent of [onA, onB]) {
        const download = await agent.get(attachment.url);
        expect(download.statusCode, download.body).toBe(404);
        expect(download.headers['content-type']).toMatch(/^application\/json/);
        expect(download.json<{ error: { code: string } }>().error.code).toBe('FILE_MISSING');
      }
    });
  });
}
