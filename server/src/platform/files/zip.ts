import type { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end-of-central-directory record sits in the last 22 bytes plus at most a 64 KiB comment. */
const EOCD_SEARCH = 22 + 0xffff;
/** Enough for any [Content_Types].xml; a larger one is not an Office file we accept. */
const MAX_ENTRY_BYTES = 1024 * 1024;
/** A 16- or 32-bit field holding its maximum means "see the ZIP64 record": no Office file under our upload limit needs one. */
const ZIP64_16 = 0xffff;
const ZIP64_32 = 0xffffffff;
const FLAG_ENCRYPTED = 0x1;

/** What an archive may declare before a single byte of it is inflated. */
export type ZipLimits = {
  maxEntries: number;
  /** Declared uncompressed size of one entry, and the most its inflation may actually produce. */
  maxEntryBytes: number;
  /** Declared uncompressed size of all entries together. */
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed size of one entry, checked once the entry is larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
};

/** Only a size bound on the entry that is read: for sniffing, where nothing else is inflated. */
const NO_LIMITS: ZipLimits = {
  maxEntries: ZIP64_16,
  maxEntryBytes: Infinity,
  maxTotalBytes: Infinity,
  maxRatio: Infinity,
  ratioFloorBytes: 0,
};

export type ZipEntry = {
  name: string;
  method: 0 | 8;
  compressedSize: number;
  size: number;
  localOffset: number;
  dataOffset: number;
};

/**
 * Why an archive was refused. The first group is about size (the caller answers 413), the second about
 * structure (415).
 */
export type ZipRefusalReason =
  | 'tooManyEntries'
  | 'entryTooLarge'
  | 'totalTooLarge'
  | 'ratio'
  | 'inflatesPastDeclared'
  | 'unreadable'
  | 'unsupported';

export class ZipRefusal extends Error {
  constructor(
    readonly reason: ZipRefusalReason,
    readonly entry: string | null = null,
  ) {
    super(`zip refused: ${reason}${entry ? ` (${entry})` : ''}`);
  }
}

function findEocd(zip: Buffer): number {
  const from = Math.max(0, zip.length - EOCD_SEARCH);
  for (let i = zip.length - 22; i >= from; i--) if (zip.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/**
 * The archive's entries as its central directory lists them, checked against `limits` from the declared
 * sizes alone. Also refused: ZIP64, spanning, encryption, methods other than stored and deflate, duplicate
 * names, and entries whose data overlap (the trick that lets one compressed kernel inflate once per
 * entry that points at it).
 */
export function readZipDirectory(zip: Buffer, limits: ZipLimits): ZipEntry[] {
  const eocd = findEocd(zip);
  if (eocd < 0) throw new ZipRefusal('unreadable');
  const disk = zip.readUInt16LE(eocd + 4);
  const directoryDisk = zip.readUInt16LE(eocd + 6);
  const entriesOnDisk = zip.readUInt16LE(eocd + 8);
  const count = zip.readUInt16LE(eocd + 10);
  const directorySize = zip.readUInt32LE(eocd + 12);
  const directoryOffset = zip.readUInt32LE(eocd + 16);
  if (count === ZIP64_16 || directorySize === ZIP64_32 || directoryOffset === ZIP64_32)
    throw new ZipRefusal('unsupported');
  if (disk !== 0 || directoryDisk !== 0 || entriesOnDisk !== count)
    throw new ZipRefusal('unsupported');
  if (count > limits.maxEntries) throw new ZipRefusal('tooManyEntries');
  const directoryEnd = directoryOffset + directorySize;
  if (directoryEnd > eocd) throw new ZipRefusal('unreadable');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = directoryOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directoryEnd || zip.readUInt32LE(at) !== CENTRAL)
      throw new ZipRefusal('unreadable');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    if (at + 46 + nameLength > directoryEnd) throw new ZipRefusal('unreadable');
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;

    if (flags & FLAG_ENCRYPTED) throw new ZipRefusal('unsupported', name);
    if (method !== 0 && method !== 8) throw new ZipRefusal('unsupported', name);
    if (compressedSize === ZIP64_32 || size === ZIP64_32 || localOffset === ZIP64_32)
      throw new ZipRefusal('unsupported', name);
    if (size > limits.maxEntryBytes) throw new ZipRefusal('entryTooLarge', name);
    total += size;
    if (total > limits.maxTotalBytes) throw new ZipRefusal('totalTooLarge', name);
    if (size > limits.ratioFloorBytes && size > compressedSize * limits.maxRatio)
      throw new ZipRefusal('ratio', name);
    if (method === 0 && size !== compressedSize) throw new ZipRefusal('unreadable', name);
    const key = name.toLowerCase();
    if (names.has(key)) throw new ZipRefusal('unreadable', name);
    names.add(key);

    if (localOffset + 30 > directoryOffset || zip.readUInt32LE(localOffset) !== LOCAL)
      throw new ZipRefusal('unreadable', name);
    const dataOffset =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    if (dataOffset + compressedSize > directoryOffset) throw new ZipRefusal('unreadable', name);
    entries.push({ name, method, compressedSize, size, localOffset, dataOffset });
  }

  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const before = byOffset[i - 1] as ZipEntry;
    const entry = byOffset[i] as ZipEntry;
    if (before.dataOffset + before.compressedSize > entry.localOffset)
      throw new ZipRefusal('unreadable', entry.name);
  }
  return entries;
}

/** The Readable's chunks, typed: an inflater without an encoding emits Buffers. */
const chunksOf = (stream: Readable): AsyncIterable<Buffer> => stream;

/**
 * One entry's bytes as they inflate, in chunks. The directory's sizes were checked against the limits, and
 * the count here makes a lie about them cost no more than the truth: inflation stops at the first byte past
 * the declared size. An entry that inflates to less than it declared is refused once it ends.
 */
export async function* inflateEntry(
  zip: Buffer,
  entry: ZipEntry,
  chunkSize = 64 * 1024,
): AsyncGenerator<Buffer> {
  const data = zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += chunkSize) yield data.subarray(at, at + chunkSize);
    return;
  }
  const inflater = createInflateRaw({ chunkSize });
  inflater.end(data);
  let inflated = 0;
  try {
    for await (const chunk of chunksOf(inflater)) {
      inflated += chunk.length;
      if (inflated > entry.size) throw new ZipRefusal('inflatesPastDeclared', entry.name);
      yield chunk;
    }
  } catch (error) {
    throw error instanceof ZipRefusal ? error : new ZipRefusal('unreadable', entry.name);
  } finally {
    inflater.destroy();
  }
  if (inflated !== entry.size) throw new ZipRefusal('unreadable', entry.name);
}

/**
 * One named entry of a ZIP archive, inflated, or null when the bytes are not a readable archive or lack it.
 * Only what Office containers use: stored or deflated entries, no ZIP64, no encryption.
 */
export function zipEntry(zip: Buffer, name: string): Buffer | null {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(zip, NO_LIMITS);
  } catch {
    return null;
  }
  const entry = entries.find((e) => e.name === name);
  if (!entry || entry.size > MAX_ENTRY_BYTES) return null;
  const data = zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return data;
  try {
    const inflated = inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES });
    return inflated.length === entry.size ? inflated : null;
  } catch {
    return null;
  }
}
