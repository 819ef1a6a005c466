import { normalizeAngle, TAU } from '../polar.js';

/** A name to share out among the sides of the flower: where its way out is, and the room it takes on each side. */
export interface SideItem {
  /** Angle of its way out of the flower (radial convention). */
  angle: number;
  /** Its height in a column beside the flower. */
  height: number;
  /** Its width in a row above or below the flower. */
  width: number;
}

/** Indices of the items on each side, each side in its reading order (columns top to bottom, rows left to right). */
export interface SideSplit {
  left: number[];
  right: number[];
  above: number[];
  below: number[];
}

export interface SideOptions {
  /** Whether names may go in rows above and below the flower (else only in columns). */
  rows: boolean;
  /** Whether names may go in columns (else only in rows). */
  columns: boolean;
  /** Length of a row. */
  rowLength: number;
  /** Space between two names in a row. */
  rowGap: number;
}

/** Names this close to the vertical axis (in angle) may go to either column: their side is chosen to even columns out. */
const CROSS_OVER = (50 * Math.PI) / 180;
/**
 * Names whose way out is this close to straight up or down go to the rows above and below the flower, when there
 * are rows: their leaders leave the flower upwards or downwards, and a column beside it is out of their reach.
 */
export const ROW_ARC = (28 * Math.PI) / 180;

/** Whether `angle` is in the clockwise arc from `from` to `to`. */
function inArc(angle: number, from: number, to: number): boolean {
  return normalizeAngle(angle - from) <= normalizeAngle(to - from);
}

/** `list` sorted by angle, clockwise from `from`. */
function clockwise(items: readonly SideItem[], list: readonly number[], from: number): number[] {
  return [...list].sort(
    (a, b) => normalizeAngle((items[a]?.angle ?? 0) - from) - normalizeAngle((items[b]?.angle ?? 0) - from),
  );
}

/** Takes names off a row's ends, outermost first, until the row holds the rest; returns those taken, per end. */
function trimRow(items: readonly SideItem[], row: number[], options: SideOptions): { first: number[]; last: number[] } {
  const taken = { first: [] as number[], last: [] as number[] };
  const length = () => row.reduce((sum, i) => sum + (items[i]?.width ?? 0) + options.rowGap, 0);
  while (row.length > 0 && length() > options.rowLength) {
    const head = items[row[0] as number];
    const tail = items[row.at(-1) as number];
    // The end farther round from the row's middle goes first.
    const spread = (item: SideItem | undefined) => Math.abs(Math.sin(item?.angle ?? 0));
    if (spread(head) >= spread(tail)) taken.first.push(row.shift() as number);
    else taken.last.unshift(row.pop() as number);
  }
  return taken;
}

/**
 * The split of a clockwise run of names between two columns that evens their heights out: the run `flexible` goes,
 * from its start, `k` names to the column before and the rest to the column after.
 */
function evenSplit(items: readonly SideItem[], before: number, after: number, flexible: readonly number[]): number {
  let best = 0;
  let bestGap = Number.POSITIVE_INFINITY;
  let moved = 0;
  const total = flexible.reduce((sum, i) => sum + (items[i]?.height ?? 0), 0);
  for (let k = 0; k <= flexible.length; k++) {
    const gap = Math.abs(before + moved - (after + total - moved));
    if (gap < bestGap - 1e-9) {
      best = k;
      bestGap = gap;
    }
    moved += items[flexible[k] as number]?.height ?? 0;
  }
  return best;
}

/**
 * Shares names out among the sides of the flower so that, set each in its order, their leaders cannot cross: every
 * side takes one clockwise run of ways out. Rows take the names whose ways out face straight up or down (within
 * {@link ROW_ARC}) as far as they hold them, handing their outermost names to the columns; columns take the rest,
 * and the names near the vertical axis where there is no row go to whichever column evens the two out.
 */
export function splitSides(items: readonly SideItem[], options: SideOptions): SideSplit {
  const all = items.map((_, i) => i);
  if (!options.columns) {
    const above = clockwise(
      items,
      all.filter((i) => inArc(items[i]?.angle ?? 0, 1.5 * Math.PI, 0.5 * Math.PI)),
      1.5 * Math.PI,
    );
    const up = new Set(above);
    const below = clockwise(
      items,
      all.filter((i) => !up.has(i)),
      0.5 * Math.PI,
    ).reverse();
    return { left: [], right: [], above, below };
  }
  const arc = (axis: number) =>
    options.rows
      ? clockwise(
          items,
          all.filter((i) => inArc(items[i]?.angle ?? 0, axis - ROW_ARC, axis + ROW_ARC)),
          axis - ROW_ARC,
        )
      : [];
  const top = arc(0);
  const bottom = arc(Math.PI);
  const topSpill = trimRow(items, top, options);
  const bottomSpill = trimRow(items, bottom, options);
  const inRow = new Set([...top, ...bottom]);
  const rest = all.filter((i) => !inRow.has(i));
  // Fixed: clearly on one side. Flexible: near the vertical axis, where no row took them.
  const near = (angle: number, axis: number) => Math.abs(normalizeAngle(angle - axis + Math.PI) - Math.PI) < CROSS_OVER;
  // A row with names sits between the columns' ends: none of them may then cross over there.
  const flexTop =
    top.length > 0
      ? []
      : clockwise(
          items,
          rest.filter((i) => near(items[i]?.angle ?? 0, 0)),
          TAU - CROSS_OVER,
        );
  const flexBottom =
    bottom.length > 0
      ? []
      : clockwise(
          items,
          rest.filter((i) => near(items[i]?.angle ?? 0, Math.PI)),
          Math.PI - CROSS_OVER,
        );
  const flexible = new Set([...flexTop, ...flexBottom]);
  const spilled = new Set([...topSpill.first, ...topSpill.last, ...bottomSpill.first, ...bottomSpill.last]);
  const fixed = rest.filter((i) => !flexible.has(i) && !spilled.has(i));
  const height = (list: readonly number[]) => list.reduce((sum, i) => sum + (items[i]?.height ?? 0), 0);
  const rightFixed = fixed.filter((i) => Math.sin(items[i]?.angle ?? 0) >= 0);
  const leftFixed = fixed.filter((i) => Math.sin(items[i]?.angle ?? 0) < 0);
  const right = [...topSpill.last, ...rightFixed, ...bottomSpill.first];
  const left = [...topSpill.first, ...leftFixed, ...bottomSpill.last];
  // Clockwise, the top run goes from the left column to the right one, the bottom run from right to left.
  const kTop = evenSplit(items, height(left) + height(flexBottom) / 2, height(right) + height(flexBottom) / 2, flexTop);
  left.push(...flexTop.slice(0, kTop));
  right.push(...flexTop.slice(kTop));
  const kBottom = evenSplit(items, height(right), height(left), flexBottom);
  right.push(...flexBottom.slice(0, kBottom));
  left.push(...flexBottom.slice(kBottom));
  // Each column's run, in order from where it starts (its first way out may be just left of 12 o'clock).
  return {
    right: clockwise(items, right, TAU - CROSS_OVER),
    left: clockwise(items, left, Math.PI - CROSS_OVER).reverse(),
    above: top,
    below: [...bottom].reverse(),
  };
}
