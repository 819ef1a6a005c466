import type { Point } from '../polar.js';
import type { Rect } from './name-key.js';

/** Tolerance for "touching": rounding the output to 2 decimals moves points by less. */
const EPSILON = 1e-6;

function orientation(a: Point, b: Point, c: Point): number {
  const value = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  return Math.abs(value) < EPSILON ? 0 : Math.sign(value);
}

function onSegment(a: Point, b: Point, p: Point): boolean {
  return (
    Math.min(a.x, b.x) - EPSILON <= p.x &&
    p.x <= Math.max(a.x, b.x) + EPSILON &&
    Math.min(a.y, b.y) - EPSILON <= p.y &&
    p.y <= Math.max(a.y, b.y) + EPSILON
  );
}

/** Whether segments a–b and c–d meet: cross, touch, or overlap along a line. */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  if (
    Math.max(a.x, b.x) < Math.min(c.x, d.x) - EPSILON ||
    Math.max(c.x, d.x) < Math.min(a.x, b.x) - EPSILON ||
    Math.max(a.y, b.y) < Math.min(c.y, d.y) - EPSILON ||
    Math.max(c.y, d.y) < Math.min(a.y, b.y) - EPSILON
  )
    return false;
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(a, b, c)) ||
    (o2 === 0 && onSegment(a, b, d)) ||
    (o3 === 0 && onSegment(c, d, a)) ||
    (o4 === 0 && onSegment(c, d, b))
  );
}

/** Whether two rectangles come closer than `gap`. */
export function rectsOverlap(a: Rect, b: Rect, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  );
}

function insideRect(p: Point, rect: Rect): boolean {
  return p.x > rect.x && p.x < rect.x + rect.width && p.y > rect.y && p.y < rect.y + rect.height;
}

/** Whether segment a–b enters `rect` (crosses an edge or lies inside it). */
export function segmentHitsRect(a: Point, b: Point, rect: Rect): boolean {
  const x1 = rect.x + rect.width;
  const y1 = rect.y + rect.height;
  if (Math.max(a.x, b.x) < rect.x || Math.min(a.x, b.x) > x1 || Math.max(a.y, b.y) < rect.y || Math.min(a.y, b.y) > y1)
    return false;
  if (insideRect(a, rect) || insideRect(b, rect)) return true;
  const topLeft = { x: rect.x, y: rect.y };
  const topRight = { x: x1, y: rect.y };
  const bottomRight = { x: x1, y: y1 };
  const bottomLeft = { x: rect.x, y: y1 };
  return (
    segmentsCross(a, b, topLeft, topRight) ||
    segmentsCross(a, b, topRight, bottomRight) ||
    segmentsCross(a, b, bottomRight, bottomLeft) ||
    segmentsCross(a, b, bottomLeft, topLeft)
  );
}

/** Whether `p` is inside the closed polygon `polygon` (even–odd rule). */
export function insidePolygon(p: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i] as Point;
    const b = polygon[j] as Point;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** Whether segment a–b enters the closed polygon `polygon` (crosses its outline or lies inside it). */
export function segmentEntersPolygon(a: Point, b: Point, polygon: readonly Point[]): boolean {
  if (polygon.length === 0) return false;
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const p of polygon) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  if (Math.max(a.x, b.x) < x0 || Math.min(a.x, b.x) > x1 || Math.max(a.y, b.y) < y0 || Math.min(a.y, b.y) > y1)
    return false;
  if (insidePolygon(a, polygon) || insidePolygon(b, polygon)) return true;
  for (let i = 0; i < polygon.length; i++)
    if (segmentsCross(a, b, polygon[i] as Point, polygon[(i + 1) % polygon.length] as Point)) return true;
  return false;
}

/** Distance from `p` to segment a–b. */
function pointSegmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

/** Whether segments a–b and c–d meet or pass closer than `gap` (two leaders must read as two lines). */
export function segmentsNear(a: Point, b: Point, c: Point, d: Point, gap: number): boolean {
  if (segmentsCross(a, b, c, d)) return true;
  return (
    pointSegmentDistance(a, c, d) < gap ||
    pointSegmentDistance(b, c, d) < gap ||
    pointSegmentDistance(c, a, b) < gap ||
    pointSegmentDistance(d, a, b) < gap
  );
}
