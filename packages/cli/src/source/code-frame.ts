import { lineText, type TextPosition } from './text-position.js';

/** Widest slice of a line shown: a minified catalogue is one line of megabytes. */
const WINDOW = 80;
/** Characters that would draw nothing or move the cursor: shown as one replacement character, so the caret aligns. */
const INVISIBLE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The line of `position` and a caret under its column, as compilers show a syntax error:
 *
 * ```text
 *   329 |     "factors": ["sleep" "income"],
 *       |                         ^
 * ```
 * A long line is cut to a window around the column, marked with `…`.
 */
export function codeFrame(text: string, starts: readonly number[], position: TextPosition): string[] {
  const whole = lineText(text, starts, position.line);
  const index = Math.min(position.column - 1, whole.length);
  const from = Math.max(0, Math.min(index - WINDOW / 2, whole.length - WINDOW));
  const to = Math.min(whole.length, from + WINDOW);
  const shown = (from > 0 ? '…' : '') + whole.slice(from, to) + (to < whole.length ? '…' : '');
  const beforeCaret = (from > 0 ? '…' : '') + whole.slice(from, index);
  const clean = (part: string) => part.replace(/\t/g, ' ').replace(INVISIBLE, '\ufffd');
  const gutter = String(position.line);
  return [
    `  ${gutter} | ${clean(shown)}`,
    `  ${' '.repeat(gutter.length)} | ${' '.repeat([...clean(beforeCaret)].length)}^`,
  ];
}
