import type { NormalizedLayoutOptions } from './options.js';
import type { Point } from './polar.js';

/** An axis-aligned rectangle, relative to the flower's centre. */
export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The smallest bounds holding both. */
export function union(bounds: Bounds, other: Bounds): Bounds {
  return {
    x0: Math.min(bounds.x0, other.x0),
    y0: Math.min(bounds.y0, other.y0),
    x1: Math.max(bounds.x1, other.x1),
    y1: Math.max(bounds.y1, other.y1),
  };
}

/** The smallest bounds holding `points` (empty bounds, from +∞ to −∞, for no points). */
export function pointsBounds(points: readonly Point[]): Bounds {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** How far `bounds` overflow the drawing inside its padding: ≤ 1 fits. */
export function overflow(bounds: Bounds, options: NormalizedLayoutOptions): number {
  const { width, height, padding } = options;
  return Math.max((bounds.x1 - bounds.x0) / (width - 2 * padding), (bounds.y1 - bounds.y0) / (height - 2 * padding));
}
