import { pointRadial } from '../polar.js';
import { type Font, LINE_HEIGHT } from '../text-metrics.js';
import { nameLines, type Wrapping } from './name-lines.js';
import type { PlacedName } from './ring-names.js';

/** The item to name on request, relative to the flower's centre: where its mark (or badge) is. */
export interface LoneRequest {
  itemId: string;
  text: string;
  wraps: Iterable<Wrapping>;
  x: number;
  y: number;
  angle: number;
  radius: number;
  /** Radius of the drawn mark (the leader starts at its edge). */
  markRadius: number;
}

/**
 * One name where no column fits (phones): under the flower, or over it when there is more room there, centred on
 * its mark as far as the drawing allows, with a leader straight down (or up) from the mark. Used for the selected
 * item, which is always named. `null` when neither band holds a line of text.
 */
export function placeLoneName(
  request: LoneRequest,
  flower: { top: number; bottom: number },
  drawing: { left: number; right: number; top: number; bottom: number },
  font: Font,
): PlacedName | null {
  const width = drawing.right - drawing.left;
  const { lines, truncated, width: textWidth } = nameLines(request.text, request.wraps, width, 3, font);
  const height = lines.length * font.size * LINE_HEIGHT;
  const below = drawing.bottom - flower.bottom;
  const above = flower.top - drawing.top;
  const side = below >= above ? 'below' : 'above';
  if (Math.max(below, above) < height + 6) return null;
  const left = Math.min(drawing.right - textWidth, Math.max(drawing.left, request.x - textWidth / 2));
  const top = side === 'below' ? flower.bottom + 6 : flower.top - 6 - height;
  const start = pointRadial(request.angle, request.radius + request.markRadius + 1);
  const end = {
    x: Math.min(left + textWidth, Math.max(left, request.x)),
    y: side === 'below' ? top - 2 : top + height + 2,
  };
  return {
    itemId: request.itemId,
    text: request.text,
    lines,
    side,
    left,
    top,
    width: textWidth,
    height,
    truncated,
    leader: [start, end],
  };
}
