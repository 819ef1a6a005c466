import { pathRound } from 'd3-path';
import { curveCatmullRomClosed, line } from 'd3-shape';
import { angleDelta, angleOf, type Point, pointRadial, unwrapAngle } from './polar.js';
import type { AngleSpan } from './sectors/shares.js';

/** Where a petal sits and how big it is. Angles in the radial convention; radii from the flower's centre. */
export interface PetalShapeOptions extends AngleSpan {
  /** Radius of the heart, where the petal's base sits. */
  innerRadius: number;
  /** Radius of the petal's widest point, where its outline touches the span's edges. */
  waistRadius: number;
  /** Radius of the petal's tip. */
  outerRadius: number;
  /** Share of the span the base covers where it meets the heart (0–1); default 0.32. */
  base?: number;
}

/**
 * A petal as a polar region: at each angle of its span it covers radii from `inner(angle)` to `outer(angle)`.
 * Near the heart the inner edge rises towards the span's sides, so the petal narrows to a waist at its base;
 * beyond the waist the outer edge falls back in a rounded tip. Both edges meet at `waistRadius` on the span's sides
 * with a radial tangent, so the outline is smooth: it reads as a petal, not a pie slice.
 */
export interface PetalShape extends Required<PetalShapeOptions> {
  midAngle: number;
  /** Inner radius at `angle` (NaN outside the span). */
  inner(angle: number): number;
  /** Outer radius at `angle` (NaN outside the span). */
  outer(angle: number): number;
  /** The outline as a closed polygon around the centre (0, 0): the tip edge clockwise, then the base edge back. */
  outline: readonly Point[];
  /** The tip edge and the base edge, both clockwise, sampled at the same angles (their ends coincide at the waist). */
  outerEdge: readonly Point[];
  innerEdge: readonly Point[];
}

/** Samples per edge of a petal outline; cosine-spaced, so the steep ends near the waist are followed closely. */
const EDGE_SAMPLES = 48;
/** The sample grid, in the petal's own coordinate u (−1 at its start angle, 0 at its middle, 1 at its end). */
const GRID = Array.from({ length: EDGE_SAMPLES + 1 }, (_, i) => -Math.cos((Math.PI * i) / EDGE_SAMPLES));
/** Index on {@link GRID} of coordinate u (fractional). */
const gridIndex = (u: number) => (Math.acos(-Math.max(-1, Math.min(1, u))) * EDGE_SAMPLES) / Math.PI;

/** Builds a petal's shape. See {@link PetalShape}. */
export function petalShape(options: PetalShapeOptions): PetalShape {
  const { startAngle, endAngle, innerRadius, waistRadius, outerRadius } = options;
  const base = options.base ?? 0.32;
  const midAngle = (startAngle + endAngle) / 2;
  const half = (endAngle - startAngle) / 2;
  const toU = (angle: number): number => (unwrapAngle(angle, startAngle) - midAngle) / half;
  // Elliptic tip and base (in the angle–radius plane): square roots only, as these run for every candidate slot.
  const outerAt = (u: number): number => {
    const a = Math.min(1, Math.abs(u));
    return waistRadius + (outerRadius - waistRadius) * Math.sqrt(1 - a * a);
  };
  const innerAt = (u: number): number => {
    const t = Math.min(1, Math.max(0, (Math.abs(u) - base) / (1 - base)));
    return innerRadius + (waistRadius - innerRadius) * (1 - Math.sqrt(1 - t * t));
  };
  const outerEdge = GRID.map((u) => pointRadial(midAngle + u * half, outerAt(u)));
  const innerEdge = GRID.map((u) => pointRadial(midAngle + u * half, innerAt(u)));
  return {
    startAngle,
    endAngle,
    innerRadius,
    waistRadius,
    outerRadius,
    base,
    midAngle,
    // A hair of tolerance: an angle computed as exactly the span's end can unwrap to |u| = 1 + ε.
    inner: (angle) => (Math.abs(toU(angle)) <= 1 + 1e-9 ? innerAt(toU(angle)) : Number.NaN),
    outer: (angle) => (Math.abs(toU(angle)) <= 1 + 1e-9 ? outerAt(toU(angle)) : Number.NaN),
    outline: [...outerEdge, ...innerEdge.slice(1, -1).reverse()],
    outerEdge,
    innerEdge,
  };
}

