import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  deflatedEntry,
  deflatedRepeat,
  zipArchive,
  type ArchiveEntry,
} from '../../../test/xlsx-upload.ts';
import {
  inflateEntry,
  readZipDirectory,
  ZipRefusal,
  zipEntry,
  type ZipEntry,
  type ZipLimits,
  type ZipRefusalReason,
} from './zip.ts';

const MIB = 1024 * 1024;
const limits: ZipLimits = {
  maxEntries: 10,
  maxEntryBytes: 8 * MIB,
  maxTotalBytes: 12 * MIB,
  maxRatio: 100,
  ratioFloorBytes: MIB,
};

/** The reason an archive is refused with, or null when it is read. */
function refusalOf(read: () => unknown): ZipRefusalReason | null {
  try {
    read();
    return null;
  } catch (error) {
    if (error instanceof ZipRefusal) return error.reason;
    throw error;
  }
}

async function inflated(zip: Buffer, entry: ZipEntry): Promise<{ bytes: number; chunks: number }> {
  let bytes = 0;
  let chunks = 0;
  for await (const chunk of inflateEntry(zip, entry, 16 * 1024)) {
    bytes += chunk.length;
    chunks++;
  }
  return { bytes, chunks };
}

async function inflateRefusal(zip: Buffer, entry: ZipEntry): Promise<ZipRefusalReason | null> {
  try {
    await inflated(zip, entry);
    return null;
  } catch (error) {
    if (error instanceof ZipRefusal) return error.reason;
    throw error;
  }
}

/** Bytes that look compressed enough to pass the ratio check, for entries that are never inflated. */
const opaque = (bytes: number) => Buffer.alloc(bytes, 0x5a);

describe('readZipDirectory', () => {
  it('lists the entries of an ordinary archive, with where their data start', () => {
    const zip = zipArchive([
      deflatedEntry('a.xml', '<a/>'.repeat(100)),
      { name: 'b.txt', data: Buffer.from('stored') },
    ]);
    const entries = readZipDirectory(zip, limits);
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ['a.xml', 8, 400],
      ['b.txt', 0, 6],
    ]);
    const b = entries[1] as ZipEntry;
    expect(zip.subarray(b.dataOffset, b.dataOffset + b.compressedSize).toString()).toBe('stored');
  });

  it('refuses, from the directory alone, too many entries, a part or a whole too large, and a bomb-like ratio', () => {
    const tiny = (n: number) =>
      Array.from({ length: n }, (_, i): ArchiveEntry => ({
        name: `e${i}`,
        data: Buffer.from('x'),
      }));
    expect(refusalOf(() => readZipDirectory(zipArchive(tiny(10)), limits))).toBeNull();
    expect(refusalOf(() => readZipDirectory(zipArchive(tiny(11)), limits))).toBe('tooManyEntries');
    expect(
      refusalOf(() =>
        readZipDirectory(
          zipArchive([{ name: 'big', data: opaque(MIB), method: 8, size: 9 * MIB }]),
          limits,
        ),
      ),
    ).toBe('entryTooLarge');
    const seven = (name: string): ArchiveEntry => ({
      name,
      data: opaque(MIB / 10),
      method: 8,
      size: 7 * MIB,
    });
    expect(refusalOf(() => readZipDirectory(zipArchive([seven('one')]), limits))).toBeNull();
    expect(
      refusalOf(() => readZipDirectory(zipArchive([seven('one'), seven('two')]), limits)),
    ).toBe('totalTooLarge');
    const bomb: ArchiveEntry = {
      name: 'bomb',
      data: deflatedRepeat('', ' '.repeat(MIB), 4),
      method: 8,
      size: 4 * MIB,
    };
    expect(refusalOf(() => readZipDirectory(zipArchive([bomb]), limits))).toBe('ratio');
    // Under the floor, a high ratio costs nothing and is allowed.
    expect(
      refusalOf(() =>
        readZipDirectory(zipArchive([deflatedEntry('pad', ' '.repeat(512 * 1024))]), limits),
      ),
    ).toBeNull();
  });

  it('refuses what Office files never use: encryption, other methods, ZIP64 markers', () => {
    const entry = deflatedEntry('a', 'text');
    expect(refusalOf(() => readZipDirectory(zipArchive([{ ...entry, flags: 1 }]), limits))).toBe(
      'unsupported',
    );
    expect(refusalOf(() => readZipDirectory(zipArchive([{ ...entry, method: 12 }]), limits))).toBe(
      'unsupported',
    );
    expect(
      refusalOf(() => readZipDirectory(zipArchive([{ ...entry, size: 0xffffffff }]), limits)),
    ).toBe('unsupported');
  });

  it('refuses overlapping entries, duplicate names, a stored entry whose sizes differ and a cut archive', () => {
    const kernel = deflatedEntry('kernel', 'a'.repeat(1000));
    expect(
      refusalOf(() =>
        readZipDirectory(
          zipArchive([kernel, { ...kernel, name: 'again', sharesDataWith: 'kernel' }]),
          limits,
        ),
      ),
    ).toBe('unreadable');
    expect(refusalOf(() => readZipDirectory(zipArchive([kernel, kernel]), limits))).toBe(
      'unreadable',
    );
    expect(
      refusalOf(() =>
        readZipDirectory(zipArchive([{ name: 's', data: Buffer.from('abc'), size: 4 }]), limits),
      ),
    ).toBe('unreadable');
    const whole = zipArchive([kernel]);
    expect(refusalOf(() => readZipDirectory(whole.subarray(0, whole.length - 5), limits))).toBe(
      'unreadable',
    );
    expect(refusalOf(() => readZipDirectory(Buffer.from('PK not really a zip'), limits))).toBe(
      'unreadable',
    );
  });
});

