/**
 * Characters that show nothing or reorder what follows them, so that a name could show another extension
 * than the one it has (`invoice\u202Efdp.exe` is displayed as "invoiceexe.pdf"): controls (Cc: C0, DEL,
 * C1), format characters (Cf: the bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069,
 * the marks U+200E, U+200F and U+061C, zero-width space and joiners U+200B–U+200D, word joiner U+2060,
 * byte order mark U+FEFF, soft hyphen, tag characters…) and the line and paragraph separators.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** Longest stored name, in code points; the end is kept, since the extension is what matters. */
const MAX_NAME = 200;

/** The text without invisible characters, and with any lone surrogate replaced, so it can always be encoded. */
export function visibleText(text: string): string {
  return text.toWellFormed().replace(INVISIBLE, '');
}

/**
 * An uploaded file's name safe to store, show and send back: no directories, nothing invisible, at most 200
 * characters (counted by code point, so a surrogate pair is never cut in half).
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return Array.from(visibleText(base)).slice(-MAX_NAME).join('') || 'file';
}
