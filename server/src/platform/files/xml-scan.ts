/**
 * A streaming scanner for the XML inside Office packages: start tags, end tags and text, nothing more. It
 * is fed decoded text in pieces of any size (a tag or a character reference may straddle two pieces), keeps
 * only the unfinished tail between calls, and refuses document type declarations outright, so no entity
 * is ever defined, let alone expanded.
 */

export type XmlHandler = {
  /** `name` without its namespace prefix; `attributes` as written, read with `attribute()`. */
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data between two tags, references decoded; CDATA as it stands. */
  text(text: string): void;
};

export class XmlError extends Error {}

/**
 * The longest tail kept between two pieces. The longest markup or text run a spreadsheet program writes is
 * one cell's text: at most 32,767 characters, which even written wholly as character references stays
 * under 200,000. Keeping the bound tight also bounds the rescanning of an unfinished tag.
 */
export const MAX_PENDING_CHARS = 256 * 1024;

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g;

/**
 * Replaces the five predefined entities and character references. A reference to a character XML does not
 * allow (U+0000, a lone surrogate) is decoded all the same, so that the caller sees it and can name the
 * cell it came from, instead of the whole file failing as unreadable.
 */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 0x23) return NAMED[ref] ?? whole;
    const code =
      ref.charCodeAt(1) === 0x78
        ? Number.parseInt(ref.slice(2), 16)
        : Number.parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** The value of one attribute (by its qualified name, as written) in a tag's attribute text, decoded. */
export function attribute(attributes: string, name: string): string | undefined {
  let at = 0;
  while (at < attributes.length) {
    while (at < attributes.length && isSpace(attributes.charCodeAt(at))) at++;
    const eq = attributes.indexOf('=', at);
    if (eq < 0) return undefined;
    const key = attributes.slice(at, eq).trim();
    let open = eq + 1;
    while (open < attributes.length && isSpace(attributes.charCodeAt(open))) open++;
    const quote = attributes[open];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = attributes.indexOf(quote, open + 1);
    if (close < 0) return undefined;
    if (key === name) return decodeXml(attributes.slice(open + 1, close));
    at = close + 1;
  }
  return undefined;
}

/** The local part of a qualified name: `x:row` and `row` are the same element to a reader that ignores namespaces. */
const localName = (qualified: string) => {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
};

export class XmlScanner {
  private pending = '';
  private stopped = false;

  constructor(private readonly handler: XmlHandler) {}

  /** Asked by the handler: the rest of the document is not wanted. */
  stop(): void {
    this.stopped = true;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  write(piece: string): void {
    if (this.stopped) return;
    const text = this.pending + piece;
    let at = 0;
    while (!this.stopped) {
      const lt = text.indexOf('<', at);
      if (lt < 0) break;
      if (lt > at) this.handler.text(decodeXml(text.slice(at, lt)));
      const end = this.markup(text, lt);
      if (end < 0) {
        at = lt;
        break;
      }
      at = end;
    }
    this.pending = this.stopped ? '' : text.slice(at);
    if (this.pending.length > MAX_PENDING_CHARS)
      throw new XmlError('a tag or text run is too long');
  }

  /** The document has ended: an unfinished tag means it was cut short. */
  end(): void {
    if (this.stopped) return;
    if (this.pending.includes('<')) throw new XmlError('the document ends inside a tag');
    if (this.pending.length > 0) this.handler.text(decodeXml(this.pending));
    this.pending = '';
  }

  /** Handles the markup starting at `lt`; answers the index just past it, or -1 when it is not complete yet. */
  private markup(text: string, lt: number): number {
    const next = text.charCodeAt(lt + 1);
    if (Number.isNaN(next)) return -1;
    if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', lt)) return this.skipTo(text, lt, '-->');
      if (text.startsWith('<![CDATA[', lt)) {
        const close = text.indexOf(']]>', lt + 9);
        if (close < 0) return -1;
        this.handler.text(text.slice(lt + 9, close));
        return close + 3;
      }
      if (text.length - lt < 9) return -1;
      throw new XmlError('document type declarations are not accepted');
    }
    if (next === 0x3f /* ? */) return this.skipTo(text, lt, '?>');
    const end = tagEnd(text, lt + 1);
    if (end < 0) return -1;
    if (next === 0x2f /* / */) {
      this.handler.close(localName(text.slice(lt + 2, end).trim()));
      return end + 1;
    }
    const selfClosing = text.charCodeAt(end - 1) === 0x2f;
    const inner = text.slice(lt + 1, selfClosing ? end - 1 : end);
    let nameEnd = 0;
    while (nameEnd < inner.length && !isSpace(inner.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd === 0) throw new XmlError('a tag without a name');
    this.handler.open(localName(inner.slice(0, nameEnd)), inner.slice(nameEnd), selfClosing);
    return end + 1;
  }

  private skipTo(text: string, from: number, terminator: string): number {
    const close = text.indexOf(terminator, from + 2);
    return close < 0 ? -1 : close + terminator.length;
  }
}

/** The index of the `>` closing a tag, skipping quoted attribute values (which may hold `>`), or -1. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return -1;
}
