import { polygonHull } from 'd3-polygon';
import type { Point } from '../polar.js';

/**
 * The flower's convex hull, grown by a margin: everything drawn inside the flower (petals, heart, targets, petal
 * names) lies inside it. Names around the flower sit outside it, and a leader's outer leg never enters it — which is
 * what keeps leaders from crossing petals, marks or each other (see `ring-names.ts`). Coordinates are relative to
 * the flower's centre, which lies inside the hull.
 */
export interface FlowerHull {
  /** The hull's vertices, in order around it. */
  readonly vertices: readonly Point[];
  /** How far the hull reaches along x (right, left) and y (down, up) at each whole pixel across: see {@link reachProfile}. */
  readonly profiles: Map<string, Profile>;
  /** The same, as flat coordinate arrays (the band queries run for every candidate position of every name). */
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly bounds: { x0: number; y0: number; x1: number; y1: number };
}

/** Where a ray from the centre leaves the hull, and the outward normal of the edge it leaves through. */
export interface HullExit {
  point: Point;
  normal: Point;
}

/** Points this many per circle approximate round things (targets, the heart, the margin). */
const CIRCLE_POINTS = 12;

/** Points on a circle of radius `r` around (`x`, `y`), on a polygon that circumscribes it. */
export function circlePoints(x: number, y: number, r: number, count = CIRCLE_POINTS): Point[] {
  const outer = r / Math.cos(Math.PI / count);
  return Array.from({ length: count }, (_, k) => {
    const a = (2 * Math.PI * k) / count;
    return { x: x + outer * Math.cos(a), y: y + outer * Math.sin(a) };
  });
}

/** The convex hull of `points` grown by `margin` (a circumscribed polygon of the Minkowski sum with a disc). */
export function flowerHull(points: readonly Point[], margin: number): FlowerHull {
  const tight = polygonHull(points.map((p) => [p.x, p.y] as [number, number])) ?? [[0, 0]];
  const grown = tight.flatMap(([x, y]) => circlePoints(x, y, margin, 8).map((p) => [p.x, p.y] as [number, number]));
  const vertices = (polygonHull(grown) ?? grown).map(([x, y]) => ({ x, y }));
  const xs = Float64Array.from(vertices, (p) => p.x);
  const ys = Float64Array.from(vertices, (p) => p.y);
  return {
    vertices,
    profiles: new Map(),
    xs,
    ys,
    bounds: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
  };
}

function cross(ax: number, ay: number, bx: number, by: number): number {
  return ax * by - ay * bx;
}

/** Where the ray from `from` (the centre when absent; a point inside the hull) in direction (`dx`, `dy`) leaves the hull. */
export function hullExit(hull: FlowerHull, dx: number, dy: number, from: Point = { x: 0, y: 0 }): HullExit {
  const vertices = hull.vertices.map((p) => ({ x: p.x - from.x, y: p.y - from.y }));
  let best: HullExit = { point: { x: 0, y: 0 }, normal: { x: dx, y: dy } };
  let bestT = Number.POSITIVE_INFINITY;
  vertices.forEach((a, i) => {
    const b = vertices[(i + 1) % vertices.length] ?? a;
    const ex = b.x - a.x;
    const ey = b.y - a.y;
    const denominator = cross(dx, dy, ex, ey);
    if (Math.abs(denominator) < 1e-12) return;
    // Solve t·d = a + s·e for the ray parameter t and the edge parameter s.
    const t = cross(a.x, a.y, ex, ey) / denominator;
    const s = cross(a.x, a.y, dx, dy) / denominator;
    if (t <= 0 || s < -1e-9 || s > 1 + 1e-9 || t >= bestT) return;
    bestT = t;
    const length = Math.hypot(ex, ey) || 1;
    // The ray starts inside the hull, so the outward normal is the one pointing away from its start.
    const flip = ey * a.x - ex * a.y < 0 ? -1 : 1;
    best = {
      point: { x: from.x + t * dx, y: from.y + t * dy },
      normal: { x: (flip * ey) / length, y: (-flip * ex) / length },
    };
  });
  return best;
}

/**
 * The hull's reach along one axis (`along`) on side `sign`, over the band where the other coordinate (`across`) is
 * in [`low`, `high`]: the far end of each edge clipped to the band.
 */
