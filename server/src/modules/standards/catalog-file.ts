import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { catalogFileSchema, type CatalogFile } from '../../../../contracts/index.ts';
import type { Text } from '../../platform/i18n/lang.ts';
import { standardsError } from './standards.errors.ts';

export type CatalogFormat = 'yaml' | 'json';

/** Reads a catalog file, refusing with the path of every problem (`items.3.weight`) so the author finds it. */
export function readCatalogFile(content: string, format: CatalogFormat): CatalogFile {
  let data: unknown;
  try {
    data = format === 'json' ? JSON.parse(content) : parseYaml(content, { maxAliasCount: 50 });
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] ?? '' : '';
    throw standardsError('CATALOG_FILE_INVALID', { content: { zh: `无法解析 ${format.toUpperCase()}：${reason}`, en: `not valid ${format.toUpperCase()}: ${reason}` } });
  }
  const parsed = catalogFileSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const fields: Record<string, Text> = {};
  for (const issue of parsed.error.issues.slice(0, 50)) {
    const key = issue.path.length > 0 ? issue.path.join('.') : 'content';
    fields[key] ??= { zh: issue.message, en: issue.message };
  }
  throw standardsError('CATALOG_FILE_INVALID', fields);
}

export function writeCatalogFile(file: CatalogFile, format: CatalogFormat): string {
  return format === 'json' ? `${JSON.stringify(file, null, 2)}\n` : stringifyYaml(file, { lineWidth: 0 });
}
