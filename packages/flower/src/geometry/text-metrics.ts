/**
 * Text measurement. Labels are measured in the font they are drawn in: a {@link Font} may carry a `measure` function
 * (the element's canvas `measureText` in its computed font; the metrics of the font file an export embeds). Without
 * one, widths come from a per-character table of DejaVu Sans advance widths (in hundredths of an em, for
 * U+0020–U+007E): deterministic in Node and browsers alike, and one of the widest common sans-serif faces, so labels
 * measured with it also fit in narrower fonts.
 */

// biome-ignore format: a width table reads better in rows
const ASCII_WIDTHS = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34,
  84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99,
  69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39,
  63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
] as const;

/** Characters outside the table that are common in French and English labels (hundredths of an em). */
const EXTRA_WIDTHS: Readonly<Record<string, number>> = {
  '…': 100,
  '’': 32,
  '‘': 32,
  '“': 52,
  '”': 52,
  '«': 56,
  '»': 56,
  '–': 50,
  '—': 100,
  œ: 103,
  Œ: 107,
  æ: 98,
  Æ: 98,
  ß: 64,
  '€': 64,
  '\u00a0': 32,
  '\u202f': 20,
};

/** Unknown characters (CJK, symbols) count as a full em: overestimating only wraps a little early. */
const UNKNOWN_WIDTH = 100;
/** Bold DejaVu Sans is on average 11.5 % wider; 13 % keeps bold labels on the safe side. */
const BOLD_FACTOR = 1.13;

/** Line height as a multiple of the font size, used for every label. */
export const LINE_HEIGHT = 1.25;

/** The ellipsis appended to truncated labels. */
export const ELLIPSIS = '…';

/** The font weights the layout measures. */
export const FONT_WEIGHTS = ['normal', 'bold'] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

/** Measures `text` set at `size` pixels in `weight`: its advance width in pixels. */
export type TextMeasurer = (text: string, size: number, weight: FontWeight) => number;

/** How labels are set: size in pixels and weight, and how to measure them (the built-in table when absent). */
export interface Font {
  size: number;
  weight: FontWeight;
  measure?: TextMeasurer | undefined;
}

function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 32;
  if (code >= 32 && code < 127) return ASCII_WIDTHS[code - 32] ?? UNKNOWN_WIDTH;
  const extra = EXTRA_WIDTHS[char];
  if (extra !== undefined) return extra;
  // Accented Latin letters are as wide as their base letter: measure "é" as "e".
  const base = char.normalize('NFD').charAt(0);
  if (base !== char && base.length === 1) return charWidth(base);
  return UNKNOWN_WIDTH;
}

/** Rendered width of `text` in pixels: measured by the font's own `measure`, else estimated from the table. */
export function textWidth(text: string, font: Font): number {
  if (font.measure) return font.measure(text, font.size, font.weight);
  return estimatedWidth(text, font.size, font.weight);
}

/** Width of `text` from the DejaVu Sans table (see the module's comment): the measurer used when none is given. */
export function estimatedWidth(text: string, size: number, weight: FontWeight): number {
  let hundredths = 0;
  for (const char of text) hundredths += charWidth(char);
  return (hundredths / 100) * size * (weight === 'bold' ? BOLD_FACTOR : 1);
}

/** Height in pixels of `lines` lines of text. */
export function textHeight(lines: number, font: Font): number {
  return lines * font.size * LINE_HEIGHT;
}

/**
 * Longer labels are cut here (at a word) before wrapping, so a 10 000-character label cannot make wrapping
 * quadratic; three lines of the widest column never show more.
 */
const MAX_LABEL_CHARS = 160;

/** White space a line may break at: any but the no-break spaces (U+00A0, U+2007 and the narrow U+202F). */
const BREAKING_SPACE = /[^\S\u00a0\u2007\u202f]+/g;

/**
 * `text` on one line, its runs of breaking white space as one space (no-break spaces kept: « Source : » never
 * breaks before its colon), cut at a word after {@link MAX_LABEL_CHARS}.
 */