describe('inflateEntry', () => {
  it('inflates in chunks, never the whole entry at once', async () => {
    const zip = zipArchive([
      {
        name: 'pad',
        data: deflatedRepeat('', ' '.repeat(64 * 1024), 8),
        method: 8,
        size: 512 * 1024,
      },
    ]);
    const [entry] = readZipDirectory(zip, limits) as [ZipEntry];
    expect(await inflated(zip, entry)).toEqual({ bytes: 512 * 1024, chunks: 32 });
  });

  it('stops at the first byte past the declared size when the directory lies', async () => {
    // Declares 64 KiB (under the ratio floor, so the directory passes) but inflates to 64 MiB.
    const zip = zipArchive([
      { name: 'liar', data: deflatedRepeat('', ' '.repeat(MIB), 64), method: 8, size: 64 * 1024 },
    ]);
    const [entry] = readZipDirectory(zip, limits) as [ZipEntry];
    expect(await inflateRefusal(zip, entry)).toBe('inflatesPastDeclared');
  });

  it('refuses an entry that inflates to less than it declared, or is not deflate data', async () => {
    const short = zipArchive([
      { name: 'short', data: deflateRawSync(Buffer.alloc(1000)), method: 8, size: 2000 },
    ]);
    expect(await inflateRefusal(short, readZipDirectory(short, limits)[0] as ZipEntry)).toBe(
      'unreadable',
    );
    const garbage = zipArchive([
      { name: 'garbage', data: Buffer.from([0xff, 0xff, 0xff, 0xff]), method: 8, size: 10 },
    ]);
    expect(await inflateRefusal(garbage, readZipDirectory(garbage, limits)[0] as ZipEntry)).toBe(
      'unreadable',
    );
  });
});

describe('zipEntry', () => {
  it('reads one entry for sniffing, and answers null for a missing, oversized or lying one', () => {
    const zip = zipArchive([
      deflatedEntry('[Content_Types].xml', '<Types/>'),
      { name: 'liar', data: deflateRawSync(Buffer.alloc(10_000)), method: 8, size: 10 },
    ]);
    expect(zipEntry(zip, '[Content_Types].xml')?.toString()).toBe('<Types/>');
    expect(zipEntry(zip, 'missing')).toBeNull();
    expect(zipEntry(zip, 'liar')).toBeNull();
    expect(zipEntry(zipArchive([deflatedEntry('big', Buffer.alloc(2 * MIB))]), 'big')).toBeNull();
  });
});
