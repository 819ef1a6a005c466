import type { Circle } from '../boxes.js';
import { segmentDistance } from '../polar.js';
import { type FlowerHull, type HullExit, hullExit } from './flower-hull.js';
import type { NameMark } from './ring-names.js';
import { segmentsCross } from './segments.js';

/**
 * Turns (radians, from the ray out of the centre) tried, seen from the mark, when a leader's way out is blocked by
 * another mark: enough to pass between two marks of the next row, never a sweep across the petal.
 */
const NUDGES = [0, 0.1, -0.1, 0.2, -0.2, 0.3, -0.3, 0.4, -0.4, 0.5, -0.5, 0.6, -0.6];
/** Ways out of the flower are at least this far apart (pixels), so their leaders read apart. */
const EXIT_SPACING = 3;

/**
 * The way out for a mark: the ray from the centre through it, turned a little when that ray would run over another
 * mark (as it does for a mark behind another one), so each leader passes between marks.
 */
function exitFor(
  mark: NameMark,
  others: readonly Circle[],
  hull: FlowerHull,
  taken: readonly HullExit[],
): HullExit | null {
  const base = Math.atan2(mark.x, -mark.y);
  const near = others.filter((other) => other.x !== mark.x || other.y !== mark.y);
  for (const nudge of NUDGES) {
    const angle = base + nudge;
    const exit = hullExit(hull, Math.sin(angle), -Math.cos(angle), mark);
    const { x, y } = exit.point;
    // Only marks near the leg can be in its way: a box test first, the exact distance then.
    const blocked = near.some(
      (other) =>
        other.x + other.r + 2 > Math.min(mark.x, x) &&
        other.x - other.r - 2 < Math.max(mark.x, x) &&
        other.y + other.r + 2 > Math.min(mark.y, y) &&
        other.y - other.r - 2 < Math.max(mark.y, y) &&
        segmentDistance(other, mark, exit.point) < other.r + 1.5,
    );
    // Two ways out at one point (a corner of the hull) would read as one leader.
    const shared = taken.some((other) => Math.hypot(other.point.x - x, other.point.y - y) < EXIT_SPACING);
    if (!blocked && !shared) return exit;
  }
  return null;
}

/**
 * The ways out with no two inner legs crossing: where two do (a leg turned to pass a mark can cut its neighbour's),
 * their marks swap ways out — which uncrosses them and shortens the two together, so it ends.
 */
function uncrossed(ways: { mark: NameMark; exit: HullExit }[]): { mark: NameMark; exit: HullExit }[] {
  const result = ways.map((way) => ({ ...way }));
  for (let pass = 0; pass < result.length; pass++) {
    let swapped = false;
    for (let i = 0; i < result.length; i++)
      for (let j = i + 1; j < result.length; j++) {
        const a = result[i] as (typeof result)[number];
        const b = result[j] as (typeof result)[number];
        if (!segmentsCross(a.mark, a.exit.point, b.mark, b.exit.point)) continue;
        [a.exit, b.exit] = [b.exit, a.exit];
        swapped = true;
      }
    if (!swapped) break;
  }
  return result;
}

/**
 * Each mark's way out of the flower, where its leader leaves the hull, with no two inner legs crossing. A mark walled
 * in by others has none: it is numbered and named in the key.
 */
export function waysOut(marks: readonly NameMark[], hull: FlowerHull): { mark: NameMark; exit: HullExit }[] {
  const circles: Circle[] = marks.map((mark) => ({ x: mark.x, y: mark.y, r: mark.drawnRadius }));
  const taken: HullExit[] = [];
  return uncrossed(
    marks.flatMap((mark) => {
      const exit = exitFor(mark, circles, hull, taken);
      if (exit) taken.push(exit);
      return exit ? [{ mark, exit }] : [];
    }),
  );
}
