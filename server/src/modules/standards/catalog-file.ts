import { CST, Lexer, parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { catalogFileSchema, type CatalogFile } from '../../../../contracts/index.ts';
import type { Text } from '../../platform/i18n/lang.ts';
import { issueText } from '../../platform/i18n/validation.ts';
import {
  ILL_FORMED_TEXT,
  MAX_NESTING,
  findIllFormed,
  jsonNestingExceeds,
  storableText,
  textProblem,
  type IllFormed,
} from '../../platform/text/well-formed.ts';
import { standardsError } from './standards.errors.ts';

export type CatalogFormat = 'yaml' | 'json';

/**
 * Aliases a YAML file may resolve, weighted by what each expands to (the `yaml` package's count): a catalog
 * may share a text or two through anchors, while a "billion laughs" file needs thousands.
 */
const MAX_ALIASES = 50;

/**
 * How deep the lexer pre-check lets a YAML text nest. The `yaml` composer recurses per level (and overflows
 * the stack, or exhausts memory, some hundreds of levels down), so nesting is bounded on the tokens before it
 * runs; the exact limit (MAX_NESTING) is then applied to the parsed value. The pre-check can only estimate
 * block nesting from columns, hence the slack: a catalog file nests three levels.
 */
const YAML_NESTING_ESTIMATE = 2 * MAX_NESTING;
const YAML_TOO_DEEP: Text = {
  zh: `嵌套过深：结构缩进不能超过 ${YAML_NESTING_ESTIMATE / 2 - 1} 列，嵌套不能超过 ${MAX_NESTING} 层`,
  en: `nests too deeply: the structure may be indented at most ${YAML_NESTING_ESTIMATE / 2 - 1} columns and nest at most ${MAX_NESTING} levels`,
};

/** Line and column (from 1) of an offset, for pointing the author into the file. */
function lineAndColumn(content: string, offset: number): { line: number; column: number } {
  let line = 1;
  let from = 0;
  for (let i = content.indexOf('\n'); i !== -1 && i < offset; i = content.indexOf('\n', i + 1)) {
    line++;
    from = i + 1;
  }
  return { line, column: offset - from + 1 };
}

function refusalAt(content: string, offset: number, text: Text): never {
  const { line, column } = lineAndColumn(content, offset);
  throw standardsError('CATALOG_FILE_INVALID', {
    content: {
      zh: `第 ${line} 行第 ${column} 列：${text.zh}`,
      en: `line ${line}, column ${column}: ${text.en}`,
    },
  });
}

/**
 * The first offset where a YAML text may nest past YAML_NESTING_ESTIMATE, read from yaml's own lexer, which
 * loops rather than recurses. Flow collections count exactly. A block collection starts at the first token
 * of a line or right after a `-` or `?` indicator, and cannot be deeper than twice the column it starts at
 * (each nested one is indented further, except a sequence under a key, which then indents its own items).
 */
function yamlTooDeep(content: string): number | null {
  let offset = 0;
  let lineStart = 0;
  let lineFresh = true;
  let afterIndicator = false;
  let blockColumn = 0;
  let flow = 0;
  let blockAtFlow = 0;
  for (const token of new Lexer().lex(content)) {
    // Markers the lexer puts before documents and scalars: not part of the text.
    if (token === CST.DOCUMENT || token === CST.SCALAR || token === CST.FLOW_END) continue;
    const type = CST.tokenType(token);
    const at = offset;
    offset += token.length;
    const newline = token.lastIndexOf('\n');
    if (newline !== -1) lineStart = at + newline + 1;
    if (type === 'newline' || type === 'space' || type === 'comment') {
      // A block scalar's lines come as one token that reads as space; whatever follows starts a line.
      if (newline !== -1) lineFresh = true;
      continue;
    }
    if (lineFresh || afterIndicator) blockColumn = at - lineStart;
    lineFresh = newline !== -1 && token.slice(newline + 1).trim() === '';
    afterIndicator = type === 'seq-item-ind' || type === 'explicit-key-ind';
    if (type === 'flow-map-end' || type === 'flow-seq-end') {
      flow = Math.max(0, flow - 1);
      continue;
    }
    if (type === 'flow-map-start' || type === 'flow-seq-start') {
      if (flow === 0) blockAtFlow = 2 * blockColumn + 2;
      flow++;
    }
    if ((flow > 0 ? blockAtFlow + flow : 2 * blockColumn + 2) > YAML_NESTING_ESTIMATE) return at;
  }
  return null;
}

/** The first NUL or lone surrogate in the text itself (a comment, say, which parsing drops). */
function illFormedOffset(
  content: string,
): { offset: number; problem: IllFormed['problem'] } | null {
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 0) return { offset: i, problem: 'nul' };
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = content.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return { offset: i, problem: 'surrogate' };
    } else if (c >= 0xdc00 && c <= 0xdfff) return { offset: i, problem: 'surrogate' };
  }
  return null;
}

