/**
 * What a `--fleur-*` custom property may carry into an exported file, and how it is judged. The page's (or the CLI's
 * `--css` file's) value is kept only when a real CSS grammar parses it as a value of its kind — a colour, or a list
 * of font names — and it holds nothing that could call a server or break out of the exported `<style>`. The grammar
 * is the browser's own (`CSS.supports`) in the element and css-tree's in the CLI; this policy is the same for both.
 */

/** The kinds of value an export copies: colours (theme tokens, petals) and the font family. */
export const CSS_VALUE_KINDS = ['color', 'font-family'] as const;
export type CssValueKind = (typeof CSS_VALUE_KINDS)[number];

/** Whether `value` parses as a value of the property `kind` under a real CSS grammar. */
export type CssValueGrammar = (kind: CssValueKind, value: string) => boolean;

/** Longest value copied: a colour or a font list is short; anything longer is not one. */
const MAX_VALUE_LENGTH = 200;
/**
 * Never in an exported value, whatever a grammar says: escapes (`\65`), markup and entities (the export is XML), the
 * end of a declaration or a block, at-rules, comments, control characters.
 */
const NEVER = /[\\<>&;{}@\p{Cc}]|\/\*/u;
/**
 * What loads or computes something rather than naming a value: `url(` (even nested), `image(`, `image-set(`,
 * `src(`, `var(`, `env(`, `attr(`, and the old `expression(`. Browsers accept `var()` anywhere at parse time.
 */
const NOT_A_PLAIN_VALUE = /url|image|src\(|var\(|env\(|attr\(|expression/i;
/** Every quoted string closed: a string left open at the end of a value would run on through the exported rule. */
const QUOTES_CLOSED = /^(?:[^"']|"[^"]*"|'[^']*')*$/;
/** A same-document paint server: `url(#gradient)`, the only reference a colour may keep. */
const FRAGMENT_REFERENCE = /^url\(\s*(["']?)#[\w.:-]+\1\s*\)$/;

/**
 * A `--fleur-*` value as an export may copy it, else `undefined`. A colour: what the grammar parses as one (hex, a
 * name, `rgb()`, `oklch()`, `color-mix()`…), or a same-document `url(#id)`; never `rgb(expression(…))`, a remote
 * `url()`, `var()`. A font family: a list of font names, quoted or not, with no function at all. Pure, given
 * the grammar.
 */
export function exportableValue(value: string, kind: CssValueKind, grammar: CssValueGrammar): string | undefined {
  const text = value.trim();
  if (text === '' || text.length > MAX_VALUE_LENGTH || NEVER.test(text) || !QUOTES_CLOSED.test(text)) return undefined;
  if (kind === 'color' && FRAGMENT_REFERENCE.test(text)) return text;
  if (NOT_A_PLAIN_VALUE.test(text) || (kind === 'font-family' && text.includes('('))) return undefined;
  return grammar(kind, text) ? text : undefined;
}

/** The browser's own CSS grammar, for the element's exports. */
export const browserGrammar: CssValueGrammar = (kind, value) => CSS.supports(kind, value);