export function cleanText(text: string): string {
  const flat = text.replace(BREAKING_SPACE, ' ').trim();
  if (flat.length <= MAX_LABEL_CHARS) return flat;
  const cut = flat.slice(0, MAX_LABEL_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_LABEL_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}${ELLIPSIS}`;
}

const clean = cleanText;

/** A piece of text lines may break after: a word, or the part of a hyphenated word up to its hyphen. */
interface Token {
  text: string;
  width: number;
  /** Joined to the previous token by a space (false inside a hyphenated word: "socio-" + "professionnelle"). */
  spaced: boolean;
}

/** Marks a line never starts with (French spaces them from the word before) and those it never ends with. */
const CLOSING = /^[»:;!?)\]]+$/u;
const OPENING = /^[«([]+$/u;

/**
 * The words of `text` that lines may break between: a closing quotation mark or a French « : », « ; », « ! », « ? »
 * stays with the word before it, an opening quotation mark with the word after it.
 */
export function breakableWords(text: string): string[] {
  const words: string[] = [];
  let opening = '';
  for (const word of cleanText(text).split(' ')) {
    if (word === '') continue;
    if (OPENING.test(word)) opening += `${word} `;
    else if (CLOSING.test(word) && words.length > 0 && opening === '') words[words.length - 1] += ` ${word}`;
    else {
      words.push(`${opening}${word}`);
      opening = '';
    }
  }
  if (opening !== '') words.push(opening.trimEnd());
  return words;
}

function tokens(text: string, font: Font): Token[] {
  const result: Token[] = [];
  for (const word of breakableWords(text)) {
    // Break after hyphens, never before the first letter: "socio-professionnelle" → "socio-", "professionnelle".
    const parts = word.match(/-*[^-]+-*/g) ?? [word];
    for (const [i, part] of parts.entries()) result.push({ text: part, width: textWidth(part, font), spaced: i === 0 });
  }
  if (result[0]) result[0].spaced = false;
  return result;
}

/**
 * `text` split into exactly `lineCount` lines (fewer if it has fewer words) so that the widest line is as narrow as
 * possible — balanced lines read better in a flower than greedy ones with a short last line. Lines break between
 * words or after a hyphen, never inside a word. Minimises over all break positions by dynamic programming (labels
 * are short: longer ones are cut first).
 */
export function balanceLines(text: string, lineCount: number, font: Font): string[] {
  const all = tokens(text, font);
  const n = all.length;
  const k = Math.max(1, Math.min(lineCount, n));
  if (n === 0) return [];
  const space = textWidth(' ', font);
  // prefix[j]: width of tokens 0..j-1 laid on one line, spaces included.
  const prefix = [0];
  all.forEach((token, i) => {
    prefix.push((prefix[i] ?? 0) + token.width + (i > 0 && token.spaced ? space : 0));
  });
  const span = (i: number, j: number) => (prefix[j] ?? 0) - (prefix[i] ?? 0) - (all[i]?.spaced && i > 0 ? space : 0);
  // best[l][j]: minimal max-width for the first j tokens on l lines; cut[l][j]: start of the last line.
  const best: number[][] = [Array.from({ length: n + 1 }, (_, j) => (j === 0 ? 0 : Infinity))];
  const cut: number[][] = [[]];
  for (let l = 1; l <= k; l++) {
    const row: number[] = [Infinity];
    const cuts: number[] = [0];
    for (let j = 1; j <= n; j++) {
      let value = Infinity;
      let at = 0;
      for (let i = l - 1; i < j; i++) {
        const candidate = Math.max(best[l - 1]?.[i] ?? Infinity, span(i, j));
        if (candidate < value - 1e-9) {
          value = candidate;
          at = i;
        }
      }
      row.push(value);
      cuts.push(at);
    }
    best.push(row);
    cut.push(cuts);
  }
  const lines: string[] = [];
  let end = n;
  for (let l = k; l >= 1; l--) {
    const start = cut[l]?.[end] ?? 0;
    lines.unshift(
      all
        .slice(start, end)
        .map((token, i) => (i > 0 && token.spaced ? ` ${token.text}` : token.text))
        .join(''),
    );
    end = start;
  }
  return lines.filter((line) => line !== '');
}

/** The widest of `lines`, in pixels. */
export function linesWidth(lines: readonly string[], font: Font): number {
  let width = 0;
  for (const line of lines) width = Math.max(width, textWidth(line, font));
  return width;
}

/**
 * `text` on one line, cut with an ellipsis so that it is at most `maxWidth` wide; `''` when not even one
 * character and the ellipsis fit.
 */
export function truncateText(text: string, maxWidth: number, font: Font): string {
  const flat = clean(text);
  if (textWidth(flat, font) <= maxWidth) return flat;
  return cutWithEllipsis(flat, maxWidth, font);
}

/** `line` with as many of its last words dropped as it takes for `line…` to fit `maxWidth` (a character cut if none). */
function withEllipsis(line: string, maxWidth: number, font: Font): string {
  const words = line.split(' ');
  while (words.length > 1) {
    const candidate = `${words.join(' ').replace(/[\s,;:.–—-]+$/u, '')}${ELLIPSIS}`;
    if (textWidth(candidate, font) <= maxWidth) return candidate;
    words.pop();
  }
  return cutWithEllipsis(words[0] ?? '', maxWidth, font);
}

/** As many of `text`'s first characters as fit `maxWidth` with an ellipsis after them (`''` if none do). */
function cutWithEllipsis(text: string, maxWidth: number, font: Font): string {
  const chars = Array.from(text);
  let width = textWidth(ELLIPSIS, font);
  let kept = 0;
  for (const char of chars) {
    width += textWidth(char, font);
    if (width > maxWidth) break;
    kept++;
  }
  return kept === 0 ? '' : `${chars.slice(0, kept).join('').trimEnd()}${ELLIPSIS}`;
}

/**
 * `text` set on at most `maxLines` lines no wider than `maxWidth`, filled greedily; when it does not all fit, the
 * last line ends at a word with an ellipsis (a word too long for any line is cut inside, the only place it can be).
 */
export function shortenText(
  text: string,
  maxWidth: number,
  maxLines: number,
  font: Font,
): { lines: string[]; truncated: boolean } {
  const words = breakableWords(text);
  const lines: string[] = [];
  let next = 0;
  while (next < words.length && lines.length < maxLines) {
    let line = words[next++] ?? '';
    while (next < words.length && textWidth(`${line} ${words[next]}`, font) <= maxWidth) line += ` ${words[next++]}`;
    lines.push(line);
  }
  const fitted = lines.map((line) => (textWidth(line, font) <= maxWidth ? line : truncateText(line, maxWidth, font)));
  const last = lines.at(-1);
  if (next < words.length && last !== undefined) fitted[fitted.length - 1] = withEllipsis(last, maxWidth, font);
  // Cut before wrapping (a runaway title), after the lines ran out, or inside a word too long for any line.
  const truncated = words.at(-1)?.endsWith(ELLIPSIS) === true || fitted.some((line, i) => line !== lines[i]);
  return { lines: fitted.filter((line) => line !== ''), truncated };
}
