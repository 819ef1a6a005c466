import {
  KEY_COLUMN_GAP,
  KEY_COLUMN_WIDTHS,
  type KeyShape,
  keyHeight,
  keyHolds,
  keyLineCounts,
  type Rect,
} from '../labels/name-key.js';
import type { RingPlan } from '../labels/ring-names.js';
import type { NormalizedLayoutOptions } from '../options.js';
import { ROW_ARC, splitSides } from '../labels/ring-sides.js';
import { angleDelta } from '../polar.js';
import { type Font, LINE_HEIGHT, textWidth } from '../text-metrics.js';
import type { UnitBounds } from './fit-frame.js';

/** What the plan needs to know of a name before the marks are placed: its text and roughly where its mark is. */
export interface NameEstimate {
  text: string;
  /** The name's width on one line. */
  width: number;
  /** The angle its mark will roughly be at (the middle of its sector or gap). */
  angle: number;
  /** Index among the drawn petals of the petal its mark goes in; −1 between petals. */
  petal: number;
}

/**
 * How the items are named at this size: beside their marks around the flower (`ring`), or by numbers on their marks
 * and a numbered key in `rect` (`key`); `none` when there is nothing to name.
 */
export type NamingPlan =
  | { mode: 'none' }
  | { mode: 'ring'; ring: RingPlan }
  | { mode: 'key'; rect: Rect; shape: KeyShape; holds: number };

/**
 * Which plans to weigh: `auto` the names around the flower when they all fit, else a key; `key` a key only; `ring`
 * names around the flower whether or not they all fit (a key across the drawing's foot takes the rest).
 */
export type NamingMode = 'auto' | 'key' | 'ring';

/** Space between the flower and the names around it, or its key; leaders cross it. */
export const LABEL_GUTTER = 22;
/** Widths tried for the columns of names around the flower, widest first. */
const COLUMN_WIDTHS = [230, 200, 170, 145, 120] as const;
/** Lines a name may take in a row above or below the flower (0: no rows). */
const ROW_LINES = [0, 2, 3] as const;
/** Widest a name may be in a row above or below the flower. */
const ROW_WIDTH = 170;
/** Names around the flower fill at most this share of their side (they must stay near their marks). */
const RING_FILL = 1;
/** A flower smaller than this is not worth names around it: the marks would not fit. */
const MIN_NAMED_RADIUS = 150;
/**
 * A flower of radius R holds about (R / (this × target spacing))² marks: names around the flower are only worth it
 * when it stays big enough to draw every item as a mark.
 */
const CAPACITY_FACTOR = 1.2;
/** The same for a zoomed petal, which covers about a third of its circle. */
const ZOOM_CAPACITY_FACTOR = 2;
/** Share of a petal's inner area its marks' slots fill (rows of a polar grid; names of the petal and its factors). */
const PACKING = 0.7;
/** Wide columns (names on one line) are worth shrinking the flower to this share of its size alone, not more. */
const COMFORTABLE_SHARE = 0.6;
/** Names in the key take at most this many lines: two where the key has room, else one (shortened at a word). */
const KEY_LINES = [2, 1] as const;
/** A key with names on more lines, or wider columns, is worth showing this share of the marks the best key shows. */
const KEY_SHOWN_SHARE = 0.95;
/** Steps by which the key plan shrinks the flower to make room for the key. */
const KEY_RADIUS_STEP = 0.96;

type Side = 'left' | 'right' | 'above' | 'below';

/** Numbers on marks are set this size (pixels): the smallest text the drawing uses, so they fit small marks. */
export const NUMBER_FONT_SIZE = 11;

/** The font of the numbers on marks. */
export function numberFont(options: NormalizedLayoutOptions): Font {
  return { ...options.font, size: NUMBER_FONT_SIZE, weight: 'bold' };
}

/**
 * The mark radius that holds a number of `count`'s digits inside the mark (at least the usual one), and its target.
 * Two digits fit the usual target (24 px): the renderer draws a numbered mark's shape up to its target's edge, so
 * the flower holds as many numbered marks as plain ones; three digits need larger targets.
 */
export function numberedMarkRadius(count: number, options: NormalizedLayoutOptions): { mark: number; target: number } {
  const digits = textWidth(String(Math.max(1, count)), numberFont(options));
  // The digits and their halo inside the shape, with a ring of the petal's colour left around them.
  const shape = Math.ceil(digits / 2 + 3);
  if (shape <= options.targetRadius - 1) return { mark: options.markRadius, target: options.targetRadius };
  return { mark: Math.max(options.markRadius, shape), target: Math.max(options.targetRadius, shape + 3) };
}