/** Whether the point at `angle`, `radius` (polar, from the flower's centre) lies inside `shape`. */
export function petalContains(shape: PetalShape, angle: number, radius: number): boolean {
  const inner = shape.inner(angle);
  return radius >= inner && radius <= shape.outer(angle);
}

function segmentNear(x: number, y: number, a: Point, b: Point, limit: number): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / length2));
  const ex = x - a.x - t * dx;
  const ey = y - a.y - t * dy;
  return ex * ex + ey * ey < limit * limit;
}

/**
 * Whether the point (`x`, `y`), relative to the flower's centre, is closer than `limit` to the outline of `shape`
 * (`radius` and `angle` are the point's polar coordinates, if the caller has them already).
 * Runs for every candidate slot, so it only looks at outline segments within reach by angle: a point q seen at an
 * angle Δ from p is at least |p|·sin Δ away from it, so segments beyond asin(limit / |p|) on either side cannot be
 * near.
 */
export function outlineNear(
  shape: PetalShape,
  x: number,
  y: number,
  limit: number,
  radius = Math.hypot(x, y),
  angle = angleOf(x, y),
): boolean {
  let low = 0;
  let high = EDGE_SAMPLES;
  if (radius > limit) {
    const half = (shape.endAngle - shape.startAngle) / 2;
    const reach = Math.asin(limit / radius);
    const u = angleDelta(shape.midAngle, angle) / half;
    const uLow = u - reach / half;
    const uHigh = u + reach / half;
    if (uLow > 1 || uHigh < -1) return false;
    low = Math.max(0, Math.floor(gridIndex(uLow)) - 1);
    high = Math.min(EDGE_SAMPLES, Math.ceil(gridIndex(uHigh)) + 1);
  }
  const { outerEdge, innerEdge } = shape;
  for (let k = low; k < high; k++) {
    const a = outerEdge[k];
    const b = outerEdge[k + 1];
    if (a && b && segmentNear(x, y, a, b, limit)) return true;
    const c = innerEdge[k];
    const d = innerEdge[k + 1];
    if (c && d && segmentNear(x, y, c, d, limit)) return true;
  }
  return false;
}

const closedCurve = line<Point>()
  .x((p) => p.x)
  .y((p) => p.y)
  .curve(curveCatmullRomClosed)
  .digits(2);

/** A closed polygon through `points` as SVG path data (d3-path, coordinates rounded to 2 decimals). */
function closedPolygon(points: readonly Point[]): string {
  const path = pathRound(2);
  points.forEach((p, i) => {
    if (i === 0) path.moveTo(p.x, p.y);
    else path.lineTo(p.x, p.y);
  });
  if (points.length > 0) path.closePath();
  return path.toString();
}

function translate(points: readonly Point[], cx: number, cy: number): Point[] {
  return points.map((p) => ({ x: p.x + cx, y: p.y + cy }));
}

/** SVG path data of the petal's outline, centred on (`cx`, `cy`): a smooth closed Catmull–Rom curve. */
export function petalPath(shape: PetalShape, cx: number, cy: number): string {
  // d3's closed curve ends on its first point without closing the subpath; "Z" makes the stroke join cleanly.
  return `${closedCurve(translate(shape.outline, cx, cy)) ?? ''}Z`;
}

/**
 * SVG path data of the part of the petal between two angles of its span — a factor's sector, already clipped to the
 * petal's outline (outer edge, radial side, inner edge, radial side).
 */
export function sectorPath(shape: PetalShape, span: AngleSpan, cx: number, cy: number): string {
  const half = (shape.endAngle - shape.startAngle) / 2;
  // Spans are rounded to 4 decimals; clamp so a sector edge a hair outside its petal does not read NaN radii.
  const [u0 = 0, u1 = 0] = [span.startAngle, span.endAngle].map((a) =>
    Math.max(-1, Math.min(1, (a - shape.midAngle) / half)),
  );
  const us = [u0, ...GRID.filter((u) => u > u0 + 1e-6 && u < u1 - 1e-6), u1];
  const angles = us.map((u) => shape.midAngle + u * half);
  const points = [
    ...angles.map((a) => pointRadial(a, shape.outer(a))),
    ...angles
      .slice()
      .reverse()
      .map((a) => pointRadial(a, shape.inner(a))),
  ];
  return closedPolygon(translate(points, cx, cy));
}
