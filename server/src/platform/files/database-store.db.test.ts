import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, dbAvailable, type TestApp } from '../../../test/helpers.ts';
import {
  createDatabaseFileStore,
  FILE_CHUNK_BYTES,
  type FileBlobTables,
} from './database-store.ts';
import { TooLarge, type FileStore } from './store.ts';

const LIMIT = 8 * FILE_CHUNK_BYTES;

// The configuration offers this store on PostgreSQL only, but its SQL is the same on both dialects, so it is
// checked on both: on SQLite that also shows keeping inside the caller's transaction needs no second connection.
describe.skipIf(!dbAvailable)('database file store', () => {
  let t: TestApp;
  let store: FileStore;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    store = createDatabaseFileStore(t.ctx.db, t.config.dataDir, t.config.crypto);
  });
  afterEach(async () => t.close());

  const rows = async () => {
    const db = t.ctx.db.withTables<FileBlobTables>();
    return {
      blobs: await db.selectFrom('fileBlobs').selectAll().orderBy('hash').execute(),
      chunks: await db
        .selectFrom('fileBlobChunks')
        .select(['hash', 'seq'])
        .orderBy('hash')
        .orderBy('seq')
        .execute(),
    };
  };
  const staging = () => fs.readdirSync(path.join(t.config.dataDir, 'files', 'tmp'));
  const keep = async (content: Buffer) => {
    const staged = await store.stage(Readable.from([content]), LIMIT);
    await t.ctx.db.transaction().execute((tx) => staged.keep(tx));
    return staged;
  };

  it('stages with digest, size and head, keeps in 1 MiB chunks, and streams the bytes back', async () => {
    const content = crypto.randomBytes(2 * FILE_CHUNK_BYTES + 1);
    const staged = await store.stage(
      Readable.from([content.subarray(0, 1000), content.subarray(1000)]),
      LIMIT,
    );
    expect(staged.hash).toBe(`sha256:${crypto.createHash('sha256').update(content).digest('hex')}`);
    expect(staged.size).toBe(content.length);
    expect(staged.head.equals(content.subarray(0, staged.head.length))).toBe(true);
    expect(staged.read().equals(content)).toBe(true);
    expect(await rows()).toEqual({ blobs: [], chunks: [] });

    await t.ctx.db.transaction().execute((tx) => staged.keep(tx));
    expect(await rows()).toEqual({
      blobs: [{ hash: staged.hash, size: content.length, chunks: 3 }],
      chunks: [0, 1, 2].map((seq) => ({ hash: staged.hash, seq })),
    });
    expect(staging()).toEqual([]);
    const stream = await store.open(staged.hash);
    expect(stream).not.toBeNull();
    if (stream) expect((await buffer(stream)).equals(content)).toBe(true);
  });

  it('keeps the same bytes once however often they are kept, and keeps content of exactly one chunk in one row', async () => {
    const content = crypto.randomBytes(FILE_CHUNK_BYTES);
    const first = await keep(content);
    const second = await keep(content);
    expect(second.hash).toBe(first.hash);
    const other = await keep(Buffer.from('other content'));
    const stored = await rows();
    expect(stored.blobs).toHaveLength(2);
    expect(stored.blobs.find((b) => b.hash === first.hash)).toEqual({
      hash: first.hash,
      size: FILE_CHUNK_BYTES,
      chunks: 1,
    });
    expect(stored.chunks.filter((c) => c.hash === first.hash)).toEqual([
      { hash: first.hash, seq: 0 },
    ]);
    expect(staging()).toEqual([]);
    const stream = await store.open(other.hash);
    if (stream) expect((await buffer(stream)).toString()).toBe('other content');
  });

  it('writes nothing when the transaction that keeps the content rolls back', async () => {
    const staged = await store.stage(Readable.from([Buffer.from('rolled back')]), LIMIT);
    const failed = t.ctx.db.transaction().execute(async (tx) => {
      await staged.keep(tx);
      throw new Error('the recording write failed');
    });
    await expect(failed).rejects.toThrow('the recording write failed');
    await staged.discard();
    expect(await rows()).toEqual({ blobs: [], chunks: [] });
    // The next upload of the same bytes stores them.
    await keep(Buffer.from('rolled back'));
    expect((await rows()).blobs).toHaveLength(1);
  });

  it('opens nothing for a hash it does not hold or whose chunks have gone, and refuses what is not a hash', async () => {
    expect(await store.open(`sha256:${'0'.repeat(64)}`)).toBeNull();
    const staged = await keep(crypto.randomBytes(FILE_CHUNK_BYTES + 1));
    await t.ctx.db
      .withTables<FileBlobTables>()
      .deleteFrom('fileBlobChunks')
      .where('seq', '=', 1)
      .execute();
    expect(await store.open(staged.hash)).toBeNull();
    await expect(store.open('sha256:../../etc/passwd')).rejects.toThrow(/not a stored file hash/);
  });

  it('refuses content over the limit while staging, leaving nothing behind', async () => {
    await expect(
      store.stage(Readable.from([Buffer.alloc(1000), Buffer.alloc(1000)]), 1500),
    ).rejects.toBeInstanceOf(TooLarge);
    expect(staging()).toEqual([]);
    const staged = await store.stage(Readable.from([Buffer.from('dropped')]), LIMIT);
    await staged.discard();
    expect(staging()).toEqual([]);
    expect(await rows()).toEqual({ blobs: [], chunks: [] });
  });
});
