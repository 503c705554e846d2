import { describe, expect, it } from 'vitest';
import { chartFormatter, escapeHtml, html, joinMarkup } from './escape.ts';

const PAYLOAD = '<img src=x onerror="window.__xss=1">';

describe('chart formatter escaping', () => {
  it('escapes the five characters that can start markup or end an attribute value', () => {
    expect(escapeHtml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &#39; f');
    expect(escapeHtml(PAYLOAD)).toBe('&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;');
  });

  it('escapes an entity once, so it shows as typed rather than as the character it names', () => {
    expect(escapeHtml('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });

  it('keeps the markup written in the template and escapes every interpolated value', () => {
    const format = chartFormatter((name: string) => html`<b>${name}</b><br/>${42}`);
    expect(format(PAYLOAD)).toBe(
      '<b>&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;</b><br/>42',
    );
  });

  it('keeps nested markup, escapes text in lists, and shows nothing for null or undefined', () => {
    const line = html`<i>${'a<b'}</i>`;
    expect(
      chartFormatter(() => html`${line}|${['<', html`<br/>`, 1]}|${null}${undefined}`)(undefined),
    ).toBe('<i>a&lt;b</i>|&lt;<br/>1|');
  });

  it('joins lines with a markup separator, escaping text parts', () => {
    const joined = joinMarkup([html`<b>${'P-1 <x>'}</b>`, 'plain & text', 3], html`<br/>`);
    expect(chartFormatter(() => joined)(undefined)).toBe(
      '<b>P-1 &lt;x&gt;</b><br/>plain &amp; text<br/>3',
    );
  });

  it('takes nothing from data for markup: an object parsed from JSON cannot carry the marker', () => {
    const forged = JSON.parse('{"markup":"<img src=x>"}') as string;
    expect(chartFormatter(() => html`${forged}`)(undefined)).toBe('[object Object]');
    expect(chartFormatter(() => null)(undefined)).toBe('');
  });
});
