import { balanceLines, cleanText, type Font, linesWidth, shortenText } from '../text-metrics.js';

/** One way to set a name: its lines and the widest line's width. */
export interface Wrapping {
  lines: string[];
  width: number;
}

/** Names wrap to at most this many lines. */
const MAX_NAME_LINES = 3;

/**
 * The balanced wrappings of `text` on 1 to 3 lines, fewest lines first, each computed only when asked for (a name
 * that fits on one line is never balanced on two) and kept: the frame and the sides try several widths with them.
 */
export class Wrappings implements Iterable<Wrapping> {
  readonly #text: string;
  readonly #font: Font;
  readonly #known: Wrapping[] = [];
  #done = false;

  constructor(text: string, font: Font) {
    this.#text = text;
    this.#font = font;
  }

  *[Symbol.iterator](): Iterator<Wrapping> {
    yield* this.#known;
    while (!this.#done) {
      const count = (this.#known.at(-1)?.lines.length ?? 0) + 1;
      // One line is the text itself; two or three are balanced (the dynamic programme is not free).
      const lines =
        count > MAX_NAME_LINES
          ? []
          : count === 1
            ? [cleanText(this.#text)].filter((line) => line !== '')
            : balanceLines(this.#text, count, this.#font);
      // Fewer lines than asked: the text has no more words to break at.
      if (lines.length < count) {
        this.#done = true;
        return;
      }
      const wrap = { lines, width: linesWidth(lines, this.#font) };
      this.#known.push(wrap);
      yield wrap;
    }
  }
}

/** The {@link Wrappings} of `text`. */
export function wrappings(text: string, font: Font): Wrappings {
  return new Wrappings(text, font);
}

/** {@link wrappings} kept per text for the rest of one layout. */
export function wrapper(font: Font): (text: string) => Iterable<Wrapping> {
  const known = new Map<string, Wrappings>();
  return (text) => {
    let wraps = known.get(text);
    if (!wraps) {
      wraps = new Wrappings(text, font);
      known.set(text, wraps);
    }
    return wraps;
  };
}

/**
 * The first of `wraps` no wider than `width`; when none is, `text` filled into `maxLines` lines and shortened at a
 * word with an ellipsis (the full text stays in the accessible name, the tooltip and the table).
 */
export function nameLines(
  text: string,
  wraps: Iterable<Wrapping>,
  width: number,
  maxLines: number,
  font: Font,
): { lines: string[]; truncated: boolean; width: number } {
  for (const wrap of wraps) {
    if (wrap.lines.length > maxLines) break;
    if (wrap.width <= width + 1e-9) return { lines: wrap.lines, truncated: false, width: wrap.width };
  }
  const { lines, truncated } = shortenText(text, width, maxLines, font);
  return { lines, truncated, width: linesWidth(lines, font) };
}
