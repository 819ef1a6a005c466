import { type Box, boxCorners } from '../boxes.js';
import type { MarkPlacement } from '../marks/place-marks.js';
import type { Point } from '../polar.js';
import type { PetalRecord } from '../sectors/petal-sectors.js';
import { type Font, LINE_HEIGHT } from '../text-metrics.js';
import { nameLines, type Wrapping } from './name-lines.js';
import type { PlacedName } from './ring-names.js';
import { insidePolygon, rectsOverlap } from './segments.js';

/** Space between a mark and its name inside the petal. */
const OFFSET = 4;
/** Space a name keeps from everything else inside the petal. */
const CLEARANCE = 2;
/** Widest a name may be inside a petal: beyond it, a name reads as a caption of the petal, not of its mark. */
const MAX_WIDTH = 170;

type Rect = { x: number; y: number; width: number; height: number };

/** Where a name may sit around its mark: right of it, left of it, under it, over it — in that order. */
function candidates(
  x: number,
  y: number,
  r: number,
  width: number,
  height: number,
): (Rect & { side: 'right' | 'left' | 'below' | 'above' })[] {
  return [
    { side: 'right', x: x + r + OFFSET, y: y - height / 2, width, height },
    { side: 'left', x: x - r - OFFSET - width, y: y - height / 2, width, height },
    { side: 'below', x: x - width / 2, y: y + r + OFFSET, width, height },
    { side: 'above', x: x - width / 2, y: y - r - OFFSET - height, width, height },
  ];
}

/** Points along a rectangle's outline, about every 8 px: the rectangle is inside a petal when they all are. */
function outlinePoints(rect: Rect): Point[] {
  const points: Point[] = [];
  const nx = Math.max(1, Math.ceil(rect.width / 8));
  const ny = Math.max(1, Math.ceil(rect.height / 8));
  for (let i = 0; i <= nx; i++) {
    const x = rect.x + (rect.width * i) / nx;
    points.push({ x, y: rect.y }, { x, y: rect.y + rect.height });
  }
  for (let j = 1; j < ny; j++) {
    const y = rect.y + (rect.height * j) / ny;
    points.push({ x: rect.x, y }, { x: rect.x + rect.width, y });
  }
  return points;
}

function boxRect(box: Box): Rect {
  const corners = boxCorners(box);
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

function circleHitsRect(c: { x: number; y: number; r: number }, rect: Rect): boolean {
  const dx = Math.max(rect.x - c.x, 0, c.x - rect.x - rect.width);
  const dy = Math.max(rect.y - c.y, 0, c.y - rect.y - rect.height);
  return dx * dx + dy * dy < (c.r + CLEARANCE) * (c.r + CLEARANCE);
}

/**
 * Names set inside the petals, right beside their marks with no leader — the most direct reading there is, where a
 * petal has the room (a zoomed petal, a slide, a model with few items per petal). A petal's marks are named inside
 * only if every one of them finds a place (one petal reads one way); the marks between petals are named around the
 * flower. Each name, on the fewest lines that fit, keeps inside its petal's outline and clear of
 * every target, the petal and factor names and the names already set. Returns the names, by mark, of the petals
 * named this way.
 */
export function insideNames(
  placement: MarkPlacement,
  petals: readonly PetalRecord[],
  obstacles: readonly Box[],
  target: number,
  font: Font,
  wrap: (text: string) => Iterable<Wrapping>,
): PlacedName[] {
  const targets = [...placement.marks, ...placement.badges].flatMap(({ slot }) =>
    slot ? [{ x: slot.x, y: slot.y, r: target }] : [],
  );
  const blocked = obstacles.map(boxRect);
  const set: PlacedName[] = [];
  const taken: Rect[] = [];
  for (const petal of petals) {
    // The marks in its sectors (those between petals are named around the flower).
    const own = placement.marks.filter(({ region }) => region.factorId !== null && region.petal === petal);
    if (own.length === 0) continue;
    const outline = petal.shape.outline;
    const inPetal = (rect: Rect) => outlinePoints(rect).every((p) => insidePolygon(p, outline));
    const petalNames: PlacedName[] = [];
    const petalTaken: Rect[] = [];
    for (const { item, slot } of own) {
      const name = placeOne(item.id, item.label, slot, target + CLEARANCE + 1, wrap(item.label), font, (rect) => {
        if (!inPetal(rect)) return false;
        if (targets.some((t) => circleHitsRect(t, rect))) return false;
        return ![...blocked, ...taken, ...petalTaken].some((other) => rectsOverlap(rect, other, CLEARANCE));
      });
      if (!name) break;
      petalNames.push(name);
      petalTaken.push({ x: name.left, y: name.top, width: name.width, height: name.height });
    }
    if (petalNames.length < own.length) continue;
    set.push(...petalNames);
    taken.push(...petalTaken);
  }
  return set;
}

/** One name beside its mark: its fewest lines first, each place around the mark in turn; `null` when none is free. */
function placeOne(
  itemId: string,
  text: string,
  mark: Point,
  reach: number,
  wraps: Iterable<Wrapping>,
  font: Font,
  free: (rect: Rect) => boolean,
): PlacedName | null {
  const lineHeight = font.size * LINE_HEIGHT;
  for (let maxLines = 1; maxLines <= 3; maxLines++) {
    const set = nameLines(text, wraps, MAX_WIDTH, maxLines, font);
    if (set.lines.length < maxLines && maxLines > 1) continue;
    const height = set.lines.length * lineHeight;
    for (const rect of candidates(mark.x, mark.y, reach, set.width, height)) {
      if (!free(rect)) continue;
      return {
        itemId,
        text,
        lines: set.lines,
        side: 'inside',
        left: rect.x,
        top: rect.y,
        width: set.width,
        height,
        truncated: set.truncated,
        leader: [],
      };
    }
  }
  return null;
}
