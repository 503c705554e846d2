import { inflateEntry, readZipDirectory, type ZipEntry, type ZipLimits } from './zip.ts';
import { XmlScanner, attribute, type XmlHandler } from './xml-scan.ts';

/**
 * An xlsx as an OOXML package: its parts by name, each scanned as it inflates, and the relationships that
 * say which part is the workbook, its first sheet, its shared strings and its styles. Part names come from
 * the relationships, not from the names Excel happens to use, so a file written by another program (or in
 * Strict OOXML) is read the same way.
 */

const OFFICE_DOCUMENT = '/officeDocument';

/** The parts of an OOXML package by name, case-insensitively, as part names compare. */
export class Package {
  private readonly entries = new Map<string, ZipEntry>();

  constructor(
    readonly zip: Buffer,
    limits: ZipLimits,
  ) {
    for (const entry of readZipDirectory(zip, limits))
      this.entries.set(entry.name.toLowerCase(), entry);
  }

  part(name: string): ZipEntry | undefined {
    return this.entries.get(name.replace(/^\//, '').toLowerCase());
  }

  /**
   * Feeds a part's text to the handler `build` answers, until the part ends or the handler stops. The
   * decoder keeps a character split between two inflated chunks whole (exceljs's streaming reader decodes
   * each chunk alone and turns such characters into U+FFFD: exceljs issue 2063).
   */
  async scan(entry: ZipEntry, build: (stop: () => void) => XmlHandler): Promise<void> {
    const decoder = new TextDecoder('utf-8');
    const scanner: XmlScanner = new XmlScanner(build(() => scanner.stop()));
    for await (const chunk of inflateEntry(this.zip, entry)) {
      scanner.write(decoder.decode(chunk, { stream: true }));
      if (scanner.isStopped) return;
    }
    scanner.write(decoder.decode());
    scanner.end();
  }

  /** A part's relationships: id → { type, target part name }. */
  async relationships(source: string): Promise<Map<string, { type: string; target: string }>> {
    const slash = source.lastIndexOf('/');
    const dir = slash < 0 ? '' : source.slice(0, slash + 1);
    const rels = new Map<string, { type: string; target: string }>();
    const entry = this.part(`${dir}_rels/${source.slice(slash + 1)}.rels`);
    if (!entry) return rels;
    await this.scan(entry, () => ({
      open(name, attributes) {
        if (name !== 'Relationship' || attribute(attributes, 'TargetMode') === 'External') return;
        const id = attribute(attributes, 'Id');
        const target = attribute(attributes, 'Target');
        if (id && target)
          rels.set(id, {
            type: attribute(attributes, 'Type') ?? '',
            target: resolvePart(dir, target),
          });
      },
      close() {},
      text() {},
    }));
    return rels;
  }
}

/** A relationship target as a part name: absolute, or relative to the source part's folder. */
function resolvePart(dir: string, target: string): string {
  const segments: string[] = [];
  for (const segment of (target.startsWith('/') ? target.slice(1) : dir + target).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

const relOfType = (rels: Map<string, { type: string; target: string }>, suffix: string) =>
  [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;

export type SheetParts = {
  sheet: ZipEntry;
  sharedStrings: ZipEntry | undefined;
  styles: ZipEntry | undefined;
  date1904: boolean;
};

/** The workbook's first sheet (in tab order), the parts it needs, and whether its dates count from 1904; null when it has none. */
export async function firstSheet(pkg: Package): Promise<SheetParts | null> {
  const workbookName = relOfType(await pkg.relationships(''), OFFICE_DOCUMENT) ?? 'xl/workbook.xml';
  const workbook = pkg.part(workbookName);
  if (!workbook) return null;
  let sheetRel: string | undefined;
  let date1904 = false;
  await pkg.scan(workbook, (stop) => ({
    open(name, attributes) {
      if (name === 'workbookPr')
        date1904 = ['1', 'true'].includes(attribute(attributes, 'date1904') ?? '');
      if (name === 'sheet') {
        // The relationship id is `r:id`, whatever prefix the file binds to the relationships namespace.
        sheetRel = /(?:^|\s)[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(attributes)?.[1];
        stop();
      }
    },
    close() {},
    text() {},
  }));
  const rels = await pkg.relationships(workbookName);
  const sheetName = sheetRel ? rels.get(sheetRel)?.target : undefined;
  const sheet = sheetName ? pkg.part(sheetName) : undefined;
  if (!sheet) return null;
  const partOf = (suffix: string) => {
    const name = relOfType(rels, suffix);
    return name ? pkg.part(name) : undefined;
  };
  return { sheet, sharedStrings: partOf('/sharedStrings'), styles: partOf('/styles'), date1904 };
}
