import { normalizeAngle, type Point } from '../polar.js';
import { type Font, LINE_HEIGHT } from '../text-metrics.js';
import { dodgeWithin } from './dodge-line.js';
import { type FlowerHull, type HullExit, hullEndReach, hullSideReach, staysOutside } from './flower-hull.js';
import { runNear } from './free-run.js';
import { waysOut } from './leader-exits.js';
import type { Rect } from './name-key.js';
import { nameLines, type Wrapping } from './name-lines.js';
import { splitSides } from './ring-sides.js';
import { rectsOverlap, segmentHitsRect } from './segments.js';

/** Where a name is set: on a side of the flower, inside its petal beside its mark, or in the numbered key. */
export const LABEL_SIDES = ['left', 'right', 'below', 'above', 'inside', 'key'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

/** A mark to name, relative to the flower's centre. */
export interface NameMark {
  itemId: string;
  /** The name: the item's short title, else its title. */
  text: string;
  /** The name's balanced wrappings on 1 to 3 lines, computed on first use. */
  wraps: () => Iterable<Wrapping>;
  x: number;
  y: number;
  /** Radius of the drawn mark: leaders start at its edge and keep clear of other marks by it. */
  drawnRadius: number;
}

/** A name set beside the flower, relative to its centre; `left`/`top` is its box's corner. */
export interface PlacedName {
  itemId: string;
  text: string;
  lines: string[];
  side: LabelSide;
  left: number;
  top: number;
  width: number;
  height: number;
  truncated: boolean;
  /** From the mark's edge to the name: the leg out of the flower, then the leg to the name. */
  leader: Point[];
}

/** How names are set around the flower: in columns left and right, and in a row above and below. */
export interface RingPlan {
  /** Width of the columns beside the flower; `null` for none. */
  columnWidth: number | null;
  /** Lines a name may take in the rows above and below the flower; 0 for no rows. */
  rowLines: number;
  /** Widest a name may be in those rows. */
  rowWidth: number;
}

/** The drawing's edges (less its padding), relative to the flower's centre. */
export interface Bounds {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Space between the hull and a name. */
const NAME_GUTTER = 6;
/** Space between two names in a column. */
const NAME_GAP = 2;
/** Space between two names in a row. */
const ROW_GAP = 10;
/** The leader stops this short of its name. */
const ANCHOR_GAP = 3;
/**
 * How far from its way out a name may be looked for (pixels): beyond it, its leader would read as a long line
 * across the page, and the search would cost more than it is worth.
 */
const SEARCH_REACH = 320;

/** A mark with its way out of the flower. */
interface Exiting {
  mark: NameMark;
  exit: HullExit;
  /** Angle of the exit point: the order of names around the flower. */
  angle: number;
}

type Side = 'left' | 'right' | 'above' | 'below';

/** A name's lines and box size, set to at most `width` and `maxLines`. */
function setName(mark: NameMark, width: number, maxLines: number, font: Font) {
  // The fewest lines that fit: a short name reads best on one line, in a column as in a row.
  const set = nameLines(mark.text, mark.wraps(), width, maxLines, font);
  return { ...set, height: set.lines.length * font.size * LINE_HEIGHT };
}

interface Pending {
  exiting: Exiting;
  lines: string[];
  truncated: boolean;
  width: number;
  height: number;
}

/** How one side sets its names along a line: where each may sit, where it would like to, and how far apart. */
interface LineRule {
  /** The positions (centres along the line) where `name` may sit, nearest its ideal; `null` for none. */
  limit(name: Pending): [number, number] | null;
  ideal(name: Pending): number;
  /** The name's extent along the line. */
  size(name: Pending): number;
  gap: number;
}

/**
 * Names along one side, in order, dodged to their ideal positions within their own limits (see {@link dodgeWithin});
 * a name with no room, or the one that leaves the others none, is left out and the rest set again.
 */
function dodgeAlong(names: Pending[], rule: LineRule): { kept: Pending[]; centres: number[]; left: Pending[] } {
  const left: Pending[] = [];
  const entries = names.map((name) => ({ name, limit: rule.limit(name) }));
  for (const entry of entries.filter((candidate) => candidate.limit === null)) left.push(entry.name);
  const kept = entries.filter((entry) => entry.limit !== null);
  while (kept.length > 0) {
    const gaps = kept.map((entry, i) =>
      i === 0 ? 0 : (rule.size((kept[i - 1] as typeof entry).name) + rule.size(entry.name)) / 2 + rule.gap,
    );
    const centres = dodgeWithin(
      kept.map((entry) => rule.ideal(entry.name)),
      gaps,
      kept.map((entry) => entry.limit?.[0] ?? 0),
      kept.map((entry) => entry.limit?.[1] ?? 0),
    );
    if (Array.isArray(centres)) return { kept: kept.map((entry) => entry.name), centres, left };
    left.push(...kept.splice(centres.conflict, 1).map((entry) => entry.name));
  }
  return { kept: [], centres: [], left };
}

/**
 * One column of names (right: `sign` 1, left: −1), top to bottom in the order of their ways out. Each name keeps
 * clear of the hull at its height and stays where the leg from its way out to it does not enter the hull; the
 * column is dodged to the ways out's heights within those limits. Names that cannot keep them are returned apart.
 */
function setColumn(column: Pending[], sign: 1 | -1, hull: FlowerHull, bounds: Bounds, rows: readonly PlacedName[]) {
  const xAt = (name: Pending, cy: number) =>
    Math.max(
      sign * name.exiting.exit.point.x,
      hullSideReach(hull, sign, cy - name.height / 2 - NAME_GAP, cy + name.height / 2 + NAME_GAP),
    ) + NAME_GUTTER;
  const anchorAt = (name: Pending, cy: number) => ({ x: sign * (xAt(name, cy) - ANCHOR_GAP), y: cy });
  const edge = sign === 1 ? bounds.right : -bounds.left;
  // The rows' extent: a name clear of it in height needs no closer look at them.
  const rowTop = Math.min(...rows.map((row) => Math.min(row.top, ...row.leader.map((p) => p.y))));
  const rowBottom = Math.max(...rows.map((row) => Math.max(row.top + row.height, ...row.leader.map((p) => p.y))));
  const fits = (name: Pending, cy: number) => {
    const near = xAt(name, cy);
    if (near + name.width > edge + 1e-6) return false;
    const anchor = { x: sign * (near - ANCHOR_GAP), y: cy };
    if (!staysOutside(name.exiting.exit, anchor)) return false;
    const top = cy - name.height / 2;
    const low = Math.min(top, name.exiting.exit.point.y);
    const high = Math.max(top + name.height, name.exiting.exit.point.y);
    if (high + NAME_GAP < rowTop || low - NAME_GAP > rowBottom) return true;
    // Clear of the rows above and below the flower, set first: their names and their leaders.
    const box = { x: sign === 1 ? near : -near - name.width, y: top, width: name.width, height: name.height };
    return rows.every((row) => clearOfName(box, name.exiting.exit.point, anchor, row));
  };
  const { kept, centres, left } = dodgeAlong(column, {
    limit: (name) =>
      runNear(
        Math.max(bounds.top + name.height / 2, name.exiting.exit.point.y - SEARCH_REACH),
        Math.min(bounds.bottom - name.height / 2, name.exiting.exit.point.y + SEARCH_REACH),
        name.exiting.exit.point.y,
        (cy) => fits(name, cy),
      ),
    ideal: (name) => name.exiting.exit.point.y,
    size: (name) => name.height,
    gap: NAME_GAP,
  });
  const placed = kept.map((name, i): PlacedName => {
    const cy = centres[i] ?? 0;
    const near = xAt(name, cy);
    return named(name, sign === 1 ? 'right' : 'left', {
      left: sign === 1 ? near : -near - name.width,
      top: cy - name.height / 2,
      anchor: anchorAt(name, cy),
    });
  });
  return { placed, left };
}

/**
 * One row of names above (`sign` −1) or below (1) the flower, left to right in the order of their ways out, each
 * as close to the hull as it can be over its width; as {@link setColumn}, along x.
 */
function setRow(row: Pending[], sign: 1 | -1, hull: FlowerHull, bounds: Bounds) {
  const yAt = (name: Pending, cx: number) =>
    Math.max(
      sign * name.exiting.exit.point.y,
      hullEndReach(hull, sign, cx - name.width / 2 - ROW_GAP / 2, cx + name.width / 2 + ROW_GAP / 2),
    ) + NAME_GUTTER;
  const anchorAt = (name: Pending, cx: number) => ({ x: cx, y: sign * (yAt(name, cx) - ANCHOR_GAP) });
  const edge = sign === 1 ? bounds.bottom : -bounds.top;
  const fits = (name: Pending, cx: number) =>
    yAt(name, cx) + name.height <= edge + 1e-6 && staysOutside(name.exiting.exit, anchorAt(name, cx));
  const { kept, centres, left } = dodgeAlong(row, {
    limit: (name) =>
      runNear(
        Math.max(bounds.left + name.width / 2, name.exiting.exit.point.x - SEARCH_REACH),
        Math.min(bounds.right - name.width / 2, name.exiting.exit.point.x + SEARCH_REACH),
        name.exiting.exit.point.x,
        (cx) => fits(name, cx),
      ),
    ideal: (name) => name.exiting.exit.point.x,
    size: (name) => name.width,
    gap: ROW_GAP,
  });
  const placed = kept.map((name, i): PlacedName => {
    const cx = centres[i] ?? 0;
    const near = yAt(name, cx);
    return named(name, sign === 1 ? 'below' : 'above', {
      left: cx - name.width / 2,
      top: sign === 1 ? near : -near - name.height,
      anchor: anchorAt(name, cx),
    });
  });
  return { placed, left };
}

/** Whether a name's `box` and the outer leg of its leader (`exit` to `anchor`) keep clear of `other`, and it of them. */
function clearOfName(box: Rect, exit: Point, anchor: Point, other: PlacedName): boolean {
  const otherBox = { x: other.left, y: other.top, width: other.width, height: other.height };
  if (rectsOverlap(box, otherBox, NAME_GAP) || segmentHitsRect(exit, anchor, otherBox)) return false;
  for (let i = 1; i < other.leader.length; i++)
    if (segmentHitsRect(other.leader[i - 1] as Point, other.leader[i] as Point, box)) return false;
  return true;
}

function named(name: Pending, side: Side, at: { left: number; top: number; anchor: Point }): PlacedName {
  const { mark, exit } = name.exiting;
  const toExit = Math.hypot(exit.point.x - mark.x, exit.point.y - mark.y) || 1;
  const start = {
    x: mark.x + ((exit.point.x - mark.x) / toExit) * (mark.drawnRadius + 1),
    y: mark.y + ((exit.point.y - mark.y) / toExit) * (mark.drawnRadius + 1),
  };
  return {
    itemId: mark.itemId,
    text: mark.text,
    lines: name.lines,
    side,
    left: at.left,
    top: at.top,
    width: name.width,
    height: name.height,
    truncated: name.truncated,
    leader: [start, exit.point, at.anchor],
  };
}

/**
 * Names around the flower — boundary labelling on a convex hull, the cartographers' way of naming many points
 * around a map. Each mark's leader leaves the flower along the ray from the centre (turned a little to pass between
 * marks), so its inner leg only crosses its own petal; where that ray leaves the hull, the outer leg goes straight
 * to the name and never re-enters the hull. Names sit in columns left and right of the flower and in rows above and
 * below it, each side in the order of the ways out around the hull, so no two outer legs cross (a leg splits the
 * space around the hull in two, and every later name and way out lies on the same side of it). Returns the names
 * set, and the ids of marks that found no place (they are numbered and listed in the key).
 */
export function placeRingNames(
  marks: readonly NameMark[],
  hull: FlowerHull,
  plan: RingPlan,
  bounds: Bounds,
  font: Font,
): { placed: PlacedName[]; unplaced: string[] } {
  const columnWidth = plan.columnWidth ?? 0;
  const ways = waysOut(marks, hull);
  const pending = ways.flatMap(({ mark, exit }) => {
    const exiting = { mark, exit, angle: normalizeAngle(Math.atan2(exit.point.x, -exit.point.y)) };
    return [
      {
        column: { exiting, ...setName(mark, columnWidth, 3, font) } satisfies Pending,
        row: { exiting, ...setName(mark, plan.rowWidth, Math.max(1, plan.rowLines), font) } satisfies Pending,
      },
    ];
  });
  const split = splitSides(
    pending.map(({ column, row }) => ({
      angle: column.exiting.angle,
      height: column.height + NAME_GAP,
      width: row.width,
    })),
    {
      rows: plan.rowLines > 0,
      columns: plan.columnWidth !== null,
      rowLength: bounds.right - bounds.left,
      rowGap: ROW_GAP,
    },
  );
  const columnOf = (list: readonly number[]) => list.map((i) => pending[i]?.column as Pending);
  const rowOf = (list: readonly number[]) => list.map((i) => pending[i]?.row as Pending);
  // Rows first: they have the least room; the columns then keep clear of them where they meet at the corners.
  const rows = [setRow(rowOf(split.above), -1, hull, bounds), setRow(rowOf(split.below), 1, hull, bounds)];
  const rowNames = rows.flatMap((result) => result.placed);
  const columns = [
    setColumn(columnOf(split.right), 1, hull, bounds, rowNames),
    setColumn(columnOf(split.left), -1, hull, bounds, rowNames),
  ];
  const placed = [...columns, ...rows].flatMap((result) => result.placed);
  const set = new Set(placed.map((name) => name.itemId));
  return { placed, unplaced: marks.map((mark) => mark.itemId).filter((id) => !set.has(id)) };
}
