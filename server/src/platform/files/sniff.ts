import { FILE_TYPES, type FileType } from '../../../../contracts/index.ts';
import { zipEntry } from './zip.ts';

/** Bytes the sniffer needs from the start of a file. */
export const SNIFF_HEAD_BYTES = 16;

const startsWith = (head: Buffer, bytes: readonly number[], offset = 0) =>
  bytes.every((b, i) => head[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The main part an OOXML package declares in [Content_Types].xml names what it is. */
const OFFICE_MAIN: Record<'xlsx' | 'docx', string> = {
  xlsx: `${FILE_TYPES.xlsx.mime}.main+xml`,
  docx: `${FILE_TYPES.docx.mime}.main+xml`,
};

/**
 * What a file is by its bytes, among the accepted types; null for anything else. `whole` is asked for only
 * when the head is a ZIP signature, to tell an Office package from any other archive.
 */
export function sniffType(head: Buffer, whole: () => Buffer): FileType | null {
  if (startsWith(head, ascii('%PDF-'))) return 'pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    const types = zipEntry(whole(), '[Content_Types].xml')?.toString('utf8') ?? '';
    if (types.includes(OFFICE_MAIN.xlsx)) return 'xlsx';
    if (types.includes(OFFICE_MAIN.docx)) return 'docx';
  }
  return null;
}

/** The accepted type a file name's extension claims, or null. */
export function typeOfName(name: string): FileType | null {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  const found = (Object.keys(FILE_TYPES) as FileType[]).find((t) =>
    (FILE_TYPES[t].extensions as readonly string[]).includes(ext),
  );
  return name.includes('.') && found ? found : null;
}
