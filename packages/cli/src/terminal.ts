/**
 * Text bound for a terminal. Catalogue text reaches the CLI's output (titles in messages, ids, paths): a raw ESC
 * sequence there could clear the screen, retitle the window or forge a line; a bidi override could make a line read
 * backwards. Every such character is written as a visible `\uXXXX` escape instead — the form JSON uses, so
 * `--json` output stays valid JSON and round-trips. Line feeds and tabs, which the CLI writes itself, stay.
 */
const UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066\u2067]/gu;
const KEPT = new Set(['\n', '\t']);
/** First strong and pop directional isolates: the catalogue's messages add them around right-to-left values. */
const ISOLATES = /[\u2068\u2069]/g;

export function terminalSafe(text: string): string {
  return text
    .replace(ISOLATES, '')
    .replace(UNSAFE, (char) => (KEPT.has(char) ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** Every control character, line feeds and tabs included, and the bidi controls: none belongs in a path shown. */
const UNSAFE_IN_PATH = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A path as a message shows it: on one line, whatever it holds. A line feed in `--out` (a shell lets one through)
 * would otherwise forge a second line in a CI log; every control character becomes its `\uXXXX` escape.
 */
export function shownPath(path: string): string {
  return path.replace(UNSAFE_IN_PATH, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
