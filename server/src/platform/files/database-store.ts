import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { CryptoSuite } from '../crypto/crypto.ts';
import type { Db } from '../db/database.ts';
import { hexOf, stageContent } from './staging.ts';
import type { FileStore } from './store.ts';

/** Content is kept in rows of at most 1 MiB: no upload needs one huge parameter, and a download holds one chunk at a time. */
export const FILE_CHUNK_BYTES = 1024 * 1024;

// Only this store touches these tables (migration 0006), so their shapes live beside it rather than in schema.ts.
export type FileBlobTables = {
  /** One row per distinct content, written in the same transaction as all its chunks: its presence means the content is whole. */
  fileBlobs: { hash: string; size: number; chunks: number };
  fileBlobChunks: { hash: string; seq: number; data: Buffer };
};

/** Fills `buffer` from `position` unless the file ends first; one read may return less than asked. */
async function readAt(
  file: fs.promises.FileHandle,
  buffer: Buffer,
  position: number,
): Promise<Buffer> {
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await file.read(
      buffer,
      filled,
      buffer.length - filled,
      position + filled,
    );
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/**
 * Content in the database (tables `file_blobs` and `file_blob_chunks`), so every app instance on the same
 * PostgreSQL serves every upload. Uploads are still staged in `$GUOMEN_DATA_DIR/files/tmp/` while they are
 * digested and checked; only kept content leaves the machine that received it.
 */
export function createDatabaseFileStore(db: Db, dataDir: string, suite: CryptoSuite): FileStore {
  const tmp = path.join(dataDir, 'files', 'tmp');
  const blobs = db.withTables<FileBlobTables>();

  /** Chunk by chunk, each read when the consumer wants more, so a slow download holds no connection between chunks. */
  async function* chunksOf(hash: string, chunks: number): AsyncGenerator<Buffer> {
    for (let seq = 0; seq < chunks; seq++) {
      const chunk = await blobs
        .selectFrom('fileBlobChunks')
        .select('data')
        .where('hash', '=', hash)
        .where('seq', '=', seq)
        .executeTakeFirst();
      // Only rows deleted by hand while this download runs: its headers are sent, so it can only break off.
      if (!chunk) throw new Error(`file ${hash}: chunk ${seq} of ${chunks} has gone`);
      yield chunk.data;
    }
  }

  return {
    async stage(content, maxBytes) {
      const { temp, hash, size, head } = await stageContent(tmp, suite, content, maxBytes);
      return {
        hash,
        size,
        head,
        read: () => fs.readFileSync(temp),
        async keep(tx) {
          const t = tx.withTables<FileBlobTables>();
          const chunks = Math.ceil(size / FILE_CHUNK_BYTES);
          // The header goes first: a concurrent keep of the same bytes waits on its key, then finds it
          // committed together with every chunk and writes nothing; after a rollback it writes them itself.
          const claimed = await t
            .insertInto('fileBlobs')
            .values({ hash, size, chunks })
            .onConflict((oc) => oc.column('hash').doNothing())
            .returning('hash')
            .executeTakeFirst();
          if (claimed) {
            const file = await fs.promises.open(temp, 'r');
            try {
              const buffer = Buffer.allocUnsafe(FILE_CHUNK_BYTES);
              for (let seq = 0; seq < chunks; seq++) {
                const data = await readAt(file, buffer, seq * FILE_CHUNK_BYTES);
                // The driver has sent (PostgreSQL) or copied (SQLite) the bytes once the insert returns, so the buffer is reused.
                await t.insertInto('fileBlobChunks').values({ hash, seq, data }).execute();
              }
            } finally {
              await file.close();
            }
          }
          await fs.promises.rm(temp, { force: true });
        },
        discard: () => fs.promises.rm(temp, { force: true }),
      };
    },

    async open(hash) {
      hexOf(hash);
      // Every chunk counted up front (on the primary key), so content damaged by hand answers FILE_MISSING like a file gone from disk.
      const header = await blobs
        .selectFrom('fileBlobs as b')
        .select((eb) => [
          'b.chunks',
          eb
            .selectFrom('fileBlobChunks as c')
            .whereRef('c.hash', '=', 'b.hash')
            .select((e) => e.fn.countAll<number>().as('n'))
            .as('stored'),
        ])
        .where('b.hash', '=', hash)
        .executeTakeFirst();
      if (!header || Number(header.stored) !== header.chunks) return null;
      return Readable.from(chunksOf(hash, header.chunks), { objectMode: false });
    },
  };
}