/** The drawing less its padding. */
function drawingRoom(options: NormalizedLayoutOptions): Rect {
  const { width, height, padding } = options;
  return { x: padding, y: padding, width: width - 2 * padding, height: height - 2 * padding };
}

/** The largest tip radius at which a flower of extent `unit` fits `room`. */
export function fitRadius(unit: UnitBounds, room: Rect): number {
  return Math.min(room.width / (unit.x1 - unit.x0), room.height / (unit.y1 - unit.y0));
}

/** Lines a name of one-line `width` takes in `room` (a wrap is never perfectly balanced: a little slack). */
function linesIn(width: number, room: number, maxLines: number): number {
  return Math.min(maxLines, Math.max(1, Math.ceil(width / (0.92 * room))));
}

interface Candidate {
  naming: NamingPlan;
  room: Rect;
  radius: number;
  /** The drawing's height, when the key makes it grow past the height asked. */
  height?: number;
  /** How many marks it shows and names (a key: as many as both the flower and the key hold). */
  shown?: number;
}

/** The ring plan with `columnWidth` columns and rows of `rowLines` lines, if its names fit at a readable size. */
function ringCandidate(
  unit: UnitBounds,
  names: readonly NameEstimate[],
  options: NormalizedLayoutOptions,
  plan: RingPlan,
  bestEffort: boolean,
): Candidate | null {
  const drawing = drawingRoom(options);
  const lineHeight = options.font.size * LINE_HEIGHT;
  const items = names.map((name) => {
    const lines = linesIn(name.width, plan.rowWidth, Math.max(1, plan.rowLines));
    return {
      angle: name.angle,
      height: linesIn(name.width, plan.columnWidth ?? 1, 3) * lineHeight + 2,
      width: Math.min(plan.rowWidth, name.width / lines / 0.92),
    };
  });
  const split = splitSides(items, {
    rows: plan.rowLines > 0,
    columns: plan.columnWidth !== null,
    rowLength: RING_FILL * drawing.width,
    rowGap: 10,
  });
  const sum = (list: readonly number[], key: 'height' | 'width') =>
    list.reduce((total, i) => total + (items[i]?.[key] ?? 0) + (key === 'width' ? 10 : 0), 0);
  const load: Record<Side, number> = {
    left: sum(split.left, 'height'),
    right: sum(split.right, 'height'),
    above: sum(split.above, 'width'),
    below: sum(split.below, 'width'),
  };
  const column = (side: Side) => (load[side] > 0 ? (plan.columnWidth ?? 0) + LABEL_GUTTER : 0);
  const row = (side: Side) => (load[side] > 0 ? plan.rowLines * lineHeight + LABEL_GUTTER : 0);
  const room = {
    x: drawing.x + column('left'),
    y: drawing.y + row('above'),
    width: drawing.width - column('left') - column('right'),
    height: drawing.height - row('above') - row('below'),
  };
  if (room.width <= 0 || room.height <= 0) return null;
  const fits =
    Math.max(load.left, load.right) <= RING_FILL * drawing.height &&
    Math.max(load.above, load.below) <= RING_FILL * drawing.width;
  return fits || bestEffort ? { naming: { mode: 'ring', ring: plan }, room, radius: fitRadius(unit, room) } : null;
}

/**
 * About how many of `names` a flower of `radius` draws as marks: each petal holds what fits its area less a
 * target's clearance along its outline (in rows `spacing` apart), and never more than the names it has; marks
 * between petals are counted as they come (their gaps are small).
 */
function capacity(radius: number, spacing: number, unit: UnitBounds, names: readonly NameEstimate[]): number {
  const perPetal = new Map<number, number>();
  for (const name of names) perPetal.set(name.petal, (perPetal.get(name.petal) ?? 0) + 1);
  let total = Math.min(perPetal.get(-1) ?? 0, Math.floor((radius / (2 * spacing)) ** 2));
  unit.petals.forEach((petal, i) => {
    const room = petal.area * radius * radius - (petal.perimeter * radius * spacing) / 2;
    total += Math.min(perPetal.get(i) ?? 0, Math.max(0, Math.floor((PACKING * room) / (spacing * spacing))));
  });
  return total;
}

/** What every key plan of one layout shares. */
interface KeyContext {
  unit: UnitBounds;
  drawing: Rect;
  options: NormalizedLayoutOptions;
  texts: readonly string[];
  /** How many marks a flower of this radius draws (see {@link capacity}). */
  marksAt: (radius: number) => number;
}

