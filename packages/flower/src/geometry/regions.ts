import type { CollisionIndex } from './collisions.js';
import { outlineNear, type PetalShape, petalContains } from './petal-shape.js';
import { angleOf, type Point, pointDistance, pointRadial, unwrapAngle } from './polar.js';
import type { AngleSpan } from './sectors.js';

/**
 * A part of the flower where marks may go: a factor's sector inside its petal, or the gap between two petals near
 * the heart. Described in polar terms (an angular range and a radius range) plus an exact test, so slots can be laid
 * out ring by ring.
 */
export interface Region extends AngleSpan {
  minRadius: number;
  maxRadius: number;
  /** Whether a circle centred on (`x`, `y`) (relative to the flower's centre) with radius `clearance` lies inside. */
  fits(x: number, y: number, clearance: number): boolean;
}

/** Whether the point at `radius`, `angle` is at least `clearance` away from both radial sides of `span` (and within it). */
function insideSpan(radius: number, angle: number, span: AngleSpan, clearance: number): boolean {
  const a = unwrapAngle(angle, span.startAngle);
  if (a > span.endAngle) return false;
  // Distance to a radial side is radius·sin(angle to it) while that angle is acute, else the radius itself.
  const clear = (turn: number) => (turn < Math.PI / 2 ? radius * Math.sin(turn) : radius) >= clearance;
  return clear(a - span.startAngle) && clear(span.endAngle - a);
}

/** The sector `span` of a petal, outside the heart (of radius `heartRadius`). */
export function sectorRegion(shape: PetalShape, span: AngleSpan, heartRadius: number): Region {
  return {
    ...span,
    minRadius: heartRadius,
    maxRadius: shape.outerRadius,
    fits(x, y, clearance) {
      // Cheapest tests first: this runs for every candidate slot.
      const radius = Math.hypot(x, y);
      if (radius < heartRadius + clearance) return false;
      const angle = angleOf(x, y);
      if (!insideSpan(radius, angle, span, clearance)) return false;
      return petalContains(shape, angle, radius) && !outlineNear(shape, x, y, clearance, radius, angle);
    },
  };
}

/** A rectangle relative to the flower's centre: the drawing minus its padding. */
export interface Area {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The gap between petal `left` and the next petal clockwise, `right`, from the heart out to `maxRadius` (the tips),
 * inside `area`: where items acting on both petals sit.
 */
export function gapRegion(
  left: PetalShape,
  right: PetalShape,
  heartRadius: number,
  maxRadius: number,
  area: Area,
): Region {
  const span = { startAngle: left.midAngle, endAngle: unwrapAngle(right.midAngle, left.midAngle + 1e-9) };
  return {
    ...span,
    minRadius: heartRadius,
    maxRadius,
    fits(x, y, clearance) {
      const radius = Math.hypot(x, y);
      if (radius < heartRadius + clearance || radius > maxRadius) return false;
      if (x - clearance < area.x0 || x + clearance > area.x1 || y - clearance < area.y0 || y + clearance > area.y1) {
        return false;
      }
      const angle = angleOf(x, y);
      if (!insideSpan(radius, angle, span, 0)) return false;
      for (const shape of [left, right]) {
        if (petalContains(shape, angle, radius) || outlineNear(shape, x, y, clearance, radius, angle)) return false;
      }
      return true;
    },
  };
}

/** What a slot lattice is made for: circles of `radius`, at least `spacing` apart centre to centre. */
export interface LatticeOptions {
  spacing: number;
  radius: number;
  /** Space kept between a circle and the region's edges or anything in `index`. */
  gap: number;
  index: CollisionIndex;
  /** Stop once this many slots are found (capacity checks need no more). */
  limit?: number;
}

/**
 * Free slots in `region` for circles of `options.radius`, laid out on rings around the flower's centre: rings are
 * 0.87 × spacing apart (hexagonal packing), and along each ring the slots are spread evenly over every free stretch.
 * Slots are at least `spacing` apart, fit the region with `radius + gap / 2` clearance and do not touch anything in
 * the index. Deterministic: same region and options, same slots in the same order (inner rings first, clockwise).
 */
export function latticeSlots(region: Region, options: LatticeOptions): Point[] {
  const { spacing, radius, gap, index } = options;

  const limit = options.limit ?? Infinity;
  const clearance = radius + gap / 2;
  const slots: Point[] = [];
  const ringStep = spacing * 0.87;
  let previousRing: Point[] = [];
  for (let rho = region.minRadius + clearance; rho <= region.maxRadius - clearance + 1e-6; rho += ringStep) {
    const free = (angle: number) => {
      const x = rho * Math.sin(angle);
      const y = -rho * Math.cos(angle);
      return region.fits(x, y, clearance) && !index.hitsCircleAt(x, y, radius, gap);
    };
    // Free stretches of this ring, as [first free angle, last free angle]: sampled coarsely (a third of the spacing),
    // then each stretch's ends refined by bisection to about a pixel.
    const count = Math.max(1, Math.ceil(((region.endAngle - region.startAngle) * rho) / Math.min(spacing / 3, 8)));
    const step = (region.endAngle - region.startAngle) / count;
    const refine = (inside: number, outside: number) => {
      for (let i = 0; i < 4; i++) {
        const mid = (inside + outside) / 2;
        if (free(mid)) inside = mid;
        else outside = mid;
      }
      return inside;
    };
    const runs: [number, number][] = [];
    let runStart: number | null = null;
    for (let i = 0; i <= count; i++) {
      const angle = region.startAngle + i * step;
      const isFree = free(angle);
      if (isFree && runStart === null) runStart = i === 0 ? angle : refine(angle, angle - step);
      if (!isFree && runStart !== null) {
        runs.push([runStart, refine(angle - step, angle)]);
        runStart = null;
      }
    }
    if (runStart !== null) runs.push([runStart, region.endAngle]);
    const chordStep = 2 * Math.asin(Math.min(1, spacing / (2 * rho)));
    const ring: Point[] = [];
    for (const [a, b] of runs) {
      const n = Math.floor((b - a) / chordStep + 1e-9) + 1;
      for (let j = 0; j < n; j++) {
        const angle = n === 1 ? (a + b) / 2 : a + ((b - a) * j) / (n - 1);
        // Coarse sampling can miss a small obstacle inside a stretch: check every slot itself.
        if (!free(angle)) continue;
        const p = pointRadial(angle, rho);
        const clash = (q: Point) => pointDistance(p, q) < spacing - 1e-6;
        if (previousRing.some(clash) || ring.some(clash)) continue;
        ring.push(p);
      }
    }
    slots.push(...ring);
    if (slots.length >= limit) break;
    previousRing = ring;
  }
  return slots;
}

/** The centroid of `points`, or `fallback` when there are none. */
export function centroid(points: readonly Point[], fallback: Point): Point {
  if (points.length === 0) return fallback;
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  return { x: x / points.length, y: y / points.length };
}
