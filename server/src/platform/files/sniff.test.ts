import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { SAMPLE_FILES, zipOf } from '../../../test/sample-files.ts';
import { SNIFF_HEAD_BYTES, sniffType, typeOfName } from './sniff.ts';
import { zipEntry } from './zip.ts';

const sniff = (bytes: Buffer) => sniffType(bytes.subarray(0, SNIFF_HEAD_BYTES), () => bytes);

describe('sniffType', () => {
  it('recognises PDF, PNG, JPEG and WebP by their magic bytes', () => {
    expect(sniff(SAMPLE_FILES.pdf)).toBe('pdf');
    expect(sniff(SAMPLE_FILES.png)).toBe('png');
    expect(sniff(SAMPLE_FILES.jpeg)).toBe('jpeg');
    expect(sniff(SAMPLE_FILES.webp)).toBe('webp');
  });

  it('tells xlsx and docx from other ZIP archives by [Content_Types].xml', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('s').addRow(['a']);
    expect(sniff(Buffer.from(await book.xlsx.writeBuffer()))).toBe('xlsx');
    expect(sniff(SAMPLE_FILES.docx)).toBe('docx');
    expect(sniff(SAMPLE_FILES.zip)).toBeNull();
  });

  it('refuses anything else: executables, text, a RIFF that is not WebP, a truncated ZIP', () => {
    expect(sniff(SAMPLE_FILES.exe)).toBeNull();
    expect(sniff(Buffer.from('<html><script>alert(1)</script></html>'))).toBeNull();
    expect(
      sniff(
        Buffer.concat([Buffer.from('RIFF'), Buffer.from([0, 0, 0, 0]), Buffer.from('WAVEfmt ')]),
      ),
    ).toBeNull();
    expect(sniff(SAMPLE_FILES.docx.subarray(0, 40))).toBeNull();
    expect(sniff(Buffer.alloc(0))).toBeNull();
  });
});

describe('zipEntry', () => {
  it('reads a deflated entry by name and answers null for a missing one', () => {
    const zip = zipOf({ 'a.txt': 'first', 'b/c.txt': '第二个' });
    expect(zipEntry(zip, 'b/c.txt')?.toString('utf8')).toBe('第二个');
    expect(zipEntry(zip, 'missing.txt')).toBeNull();
  });
});

describe('typeOfName', () => {
  it('maps extensions case-insensitively and refuses names without an accepted one', () => {
    expect(typeOfName('证书.PDF')).toBe('pdf');
    expect(typeOfName('photo.jpeg')).toBe('jpeg');
    expect(typeOfName('photo.jpg')).toBe('jpeg');
    expect(typeOfName('sheet.xlsx')).toBe('xlsx');
    expect(typeOfName('pdf')).toBeNull();
    expect(typeOfName('virus.exe')).toBeNull();
  });
});