function reachInBand(along: Float64Array, across: Float64Array, sign: 1 | -1, low: number, high: number): number {
  let reach = Number.NEGATIVE_INFINITY;
  const n = along.length;
  for (let i = 0; i < n; i++) {
    const j = i + 1 === n ? 0 : i + 1;
    const a0 = across[i] as number;
    const a1 = across[j] as number;
    const lo = Math.max(low, Math.min(a0, a1));
    const hi = Math.min(high, Math.max(a0, a1));
    if (lo > hi) continue;
    const b0 = along[i] as number;
    const b1 = along[j] as number;
    const span = a1 - a0;
    const atLo = span === 0 ? b0 : b0 + ((lo - a0) / span) * (b1 - b0);
    const atHi = span === 0 ? b1 : b0 + ((hi - a0) / span) * (b1 - b0);
    reach = Math.max(reach, sign * atLo, sign * atHi);
  }
  return reach;
}

/** A hull's reach along one axis, sampled at every whole pixel of the other, and where it is greatest. */
interface Profile {
  from: number;
  values: Float64Array;
  /** The coordinate across where the reach is greatest. */
  peak: number;
}

/**
 * The hull's reach along `along` on side `sign`, at every whole pixel of the other axis, built once per hull and
 * side: names ask it for every place they try.
 */
function reachProfile(hull: FlowerHull, along: 'x' | 'y', sign: 1 | -1): Profile {
  const key = `${along}${sign}`;
  const known = hull.profiles.get(key);
  if (known) return known;
  const [alongValues, acrossValues] = along === 'x' ? [hull.xs, hull.ys] : [hull.ys, hull.xs];
  const min = Math.min(...acrossValues);
  const max = Math.max(...acrossValues);
  const from = Math.floor(min);
  const values = new Float64Array(Math.ceil(max) - from + 1);
  // The first and last samples are taken at the hull's own ends (a whole pixel past them would miss it: −∞).
  for (let k = 0; k < values.length; k++) {
    const across = Math.min(max, Math.max(min, from + k));
    values[k] = reachInBand(alongValues, acrossValues, sign, across, across);
  }
  let peak = 0;
  for (let i = 0; i < alongValues.length; i++)
    if (sign * (alongValues[i] as number) > sign * (alongValues[peak] as number)) peak = i;
  const profile = { from, values, peak: acrossValues[peak] as number };
  hull.profiles.set(key, profile);
  return profile;
}

/**
 * The hull's greatest reach over a band across: the hull is convex, so its reach is a concave function of the
 * position across, greatest over the band at the point of the band nearest its peak.
 */
function bandReach(hull: FlowerHull, along: 'x' | 'y', sign: 1 | -1, low: number, high: number): number {
  const profile = reachProfile(hull, along, sign);
  const last = profile.from + profile.values.length - 1;
  if (high < profile.from || low > last) return Number.NEGATIVE_INFINITY;
  const at = Math.min(Math.min(high, last), Math.max(Math.max(low, profile.from), profile.peak));
  const k = at - profile.from;
  const below = Math.floor(k);
  const a = profile.values[below] as number;
  const b = profile.values[Math.min(profile.values.length - 1, below + 1)] as number;
  // The sampled reach between whole pixels, rounded up: names keep clear of the hull, never a hair inside it. A
  // sample that misses the hull (−∞) is never interpolated: ∞ × 0 is NaN, and a NaN place is no place.
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Math.max(a, b);
  return Math.max(a, b, a + (b - a) * (k - below));
}

/**
 * How far right (`side` 1) or left (−1) of the centre the hull reaches between heights `top` and `bottom`, as a
 * signed x (−∞ when the band misses the hull).
 */
export function hullSideReach(hull: FlowerHull, side: 1 | -1, top: number, bottom: number): number {
  return bandReach(hull, 'x', side, top, bottom);
}

/** How far down (`side` 1) or up (−1) the hull reaches between `left` and `right`, as a signed y (−∞ if it misses). */
export function hullEndReach(hull: FlowerHull, side: 1 | -1, left: number, right: number): number {
  return bandReach(hull, 'y', side, left, right);
}

/** Whether the segment from `from` (on or outside the hull) to `to` stays outside the hull: `to` is on the outer side of the tangent. */
export function staysOutside(exit: HullExit, to: Point): boolean {
  return (to.x - exit.point.x) * exit.normal.x + (to.y - exit.point.y) * exit.normal.y >= -1e-6;
}
