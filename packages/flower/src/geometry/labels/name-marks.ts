import { polygonContains } from 'd3-polygon';
import { boxCorners } from '../boxes.js';
import type { Frame } from '../frame/fit-frame.js';
import { LABEL_GUTTER } from '../frame/naming-plan.js';
import type { MarkPlacement } from '../marks/place-marks.js';
import type { NormalizedLayoutOptions } from '../options.js';
import { type Point, segmentDistance } from '../polar.js';
import type { PetalRecord } from '../sectors/petal-sectors.js';
import { circlePoints, type FlowerHull, flowerHull } from './flower-hull.js';
import { insideNames } from './inside-names.js';
import { KEY_COLUMN_GAP, type KeyShape, keyHeight, keyHolds, keyLineCounts, type Rect } from './name-key.js';
import type { Wrapping } from './name-lines.js';
import type { PetalTexts } from './petal-texts.js';
import { type Bounds, type NameMark, type PlacedName, placeRingNames } from './ring-names.js';
import { rectsOverlap, segmentEntersPolygon, segmentHitsRect, segmentsNear } from './segments.js';

/** How the marks are named: the names set beside them, the marks numbered instead, and where their key goes. */
export interface Naming {
  names: PlacedName[];
  /** Marks named in the key (numbered on the drawing). */
  numbered: Set<string>;
  /** The key's place and shape, in drawing coordinates; `null` when no mark is numbered. */
  key: { rect: Rect; shape: KeyShape } | null;
}

/** The hull keeps this far out of everything drawn inside the flower: leaders cross it square to the flower. */
const HULL_MARGIN = 6;
/** Two leaders never come closer than this (pixels): they must read as two lines. */
const LEADER_GAP = 1.5;
/** The key of names that found no place around the flower: one column this wide, in a corner of the drawing. */
const SPARE_KEY_WIDTH = 210;

/** Everything drawn in the flower, whose hull names keep out of: petals, heart and its label, targets, petal texts. */
function hullOf(
  petals: readonly PetalRecord[],
  frame: Frame,
  placement: MarkPlacement,
  texts: PetalTexts,
  target: number,
) {
  const points: Point[] = circlePoints(0, 0, frame.heartRadius);
  for (const petal of petals) points.push(...petal.shape.outline);
  for (const { slot } of [...placement.marks, ...placement.badges])
    if (slot) points.push(...circlePoints(slot.x, slot.y, target, 8));
  for (const box of texts.boxes) points.push(...boxCorners(box));
  return flowerHull(points, HULL_MARGIN);
}

/** What a name's leader may not cross on its way out: the outlines of the petals its item does not act on. */
function foreignOutlines(petals: readonly PetalRecord[], placement: MarkPlacement): Map<string, (readonly Point[])[]> {
  const outlines = new Map<string, (readonly Point[])[]>();
  for (const { item } of placement.marks)
    outlines.set(
      item.id,
      petals.filter((petal) => !item.petalIndices.includes(petal.model.index)).map((petal) => petal.shape.outline),
    );
  return outlines;
}

interface Checked {
  name: PlacedName;
  rect: Rect;
  segments: [Point, Point][];
  /** Everything the name draws: its box and its leader. */
  extent: Rect;
}