function keyPlan(context: KeyContext, rect: Rect, shape: KeyShape, lines: readonly number[]): NamingPlan {
  return { mode: 'key', rect, shape, holds: keyHolds(lines, shape, rect.height, context.options.font) };
}

/** The key right of the flower, in the fewest columns of `columnWidth` that hold the marks the flower then draws. */
function keyRight(
  context: KeyContext,
  columnWidth: number,
  maxLines: number,
  lines: readonly number[],
): Candidate | null {
  const { drawing, unit, options } = context;
  for (let columns = 1; columns <= 4; columns++) {
    const shape = { columns, columnWidth, maxLines };
    const width = columns * columnWidth + (columns - 1) * KEY_COLUMN_GAP;
    const room = { ...drawing, width: drawing.width - width - LABEL_GUTTER };
    if (room.width <= 0) return null;
    const radius = fitRadius(unit, room);
    if (keyHeight(lines.slice(0, context.marksAt(radius)), shape, options.font) > drawing.height) continue;
    const rect = { x: room.x + room.width + LABEL_GUTTER, y: drawing.y, width, height: drawing.height };
    return { naming: keyPlan(context, rect, shape, lines), room, radius };
  }
  return null;
}

/** The key under the flower, across the drawing, the flower shrunk step by step until the key of its marks fits. */
function keyBelow(context: KeyContext, shape: KeyShape, lines: readonly number[]): Candidate | null {
  const { drawing, unit, options } = context;
  const width = shape.columns * shape.columnWidth + (shape.columns - 1) * KEY_COLUMN_GAP;
  for (let radius = fitRadius(unit, drawing); radius >= 8; radius *= KEY_RADIUS_STEP) {
    const height = keyHeight(lines.slice(0, context.marksAt(radius)), shape, options.font);
    const room = { ...drawing, height: drawing.height - height - LABEL_GUTTER };
    if (room.height <= 0 || fitRadius(unit, room) < radius) continue;
    const rect = { x: drawing.x + (drawing.width - width) / 2, y: room.y + room.height + LABEL_GUTTER, width, height };
    return { naming: keyPlan(context, rect, shape, lines), room, radius: fitRadius(unit, room) };
  }
  return null;
}

/** The key plans of one column width and line count: right of the flower, under it, under it growing the drawing. */
function keyShapes(context: KeyContext, columnWidth: number, maxLines: number): Candidate[] {
  const { drawing } = context;
  const { lines } = keyLineCounts(context.texts, { columns: 1, columnWidth, maxLines }, context.options.font);
  const found = [keyRight(context, columnWidth, maxLines, lines)];
  const columns = Math.max(1, Math.floor((drawing.width + KEY_COLUMN_GAP) / (columnWidth + KEY_COLUMN_GAP)));
  if (columns * columnWidth + (columns - 1) * KEY_COLUMN_GAP <= drawing.width) {
    const shape = { columns, columnWidth, maxLines };
    found.push(grownKey(context, shape, lines), keyBelow(context, shape, lines));
  }
  return found.filter((candidate): candidate is Candidate => candidate !== null);
}

/**
 * The key plans: the key right of the flower (columns of the full height) or under it (rows across the full
 * width), the flower shrunk step by step until the key of the marks it then holds fits beside it. Entries are
 * counted at their real line counts, longest first, so the key holds whichever marks the flower shows.
 */
function keyCandidates(
  unit: UnitBounds,
  names: readonly NameEstimate[],
  options: NormalizedLayoutOptions,
): Candidate[] {
  const { target } = numberedMarkRadius(names.length, options);
  const spacing = 2 * target + options.targetGap;
  const context: KeyContext = {
    unit,
    drawing: drawingRoom(options),
    options,
    texts: names.map((name) => name.text),
    marksAt: (radius) => capacity(radius, spacing, unit, names),
  };
  const found = KEY_COLUMN_WIDTHS.flatMap((width) => KEY_LINES.flatMap((lines) => keyShapes(context, width, lines)));
  for (const candidate of found)
    if (candidate.naming.mode === 'key')
      candidate.shown = Math.min(context.marksAt(candidate.radius), candidate.naming.holds);
  return found;
}

/**
 * The key under a flower that keeps the whole drawing, the drawing growing by the key's height (up to
 * `options.maxHeight`): the page scrolls on to the key. `null` when the drawing may not grow.
 */
