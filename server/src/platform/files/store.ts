import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Config } from '../../config.ts';
import type { CryptoSuite } from '../crypto/crypto.ts';
import type { Db, Tx } from '../db/database.ts';
import { createDatabaseFileStore } from './database-store.ts';
import { hexOf, stageContent } from './staging.ts';

export { TooLarge } from './staging.ts';

/** Content received but not yet kept: its digest, size and first bytes, waiting in a temporary file. */
export type StagedFile = {
  /** `algorithm:hex`, as stored in the files table. */
  hash: string;
  size: number;
  head: Buffer;
  /** Reads the whole staged content (for the few checks that need it). */
  read(): Buffer;
  /**
   * Moves the content into the store (a no-op when the same bytes are already there). It is given the
   * transaction that records the file, so a store in the database commits or rolls back with that row.
   */
  keep(tx: Tx): Promise<void>;
  /** Drops the staged content. */
  discard(): Promise<void>;
};

/** Where uploaded files live. Content is addressed by its digest, so the same bytes are stored once. */
export type FileStore = {
  /** Streams content into a temporary file; rejects with `TooLarge` past `maxBytes`. */
  stage(content: Readable, maxBytes: number): Promise<StagedFile>;
  /**
   * The stored bytes, or null when the file has gone from the store (lost outside the product). Asynchronous
   * because a store in the database can tell only by asking it, and the answer must come before the
   * download's headers do.
   */
  open(hash: string): Promise<Readable | null>;
};

/** The store `GUOMEN_FILE_STORE` names (loadConfig has refused `database` without PostgreSQL). */
export function createFileStore(config: Config, db: Db): FileStore {
  return config.fileStore === 'database'
    ? createDatabaseFileStore(db, config.dataDir, config.crypto)
    : createDiskFileStore(config.dataDir, config.crypto);
}

/** `$GUOMEN_DATA_DIR/files/ab/cd/<hex>`: two levels of fan-out keep directories small. */
export function createDiskFileStore(dataDir: string, suite: CryptoSuite): FileStore {
  const root = path.join(dataDir, 'files');
  const tmp = path.join(root, 'tmp');
  const pathOf = (hash: string) => {
    const hex = hexOf(hash);
    return path.join(root, hex.slice(0, 2), hex.slice(2, 4), hex);
  };

  return {
    async stage(content, maxBytes) {
      const { temp, hash, size, head } = await stageContent(tmp, suite, content, maxBytes);
      return {
        hash,
        size,
        head,
        read: () => fs.readFileSync(temp),
        async keep() {
          const target = pathOf(hash);
          await fs.promises.mkdir(path.dirname(target), { recursive: true });
          // Same digest, same bytes: keep the copy already there.
          if (fs.existsSync(target)) return fs.promises.rm(temp, { force: true });
          await fs.promises.rename(temp, target);
        },
        discard: () => fs.promises.rm(temp, { force: true }),
      };
    },

    open: async (hash) => (fs.existsSync(pathOf(hash)) ? fs.createReadStream(pathOf(hash)) : null),
  };
}
