/**
 * Text that reaches a reader's screen or terminal. Catalogue text is data from anyone who can edit a JSON file:
 * it may carry control characters (an ESC sequence rewrites a terminal), bidi overrides (U+202E turns the text
 * after it backwards, « Trojan Source ») or nothing visible at all.
 */

/** C0 and C1 control characters; tab, line feed and carriage return are read as spaces. */
const CONTROL = /\p{Cc}/gu;
/** Bidi embeddings, overrides and isolates: the element isolates user text itself (`<bdi>`, `unicode-bidi`). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\n\r]/g;

/** The text as shown: line breaks and tabs become spaces; other control characters and bidi controls go. */
export function displayText(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(CONTROL, '').replace(BIDI_CONTROL, '');
}

/**
 * Characters that draw nothing: white space, controls, format characters (zero-width space and joiners, bidi
 * marks, the BOM, the word joiner…), combining marks with no base, variation selectors, and the fillers that
 * render blank (Hangul fillers, the braille blank, the combining grapheme joiner).
 */
const INVISIBLE = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Zl}\p{Zp}\u115f\u1160\u3164\uffa0\u2800\u180e]*$/u;

/** True when a reader would see at least one character of `text`. */
export function hasVisibleText(text: string): boolean {
  return !INVISIBLE.test(text);
}

/** Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan… and their presentation forms). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * User text ready to sit inside a UI sentence (« Sélectionné : … », an error message): control characters
 * removed and, when it holds right-to-left letters, wrapped in first strong isolate … pop directional isolate —
 * the plain-text `<bdi>` — so it cannot reorder the words around it. Left-to-right text cannot reorder our
 * French or English sentences, so it stays as it is (and so do messages compared by tests and tools).
 */
export function isolate(text: string): string {
  const clean = displayText(text);
  return RIGHT_TO_LEFT.test(clean) ? `\u2068${clean}\u2069` : clean;
}
