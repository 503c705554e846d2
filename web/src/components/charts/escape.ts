/**
 * ECharts puts whatever a function formatter of a tooltip returns into the page as HTML. (Its default
 * tooltips and its string templates such as '{b}: {c}' escape the values themselves; canvas labels and
 * axis labels are drawn as text and are never parsed.) Port, branch and category names are typed by
 * users, so every function formatter that returns HTML builds it with `html` and hands it to ECharts
 * through `chartFormatter`: each interpolated value is escaped unless it is itself built with `html`,
 * so only the markup written in the formatter's own template is live.
 */

const MARKUP = Symbol('chart markup');

/** HTML that a formatter wrote itself. Only `html` and `joinMarkup` make one, so user text can never pass for it. */
export type Markup = { readonly [MARKUP]: string };

/** What a template may interpolate: text and numbers (escaped), markup (kept), nothing (empty), or a list of these. */
export type Interpolation = Markup | string | number | null | undefined | readonly Interpolation[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML that shows it literally, in element content and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const markup = (source: string): Markup => ({ [MARKUP]: source });

const isMarkup = (value: unknown): value is Markup =>
  typeof value === 'object' && value !== null && MARKUP in value;

// Array.isArray does not narrow a readonly array out of a union.
const isList = (value: Interpolation): value is readonly Interpolation[] => Array.isArray(value);

function render(value: Interpolation): string {
  if (value === null || value === undefined) return '';
  if (isMarkup(value)) return value[MARKUP];
  if (isList(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** A template tag: the literal parts are markup, every interpolated value is escaped unless it is markup. */
export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): Markup {
  return markup(
    strings.reduce(
      (out, literal, i) => out + literal + (i < values.length ? render(values[i]) : ''),
      '',
    ),
  );
}

/** Parts joined by a separator, e.g. the lines of a tooltip by html`<br/>`. */
export function joinMarkup(parts: readonly Interpolation[], separator: Markup): Markup {
  return markup(parts.map(render).join(separator[MARKUP]));
}

/**
 * A tooltip formatter for ECharts that can only return markup built with `html`, so a plain string (a
 * name concatenated into tags) does not type-check. Returning null shows an empty tooltip.
 */
export function chartFormatter<P = unknown>(
  format: (params: P) => Markup | null,
): (params: P) => string {
  return (params) => {
    const built = format(params);
    return built ? built[MARKUP] : '';
  };
}