function extentOf(rect: Rect, leader: readonly Point[]): Rect {
  const xs = [rect.x, rect.x + rect.width, ...leader.map((p) => p.x)];
  const ys = [rect.y, rect.y + rect.height, ...leader.map((p) => p.y)];
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/**
 * The names that keep every promise the drawing makes, checked exactly: no two leaders cross, no leader crosses
 * a petal its item does not act on, another mark or another name, no two names overlap. A name that breaks one is
 * left out (its mark is numbered and named in the key), the later of two first, so the rest stay put.
 */
export function keptNames(
  names: readonly PlacedName[],
  foreign: Map<string, (readonly Point[])[]>,
  marks: readonly { itemId: string; x: number; y: number; r: number }[],
  already: readonly PlacedName[] = [],
): PlacedName[] {
  const kept: Checked[] = already.map((name) => {
    const rect = { x: name.left, y: name.top, width: name.width, height: name.height };
    return { name, rect, segments: [], extent: rect };
  });
  const keep = kept.length;
  for (const name of names) {
    const rect = { x: name.left, y: name.top, width: name.width, height: name.height };
    const segments: [Point, Point][] = [];
    for (let i = 1; i < name.leader.length; i++) segments.push([name.leader[i - 1] as Point, name.leader[i] as Point]);
    const outlines = foreign.get(name.itemId) ?? [];
    const extent = extentOf(rect, name.leader);
    const clash =
      segments.some(([a, b]) => outlines.some((outline) => segmentEntersPolygon(a, b, outline))) ||
      segments.some(([a, b]) =>
        marks.some((mark) => mark.itemId !== name.itemId && segmentDistance(mark, a, b) < mark.r),
      ) ||
      kept.some(
        (other) =>
          rectsOverlap(extent, other.extent, 1) &&
          (rectsOverlap(rect, other.rect) ||
            segments.some(([a, b]) => segmentHitsRect(a, b, other.rect)) ||
            other.segments.some(([a, b]) => segmentHitsRect(a, b, rect)) ||
            segments.some(([a, b]) => other.segments.some(([c, d]) => segmentsNear(a, b, c, d, LEADER_GAP)))),
      );
    if (!clash) kept.push({ name, rect, segments, extent });
  }
  return kept.slice(keep).map((entry) => entry.name);
}

/** Whether `rect` (relative to the centre) is clear of the hull, the names and their leaders. */
function rectClear(rect: Rect, hull: FlowerHull, names: readonly PlacedName[]): boolean {
  const polygon = hull.vertices.map((p) => [p.x, p.y] as [number, number]);
  const corners: [number, number][] = [
    [rect.x, rect.y],
    [rect.x + rect.width, rect.y],
    [rect.x + rect.width, rect.y + rect.height],
    [rect.x, rect.y + rect.height],
  ];
  if (corners.some((corner) => polygonContains(polygon, corner))) return false;
  if (
    hull.vertices.some((p) => p.x > rect.x && p.x < rect.x + rect.width && p.y > rect.y && p.y < rect.y + rect.height)
  )
    return false;
  const edges = hull.vertices.map((p, i) => [p, hull.vertices[(i + 1) % hull.vertices.length] ?? p] as const);
  if (edges.some(([a, b]) => segmentHitsRect(a, b, rect))) return false;
  return names.every((name) => {
    const box = { x: name.left, y: name.top, width: name.width, height: name.height };
    if (rectsOverlap(rect, box, 4)) return false;
    for (let i = 1; i < name.leader.length; i++)
      if (segmentHitsRect(name.leader[i - 1] as Point, name.leader[i] as Point, rect)) return false;
    return true;
  });
}

/** Positions tried for the spare key along each edge, as shares of the free length (the corners first). */
const EDGE_STOPS = [0, 1, 0.5, 0.25, 0.75, 0.125, 0.375, 0.625, 0.875];

/**
 * A place for the key of the names the ring could not set: a block of one or two columns along an edge of the
 * drawing (bottom first, where a reader ends; corners first), clear of the flower, the names and their leaders,
 * with names on two lines where it has room, else one. `null` when no edge has room.
 */
function spareKey(
  texts: readonly string[],
  bounds: Bounds,
  hull: FlowerHull,
  names: readonly PlacedName[],
  options: NormalizedLayoutOptions,
): { rect: Rect; shape: KeyShape } | null {
  for (const maxLines of [2, 1])
    for (const columns of [1, 2, 3]) {
      const shape = { columns, columnWidth: SPARE_KEY_WIDTH, maxLines };
      const width = columns * SPARE_KEY_WIDTH + (columns - 1) * KEY_COLUMN_GAP;
      const height = keyHeight(keyLineCounts(texts, shape, options.font).lines, shape, options.font);
      const free = { x: bounds.right - bounds.left - width, y: bounds.bottom - bounds.top - height };
      if (free.x < 0 || free.y < 0) continue;
      const spots = [
        ...EDGE_STOPS.map((t) => ({ x: bounds.left + t * free.x, y: bounds.bottom - height })),
        ...EDGE_STOPS.map((t) => ({ x: bounds.left + t * free.x, y: bounds.top })),
        ...EDGE_STOPS.map((t) => ({ x: bounds.left, y: bounds.top + t * free.y })),
        ...EDGE_STOPS.map((t) => ({ x: bounds.right - width, y: bounds.top + t * free.y })),
      ];
      const spot = spots.map((p) => ({ ...p, width, height })).find((rect) => rectClear(rect, hull, names));
      if (spot) return { rect: spot, shape };
    }
  return null;
}

/**
 * Names every mark: beside it around the flower when the plan is a ring (checked exactly, see {@link keptNames}),
 * else — and for the names the ring could not set — by a number on the mark and an entry in the key: in a free
 * spot along an edge, or in the key `reserved` across the drawing's foot. A {@link Spill} when a ring left names
 * over and no spot holds their key: the caller then makes room for one (see {@link footKey}).
 */
export function nameMarks(
  placement: MarkPlacement,
  petals: readonly PetalRecord[],
  frame: Frame,
  texts: PetalTexts,
  options: NormalizedLayoutOptions,
  wrap: (text: string) => Iterable<Wrapping>,
  reserved: { rect: Rect; shape: KeyShape } | null = null,
): Naming | Spill {
  const { naming } = frame;
  const ids = placement.marks.map((mark) => mark.item.id);
  if (naming.mode === 'none' || ids.length === 0) return { names: [], numbered: new Set(), key: null };
  // Petals with room name their marks inside, beside them; the rest go around the flower or to the key.
  const inside = insideNames(placement, petals, texts.boxes, options.targetRadius, options.font, wrap);
  const insideIds = new Set(inside.map((name) => name.itemId));
  if (naming.mode === 'key') {
    const numbered = new Set(ids.filter((id) => !insideIds.has(id)));
    const key = numbered.size > 0 ? { rect: naming.rect, shape: naming.shape } : null;
    return { names: inside, numbered, key };
  }
  const marks: NameMark[] = placement.marks
    .filter(({ item }) => !insideIds.has(item.id))
    .map(({ item, slot }) => ({
      itemId: item.id,
      text: item.label,
      wraps: () => wrap(item.label),
      x: slot.x,
      y: slot.y,
      drawnRadius: options.markRadius,
    }));
  const { padding, width, height } = options;
  // Above a key reserved across the drawing's foot, the names keep to the room left.
  const foot = reserved ? reserved.rect.y - LABEL_GUTTER : height - padding;
  const bounds = {
    left: padding - frame.cx,
    right: width - padding - frame.cx,
    top: padding - frame.cy,
    bottom: foot - frame.cy,
  };
  const hull = hullOf(petals, frame, placement, texts, options.targetRadius);
  const ring = placeRingNames(marks, hull, naming.ring, bounds, options.font);
  const drawn = marks.map((mark) => ({ itemId: mark.itemId, x: mark.x, y: mark.y, r: mark.drawnRadius }));
  const names = [...inside, ...keptNames(ring.placed, foreignOutlines(petals, placement), drawn, inside)];
  const set = new Set(names.map((name) => name.itemId));
  const numbered = new Set(ids.filter((id) => !set.has(id)));
  if (numbered.size === 0) return { names, numbered, key: null };
  const keyTexts = placement.marks.filter(({ item }) => numbered.has(item.id)).map(({ item }) => item.label);
  if (reserved) {
    const { lines } = keyLineCounts(keyTexts, reserved.shape, options.font);
    return keyHolds(lines, reserved.shape, reserved.rect.height, options.font) >= keyTexts.length
      ? { names, numbered, key: reserved }
      : { spill: keyTexts };
  }
  const key = spareKey(keyTexts, bounds, hull, names, options);
  if (!key) return { spill: keyTexts };
  const rect = { ...key.rect, x: key.rect.x + frame.cx, y: key.rect.y + frame.cy };
  return { names, numbered, key: { rect, shape: key.shape } };
}

/** The names of marks the ring left over when there was no room for their key: the caller makes room and tries again. */
export interface Spill {
  spill: readonly string[];
}

/**
 * A key across the foot of the drawing for the names a ring left over (`texts`, with room for a few more: a smaller
 * flower may leave others), in as many columns as the width holds; `null` when it would take more than a third of
 * the drawing's height.
 */
export function footKey(
  texts: readonly string[],
  options: NormalizedLayoutOptions,
): { rect: Rect; shape: KeyShape } | null {
  const room = options.width - 2 * options.padding;
  const columns = Math.max(1, Math.floor((room + KEY_COLUMN_GAP) / (SPARE_KEY_WIDTH + KEY_COLUMN_GAP)));
  const shape = { columns, columnWidth: (room - (columns - 1) * KEY_COLUMN_GAP) / columns, maxLines: 2 };
  const { lines } = keyLineCounts(texts, shape, options.font);
  // Room for a few more: the smaller flower above it may leave more names over.
  const margin = Array.from({ length: Math.ceil(texts.length / 4) + columns }, () => lines[0] ?? 1);
  const height = keyHeight([...lines, ...margin], shape, options.font);
  if (height + LABEL_GUTTER > options.height / 3) return null;
  const rect = { x: options.padding, y: options.height - options.padding - height, width: room, height };
  return { rect, shape };
}
