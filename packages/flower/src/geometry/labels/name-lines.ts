import { type Font, linesWidth, shortenText } from '../text-metrics.js';
import { wrapVariants } from './sector-label.js';

/** One way to set a name: its lines and the widest line's width. */
export interface Wrapping {
  lines: string[];
  width: number;
}

/**
 * The balanced wrappings of `text` on 1 to 3 lines, fewest lines first. Computed once per name and layout: the frame
 * tries several column widths with them, and the columns set them.
 */
export function wrappings(text: string, font: Font): Wrapping[] {
  return wrapVariants(text, font).map((lines) => ({ lines, width: linesWidth(lines, font) }));
}

/**
 * {@link wrappings}, each text wrapped on first use and kept for the rest of one layout (a big catalogue whose names
 * cannot fit beside the flower is never wrapped at all).
 */
export function wrapper(font: Font): (text: string) => readonly Wrapping[] {
  const known = new Map<string, Wrapping[]>();
  return (text) => {
    let wraps = known.get(text);
    if (!wraps) {
      wraps = wrappings(text, font);
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
  wraps: readonly Wrapping[],
  width: number,
  maxLines: number,
  font: Font,
): { lines: string[]; truncated: boolean; width: number } {
  const fitting = wraps.find((wrap) => wrap.width <= width + 1e-9 && wrap.lines.length <= maxLines);
  if (fitting) return { lines: fitting.lines, truncated: false, width: fitting.width };
  const { lines, truncated } = shortenText(text, width, maxLines, font);
  return { lines, truncated, width: linesWidth(lines, font) };
}
