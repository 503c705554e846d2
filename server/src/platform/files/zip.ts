import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end-of-central-directory record sits in the last 22 bytes plus at most a 64 KiB comment. */
const EOCD_SEARCH = 22 + 0xffff;
/** Enough for any [Content_Types].xml; a larger one is not an Office file we accept. */
const MAX_ENTRY_BYTES = 1024 * 1024;

/**
 * One named entry of a ZIP archive, inflated, or null when the bytes are not a readable archive or lack it.
 * Only what Office containers use: stored or deflated entries, no ZIP64, no encryption.
 */
export function zipEntry(zip: Buffer, name: string): Buffer | null {
  const from = Math.max(0, zip.length - EOCD_SEARCH);
  let eocd = -1;
  for (let i = zip.length - 22; i >= from; i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return null;
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (entryName === name) return readLocal(zip, local, method, compressed, size);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}

function readLocal(zip: Buffer, at: number, method: number, compressed: number, size: number): Buffer | null {
  if (size > MAX_ENTRY_BYTES || at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) return null;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + compressed);
  if (data.length !== compressed) return null;
  try {
    if (method === 0) return data;
    if (method === 8) return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES });
  } catch {
    return null;
  }
  return null;
}
