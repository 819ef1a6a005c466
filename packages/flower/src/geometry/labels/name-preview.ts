import type { Font } from '../text-metrics.js';
import { nameLines, wrappings } from './name-lines.js';

/** The widest a name is set beside its mark (the widest column around the flower), and on how many lines. */
const WIDEST_NAME = { width: 230, lines: 3 } as const;
/** The names' size on a desktop drawing. */
const DESKTOP_FONT: Font = { size: 13, weight: 'normal' };

/**
 * What the flower shows of `text` as an item's name at its most generous (a desktop drawing's widest column): its
 * lines, and whether it had to be shortened. For tools that tell a catalogue editor what a long title becomes.
 */
export function namePreview(text: string, font: Font = DESKTOP_FONT): { lines: string[]; shortened: boolean } {
  const set = nameLines(text, wrappings(text, font), WIDEST_NAME.width, WIDEST_NAME.lines, font);
  return { lines: set.lines, shortened: set.truncated };
}