function parseContent(content: string, format: CatalogFormat): unknown {
  if (format === 'json' && jsonNestingExceeds(content))
    throw standardsError('CATALOG_FILE_INVALID', { content: ILL_FORMED_TEXT.depth });
  if (format === 'yaml') {
    const at = yamlTooDeep(content);
    if (at !== null) refusalAt(content, at, YAML_TOO_DEEP);
  }
  try {
    return format === 'json'
      ? JSON.parse(content)
      : parseYaml(content, { maxAliasCount: MAX_ALIASES });
  } catch (err) {
    // Text that cannot be stored is the better explanation when it is also what the parser tripped on.
    const raw = illFormedOffset(content);
    if (raw) refusalAt(content, raw.offset, ILL_FORMED_TEXT[raw.problem]);
    if (err instanceof ReferenceError && err.message.startsWith('Excessive alias count')) {
      throw standardsError('CATALOG_FILE_INVALID', {
        content: {
          zh: `别名（*引用）展开过多，最多 ${MAX_ALIASES} 次`,
          en: `aliases (*references) expand too much: at most ${MAX_ALIASES}`,
        },
      });
    }
    const reason = err instanceof Error ? (err.message.split('\n')[0] ?? '') : '';
    throw standardsError('CATALOG_FILE_INVALID', {
      content: {
        zh: `无法解析 ${format.toUpperCase()}：${reason}`,
        en: `not valid ${format.toUpperCase()}: ${reason}`,
      },
    });
  }
}

/** A problem at `items.3.titleZh`, told with the item's code when it has a readable one, so the author finds the row. */
function atItem(data: unknown, path: string, text: Text): Text {
  const row = /^items\.(\d+)(\.|$)/.exec(path);
  const items =
    data !== null && typeof data === 'object' && 'items' in data ? data.items : undefined;
  const item: unknown = row && Array.isArray(items) ? items[Number(row[1])] : undefined;
  const code = item !== null && typeof item === 'object' && 'code' in item ? item.code : undefined;
  if (typeof code !== 'string' || textProblem(code) !== null) return text;
  return { zh: `${code}：${text.zh}`, en: `${code}: ${text.en}` };
}

/**
 * Reads a catalog file, refusing with the path of every problem (`items.3.weight`) so the author finds it.
 * Nesting is bounded before anything recursive reads the file, and every key and value must be text that can
 * be stored exactly as it was sent (no NUL, no lone surrogate), as must the rest of the file.
 */
export function readCatalogFile(content: string, format: CatalogFormat): CatalogFile {
  const data = parseContent(content, format);
  const found = findIllFormed(data);
  // The key itself may be the ill-formed text: the field name is made storable, the message says what was wrong.
  if (found)
    throw standardsError('CATALOG_FILE_INVALID', {
      [storableText(found.path) || 'content']: atItem(
        data,
        found.path,
        ILL_FORMED_TEXT[found.problem],
      ),
    });
  const raw = illFormedOffset(content);
  if (raw) refusalAt(content, raw.offset, ILL_FORMED_TEXT[raw.problem]);
  const parsed = catalogFileSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const fields: Record<string, Text> = {};
  for (const issue of parsed.error.issues.slice(0, 50)) {
    const key = issue.path.length > 0 ? issue.path.join('.') : 'content';
    fields[key] ??= atItem(data, key, { zh: issueText(issue, 'zh'), en: issueText(issue, 'en') });
  }
  throw standardsError('CATALOG_FILE_INVALID', fields);
}

export function writeCatalogFile(file: CatalogFile, format: CatalogFormat): string {
  return format === 'json'
    ? `${JSON.stringify(file, null, 2)}\n`
    : stringifyYaml(file, { lineWidth: 0 });
}