function grownKey(context: KeyContext, shape: KeyShape, lines: readonly number[]): Candidate | null {
  const { unit, drawing, options, marksAt } = context;
  const room = options.maxHeight - options.height;
  if (room <= LABEL_GUTTER) return null;
  const radius = fitRadius(unit, drawing);
  // One column spans the drawing: a phone's key reads as a list.
  const full = shape.columns === 1 ? { ...shape, columnWidth: drawing.width } : shape;
  const width = full.columns * full.columnWidth + (full.columns - 1) * KEY_COLUMN_GAP;
  const height = Math.min(room - LABEL_GUTTER, keyHeight(lines.slice(0, marksAt(radius)), full, options.font));
  const flowerBottom = drawing.y + drawing.height;
  const rect = { x: drawing.x + (drawing.width - width) / 2, y: flowerBottom + LABEL_GUTTER, width, height };
  return {
    naming: { mode: 'key', rect, shape: full, holds: keyHolds(lines, full, height, options.font) },
    room: drawing,
    radius,
    height: Math.ceil(flowerBottom + LABEL_GUTTER + height + options.padding),
  };
}

/**
 * The key that names the most marks (nothing hidden in a count badge that need not be); among keys within a few
 * marks of it, names on two lines rather than one, then the widest columns (names read whole), then the largest
 * flower. Columns are never so narrow that a shortened name loses its sense (see `KEY_COLUMN_WIDTHS`).
 */
function bestKey(keys: readonly Candidate[]): Candidate | null {
  const most = Math.max(0, ...keys.map((candidate) => candidate.shown ?? 0));
  const shape = (candidate: Candidate) =>
    candidate.naming.mode === 'key' ? candidate.naming.shape : { maxLines: 0, columnWidth: 0 };
  const better = (a: Candidate, b: Candidate) =>
    shape(a).maxLines - shape(b).maxLines || shape(a).columnWidth - shape(b).columnWidth || a.radius - b.radius;
  return keys
    .filter((candidate) => (candidate.shown ?? 0) >= KEY_SHOWN_SHARE * most)
    .reduce<Candidate | null>((best, c) => (!best || better(c, best) > 0 ? c : best), null);
}

/**
 * The ring plans, widest columns first, without rows and then with rows of 2 and 3 lines — only with rows when some
 * marks face straight up or down (their names need room above or below the flower).
 */
function ringCandidates(
  unit: UnitBounds,
  names: readonly NameEstimate[],
  options: NormalizedLayoutOptions,
  bestEffort: boolean,
): Candidate[] {
  const facing = (axis: number) => names.some((name) => Math.abs(angleDelta(axis, name.angle)) < ROW_ARC);
  const rows = facing(0) || facing(Math.PI) ? ROW_LINES.filter((lines) => lines > 0) : ROW_LINES;
  return rows.flatMap((rowLines) =>
    [...COLUMN_WIDTHS, null].flatMap((columnWidth) => {
      if (rowLines === 0 && columnWidth === null) return [];
      const plan = { columnWidth, rowLines, rowWidth: ROW_WIDTH };
      return ringCandidate(unit, names, options, plan, bestEffort) ?? [];
    }),
  );
}

/**
 * How to name the items at this size, and the room the flower then has. Names go around the flower when they all fit
 * at a readable size with the flower still big enough for every mark — the widest columns that leave it comfortably
 * large, else the narrowest that hold them; otherwise the marks are numbered and a key lists their names, beside
 * the flower or under it, wherever the flower stays larger.
 */
export function namingPlan(
  unit: UnitBounds,
  names: readonly NameEstimate[],
  options: NormalizedLayoutOptions,
  zoomed: boolean,
  mode: NamingMode = 'auto',
): { naming: NamingPlan; room: Rect; height: number } {
  const drawing = drawingRoom(options);
  const alone = fitRadius(unit, drawing);
  if (names.length === 0) return { naming: { mode: 'none' }, room: drawing, height: options.height };
  const spacing = 2 * options.targetRadius + options.targetGap;
  const needed = (zoomed ? ZOOM_CAPACITY_FACTOR : CAPACITY_FACTOR) * spacing * Math.sqrt(names.length);
  const least = Math.max(MIN_NAMED_RADIUS, 0.4 * alone, needed);
  const rings = mode === 'key' ? [] : ringCandidates(unit, names, options, mode === 'ring');
  const fitting = rings.filter((candidate) => candidate.radius >= least);
  const comfortable = fitting.find((candidate) => candidate.radius >= COMFORTABLE_SHARE * alone);
  const ring =
    comfortable ?? fitting.reduce<Candidate | null>((best, c) => (best && best.radius >= c.radius ? best : c), null);
  if (ring) return { ...ring, height: options.height };
  const key = bestKey(keyCandidates(unit, names, options));
  return key
    ? { naming: key.naming, room: key.room, height: key.height ?? options.height }
    : { naming: { mode: 'none' }, room: drawing, height: options.height };
}
