import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createDigest, digestName, type CryptoSuite } from '../crypto/crypto.ts';
import { newId } from '../db/ids.ts';
import { SNIFF_HEAD_BYTES } from './sniff.ts';

/** Content received but not yet kept: its digest, size and first bytes, waiting in a temporary file. */
export type StagedFile = {
  /** `algorithm:hex`, as stored in the files table. */
  hash: string;
  size: number;
  head: Buffer;
  /** Reads the whole staged content (for the few checks that need it). */
  read(): Buffer;
  /** Moves the content into the store (a no-op when the same bytes are already there). */
  keep(): Promise<void>;
  /** Drops the staged content. */
  discard(): Promise<void>;
};

/** Where uploaded files live. Content is addressed by its digest, so the same bytes are stored once. */
export type FileStore = {
  /** Streams content into a temporary file; rejects with `TooLarge` past `maxBytes`. */
  stage(content: Readable, maxBytes: number): Promise<StagedFile>;
  /** The stored bytes, or null when the file has gone from the store (lost outside the product). */
  open(hash: string): Readable | null;
};

export class TooLarge extends Error {}

const hexOf = (hash: string) => {
  const hex = hash.slice(hash.indexOf(':') + 1);
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`not a stored file hash: ${hash}`);
  return hex;
};

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
      await fs.promises.mkdir(tmp, { recursive: true });
      const temp = path.join(tmp, newId());
      const digest = createDigest(suite);
      let size = 0;
      const chunks: Buffer[] = [];
      let headLength = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          if (size > maxBytes) return done(new TooLarge());
          digest.update(chunk);
          if (headLength < SNIFF_HEAD_BYTES) {
            chunks.push(chunk.subarray(0, SNIFF_HEAD_BYTES - headLength));
            headLength += Math.min(chunk.length, SNIFF_HEAD_BYTES - headLength);
          }
          done(null, chunk);
        },
      });
      try {
        await pipeline(content, meter, fs.createWriteStream(temp, { mode: 0o600 }));
      } catch (error) {
        await fs.promises.rm(temp, { force: true });
        throw error;
      }
      const hash = `${digestName(suite)}:${digest.digest('hex')}`;
      return {
        hash, size, head: Buffer.concat(chunks),
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

    open: (hash) => (fs.existsSync(pathOf(hash)) ? fs.createReadStream(pathOf(hash)) : null),
  };
}
