import { describe, expect, it } from 'vitest';
import {
  attribute,
  decodeXml,
  MAX_PENDING_CHARS,
  XmlError,
  XmlScanner,
  type XmlHandler,
} from './xml-scan.ts';

/** The events a document gives, fed in pieces of `size` characters. */
function eventsOf(xml: string, size = xml.length): string[] {
  const events: string[] = [];
  const handler: XmlHandler = {
    open: (name, attributes, selfClosing) =>
      events.push(`<${name}${attributes}${selfClosing ? '/' : ''}>`),
    close: (name) => events.push(`</${name}>`),
    text: (text) => events.push(text),
  };
  const scanner = new XmlScanner(handler);
  for (let at = 0; at < xml.length; at += size) scanner.write(xml.slice(at, at + size));
  scanner.end();
  return events;
}

describe('XmlScanner', () => {
  const doc =
    '<?xml version="1.0"?><!-- note --><x:root a="1 > 0" b=\'2\'><c r="A1"/>A &amp; B<![CDATA[<raw & kept>]]><t>中文</t></x:root>';

  it('gives tags without their prefix, text decoded and CDATA as it stands', () => {
    expect(eventsOf(doc)).toEqual([
      '<root a="1 > 0" b=\'2\'>',
      '<c r="A1"/>',
      'A & B',
      '<raw & kept>',
      '<t>',
      '中文',
      '</t>',
      '</root>',
    ]);
  });

  it('gives the same events however the text is cut into pieces', () => {
    const whole = eventsOf(doc);
    for (let size = 1; size < doc.length; size++)
      expect(eventsOf(doc, size).join('')).toBe(whole.join(''));
  });

  it('refuses a document type declaration, a document cut inside a tag, and a tag that never ends', () => {
    expect(() => eventsOf('<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')).toThrow(XmlError);
    expect(() => eventsOf('<x><y a="1"')).toThrow(XmlError);
    expect(() => eventsOf(`<x a="${'a'.repeat(MAX_PENDING_CHARS + 1)}`, 64 * 1024)).toThrow(
      XmlError,
    );
  });

  it('stops when the handler asks it to', () => {
    const seen: string[] = [];
    const scanner: XmlScanner = new XmlScanner({
      open: (name) => {
        seen.push(name);
        if (name === 'b') scanner.stop();
      },
      close: () => {},
      text: () => {},
    });
    scanner.write('<a><b><c></c></b></a>');
    expect(seen).toEqual(['a', 'b']);
  });
});

describe('decodeXml', () => {
  it('decodes the predefined entities and character references, and keeps what it does not know', () => {
    expect(decodeXml('&lt;&gt;&amp;&quot;&apos;&#x4E2D;&#25991;&#x1F600;')).toBe('<>&"\'中文😀');
    expect(decodeXml('&nbsp; &#x110000;')).toBe('&nbsp; &#x110000;');
  });

  it('decodes references to characters XML forbids, so the cell holding them can be named', () => {
    expect(decodeXml('a&#0;b&#xD800;c')).toBe('a\u0000b\ud800c');
  });
});

describe('attribute', () => {
  it('reads a quoted value by its qualified name, decoded', () => {
    const attrs = ' r="B7" s=\'3\' r:id="rId2" formatCode="yyyy&quot;年&quot;"';
    expect(attribute(attrs, 'r')).toBe('B7');
    expect(attribute(attrs, 's')).toBe('3');
    expect(attribute(attrs, 'r:id')).toBe('rId2');
    expect(attribute(attrs, 'formatCode')).toBe('yyyy"年"');
    expect(attribute(attrs, 't')).toBeUndefined();
  });
});
