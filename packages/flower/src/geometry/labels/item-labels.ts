import { LABEL_GUTTER } from '../frame/fit-frame.js';
import { normalizeAngle, type Point, pointRadial } from '../polar.js';
import { type Font, LINE_HEIGHT } from '../text-metrics.js';
import { dodgeLine } from './dodge-line.js';
import { nameLines, type Wrapping } from './name-lines.js';

/** Which side of the flower a name is set on. */
export const LABEL_SIDES = ['left', 'right', 'below', 'above'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

/** What a name needs to know of its mark. Coordinates relative to the flower's centre. */
export interface NameRequest {
  itemId: string;
  text: string;
  /** The text's wrappings (see `wrappings`). */
  wraps: readonly Wrapping[];
  x: number;
  y: number;
  angle: number;
  radius: number;
  /** Radius of the drawn mark (the leader starts at its edge). */
  markRadius: number;
  /** How far from the centre the flower reaches at the mark's angle (the leader leaves the flower there). */
  reach: number;
}

/** A name set beside the flower, relative to its centre; `x` is where `textAnchor` applies. */
export interface PlacedName {
  itemId: string;
  text: string;
  lines: string[];
  side: LabelSide;
  /** The box: top-left, size. */
  left: number;
  top: number;
  width: number;
  height: number;
  truncated: boolean;
  leader: Point[];
}

/** What the names must keep clear of: the petals' outlines and circles (the heart, every target). */
export interface FlowerExtent {
  outlines: readonly (readonly Point[])[];
  circles: readonly { x: number; y: number; r: number }[];
}

/** Space between two names in a column. */
const NAME_GAP = 2;
/** Where the leader bends: this far outside the flower at the mark's angle. */
const ELBOW = 6;

/** How far right (side 1) or left (side −1) of the centre `points`' closed outline reaches between two heights. */
function outlineReach(points: readonly Point[], top: number, bottom: number, side: 1 | -1): number {
  let reach = Number.NEGATIVE_INFINITY;
  points.forEach((a, i) => {
    const b = points[(i + 1) % points.length] ?? a;
    const low = Math.max(top, Math.min(a.y, b.y));
    const high = Math.min(bottom, Math.max(a.y, b.y));
    if (low > high) return;
    // The segment clipped to the band: its far end is at one of the clipped ends.
    for (const y of [low, high]) {
      const t = b.y === a.y ? 0 : (y - a.y) / (b.y - a.y);
      reach = Math.max(reach, side * (a.x + t * (b.x - a.x)));
    }
  });
  return reach;
}

/** How far right (side 1) or left (side −1) of the centre the flower reaches between two heights (exact). */
function extentBetween(extent: FlowerExtent, top: number, bottom: number, side: 1 | -1): number {
  let reach = 0;
  for (const outline of extent.outlines) reach = Math.max(reach, outlineReach(outline, top, bottom, side));
  for (const c of extent.circles) {
    const d = c.y < top ? top - c.y : c.y > bottom ? c.y - bottom : 0;
    if (d < c.r) reach = Math.max(reach, side * c.x + Math.sqrt(c.r * c.r - d * d));
  }
  return reach;
}

interface Pending {
  request: NameRequest;
  lines: string[];
  truncated: boolean;
  width: number;
  height: number;
  elbow: Point;
}

/** Names this close to the vertical axis (in angle) may be set in the other column. */
const CROSS_OVER = (50 * Math.PI) / 180;

/**
 * Evens the columns out: while one is fuller than the other by more than a name, its name nearest the vertical axis
 * (at its top or bottom, within {@link CROSS_OVER} of it) moves to the other column, where it continues the other's
 * top or bottom. A full column would push names far from their marks, and their leaders across the flower.
 */
function balance(right: Pending[], left: Pending[]): void {
  const total = (list: Pending[]) => list.reduce((sum, name) => sum + name.height + NAME_GAP, 0);
  const nearAxis = (name: Pending | undefined) => {
    if (!name) return Number.POSITIVE_INFINITY;
    const a = name.request.angle;
    return Math.min(a, Math.abs(Math.PI - a), 2 * Math.PI - a);
  };
  for (let guard = right.length + left.length; guard > 0; guard--) {
    const difference = total(right) - total(left);
    const [full, other] = difference > 0 ? [right, left] : [left, right];
    const fromTop = nearAxis(full[0]) <= nearAxis(full[full.length - 1]);
    const candidate = fromTop ? full[0] : full[full.length - 1];
    if (!candidate || Math.abs(difference) <= 2 * (candidate.height + NAME_GAP) || nearAxis(candidate) > CROSS_OVER)
      return;
    if (fromTop) other.unshift(full.shift() as Pending);
    else other.push(full.pop() as Pending);
  }
}

/** Sets one column: names top to bottom, as close as they can be to their leader's elbow. */
function setColumn(column: Pending[], side: 1 | -1, extent: FlowerExtent, bounds: { top: number; bottom: number }) {
  const ideal = column.map((name) => name.elbow.y);
  const gaps = column.map((name, i) => (i === 0 ? 0 : ((column[i - 1]?.height ?? 0) + name.height) / 2 + NAME_GAP));
  const first = column[0]?.height ?? 0;
  const last = column.at(-1)?.height ?? 0;
  const centres = dodgeLine(ideal, gaps, bounds.top + first / 2, bounds.bottom - last / 2);
  if (!centres) return null;
  return column.map((name, i): PlacedName => {
    const cy = centres[i] ?? 0;
    const top = cy - name.height / 2;
    // Clear of the flower at its height, and never back past its elbow (the leader only goes outwards).
    const clear = extentBetween(extent, top - 6, top + name.height + 6, side) + LABEL_GUTTER / 2;
    const near = Math.max(4, clear, side * name.elbow.x + 4);
    const left = side === 1 ? near : -near - name.width;
    const anchor = { x: side === 1 ? near - 3 : -near + 3, y: cy };
    const start = pointRadial(name.request.angle, name.request.radius + name.request.markRadius + 1);
    return {
      itemId: name.request.itemId,
      text: name.request.text,
      lines: name.lines,
      side: side === 1 ? 'right' : 'left',
      left,
      top,
      width: name.width,
      height: name.height,
      truncated: name.truncated,
      leader: [start, name.elbow, anchor],
    };
  });
}

/**
 * Names beside the flower, in two columns (the ECharts and Highcharts way of labelling a pie): each name on the side
 * its mark is on, the columns ordered by angle so leader lines do not cross, each column dodged to its marks' heights
 * and hugging the flower's outline. `null` when the names do not all fit.
 */
export function placeNames(
  requests: readonly NameRequest[],
  columnWidth: number,
  extent: FlowerExtent,
  bounds: { top: number; bottom: number },
  font: Font,
  columns: 1 | 2 = 2,
): PlacedName[] | null {
  const lineHeight = font.size * LINE_HEIGHT;
  const pending: Pending[] = requests.map((asked) => {
    const request = { ...asked, angle: normalizeAngle(asked.angle) };
    const { lines, truncated, width } = nameLines(request.wraps, columnWidth, font);
    return {
      request,
      lines,
      truncated,
      width,
      height: lines.length * lineHeight,
      elbow: pointRadial(request.angle, Math.max(request.reach, request.radius + request.markRadius) + ELBOW),
    };
  });
  const onRight = (name: Pending) => columns === 1 || Math.sin(name.request.angle) > 1e-9 || name.request.x > 0;
  // Top to bottom: clockwise on the right, counter-clockwise on the left.
  const right = pending.filter(onRight).sort((a, b) => a.request.angle - b.request.angle);
  const left = pending.filter((name) => !onRight(name)).sort((a, b) => b.request.angle - a.request.angle);
  if (columns === 2) balance(right, left);
  const placedRight = setColumn(right, 1, extent, bounds);
  const placedLeft = setColumn(left, -1, extent, bounds);
  return placedRight && placedLeft ? [...placedRight, ...placedLeft] : null;
}
