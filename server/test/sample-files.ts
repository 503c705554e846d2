import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { Agent } from './helpers.ts';
import { multipartFile, postUpload } from './xlsx-upload.ts';

/** A ZIP archive of the given entries (deflated; CRCs left zero, which the server's reader does not need). */
export function zipOf(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = deflateRawSync(Buffer.from(text, 'utf8'));
    const size = Buffer.byteLength(text, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const contentTypes = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/main.xml" ContentType="${main}"/></Types>`;

/** Small files whose first bytes are those of each accepted type (what the sniffer reads). */
export const SAMPLE_FILES = {
  pdf: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  png: Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('0000000dIHDR-sample-png-body'),
  ]),
  jpeg: Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
    Buffer.from('JFIF-sample-jpeg-body'),
    Buffer.from([0xff, 0xd9]),
  ]),
  webp: Buffer.concat([
    Buffer.from('RIFF'),
    Buffer.from([0x20, 0, 0, 0]),
    Buffer.from('WEBPVP8 sample-webp-body'),
  ]),
  docx: zipOf({
    '[Content_Types].xml': contentTypes(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    ),
    'word/document.xml': '<w:document/>',
  }),
  /** A ZIP that is no Office document. */
  zip: zipOf({ 'readme.txt': 'just an archive' }),
  /** A Windows executable's first bytes. */
  exe: Buffer.from('MZ\x90\x00\x03\x00\x00\x00 sample executable'),
} as const;

/** Sends one file under `name` and `mime` as a browser's form does. */
export const uploadFile = (
  agent: Pick<Agent, 'post'>,
  url: string,
  content: Buffer,
  name: string,
  mime: string,
) => postUpload(agent, url, multipartFile(content, name, mime));

/** Where the disk store keeps the bytes of `hash`. */
export const storedPath = (dataDir: string, hash: string) => {
  const hex = hash.slice(hash.indexOf(':') + 1);
  return path.join(dataDir, 'files', hex.slice(0, 2), hex.slice(2, 4), hex);
};
