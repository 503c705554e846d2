import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createDigest, digestName, type CryptoSuite } from '../crypto/crypto.ts';
import { newId } from '../db/ids.ts';
import { SNIFF_HEAD_BYTES } from './sniff.ts';

export class TooLarge extends Error {}

/** Content written to a temporary file while it was digested and measured; every store stages this way. */
export type StagedContent = { temp: string; hash: string; size: number; head: Buffer };

/**
 * Streams content into a new file under `tmpDir`, digesting it with the suite's algorithm on the way;
 * rejects with `TooLarge` past `maxBytes`, leaving nothing behind.
 */
export async function stageContent(
  tmpDir: string,
  suite: CryptoSuite,
  content: Readable,
  maxBytes: number,
): Promise<StagedContent> {
  await fs.promises.mkdir(tmpDir, { recursive: true });
  const temp = path.join(tmpDir, newId());
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
  return {
    temp,
    hash: `${digestName(suite)}:${digest.digest('hex')}`,
    size,
    head: Buffer.concat(chunks),
  };
}

/** The hex digest of a stored hash (`algorithm:hex`); anything else is a bug, not a lookup miss. */
export const hexOf = (hash: string): string => {
  const hex = hash.slice(hash.indexOf(':') + 1);
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`not a stored file hash: ${hash}`);
  return hex;
};
