/**
 * Polar helpers in d3's radial convention (as `d3.pointRadial`): angles in radians, 0 at 12 o'clock, growing
 * clockwise on screen (SVG's y axis points down). Keeping d3's convention means our angles can be fed to
 * `d3.arc`/`d3.lineRadial` unchanged.
 */

/** A full turn. */
export const TAU = 2 * Math.PI;

/** A point in drawing coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** The point at `angle` and `radius` from (`cx`, `cy`). Same formula as `d3.pointRadial`, plus an origin. */
export function pointRadial(angle: number, radius: number, cx = 0, cy = 0): Point {
  return { x: cx + radius * Math.sin(angle), y: cy - radius * Math.cos(angle) };
}

/** The angle in [0, τ) of (`x`, `y`) seen from (`cx`, `cy`), in the radial convention. */
export function angleOf(x: number, y: number, cx = 0, cy = 0): number {
  return normalizeAngle(Math.atan2(x - cx, cy - y));
}

/** `angle` brought into [0, τ). */
export function normalizeAngle(angle: number): number {
  const a = angle % TAU;
  return a < 0 ? a + TAU : a;
}

/** The signed smallest turn from `from` to `to`, in (−π, π]. */
export function angleDelta(from: number, to: number): number {
  const d = normalizeAngle(to - from);
  return d > Math.PI ? d - TAU : d;
}

/**
 * `angle` expressed in the turn that starts at `start`, i.e. in [start, start + τ). Sectors here may end past τ
 * (the last petal wraps around 12 o'clock), so "is θ in [start, end]" becomes `unwrap(θ, start) <= end`.
 */
export function unwrapAngle(angle: number, start: number): number {
  return start + normalizeAngle(angle - start);
}

/** Distance between two points. */
export function pointDistance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** Distance from `p` to the segment `a`–`b` (the label engine keeps leaders clear of other marks with it). */
export function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

/** `value` rounded to `digits` decimals; output numbers stay short and stable across runs and platforms. */
export function round(value: number, digits = 2): number {
  const k = 10 ** digits;
  const r = Math.round(value * k) / k;
  return r === 0 ? 0 : r; // no -0 in JSON snapshots
}
