import type { Catalogue } from 'fleur-pleine-sante-catalogue';
import { TAU } from '../polar.js';

/** An angular interval in the radial convention; `endAngle` may exceed τ when it wraps past 12 o'clock. */
export interface AngleSpan {
  startAngle: number;
  endAngle: number;
}

/**
 * How much room each factor asks for: 1 + the number of items whose mark goes in its sector (an item's mark goes in
 * the sector of its first factor in each petal). Counted over the whole catalogue (not the filtered or zoomed view)
 * so sectors stay put while the reader filters; the 1 keeps empty factors visible.
 */
export function factorWeights(catalogue: Catalogue): Map<string, number> {
  const petalOf = new Map(catalogue.factors.map((factor) => [factor.id, factor.petal]));
  const counts = new Map<string, number>(catalogue.factors.map((factor) => [factor.id, 0]));
  for (const item of catalogue.items) {
    const seenPetals = new Set<string>();
    for (const id of item.factors) {
      const petal = petalOf.get(id);
      const count = counts.get(id);
      if (petal === undefined || count === undefined || seenPetals.has(petal)) continue;
      seenPetals.add(petal);
      counts.set(id, count + 1);
    }
  }
  return new Map([...counts].map(([id, count]) => [id, 1 + count]));
}

/**
 * Shares of a whole: `evenShare` of it split equally, the rest in proportion to `weights`. Blending keeps every
 * petal and factor recognisable whatever the data, while busier ones still get more room.
 */
export function blendedShares(weights: readonly number[], evenShare: number): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const total = weights.reduce((sum, w) => sum + Math.max(0, w), 0);
  return weights.map((w) => evenShare / n + (1 - evenShare) * (total > 0 ? Math.max(0, w) / total : 1 / n));
}

/**
 * Angular spans of the petals around the full turn, in catalogue order, clockwise, the first petal centred on
 * `rotation` (default 12 o'clock) — as `d3.pie` with a start angle, but with blended shares.
 */
export function petalSpans(weights: readonly number[], rotation = 0, evenShare = 0.5): AngleSpan[] {
  const shares = blendedShares(weights, evenShare);
  let angle = rotation - ((shares[0] ?? 0) * TAU) / 2;
  return shares.map((share) => {
    const span = { startAngle: angle, endAngle: angle + share * TAU };
    angle = span.endAngle;
    return span;
  });
}

/**
 * Splits `span` into consecutive sub-spans whose *areas* (not angles) follow the blended `weights`, where
 * `density(angle)` is the area per radian at `angle` (for a petal, (outer² − inner²) / 2). Equal angles would give
 * the petal's tapered sides tiny sectors; equal areas give every factor a usable region for its marks and label.
 */
export function splitByArea(
  span: AngleSpan,
  weights: readonly number[],
  density: (angle: number) => number,
  evenShare = 0.35,
): AngleSpan[] {
  const shares = blendedShares(weights, evenShare);
  const steps = 256;
  const width = (span.endAngle - span.startAngle) / steps;
  // Cumulative area at each sample (trapezoid rule).
  const cumulative = [0];
  for (let i = 1; i <= steps; i++) {
    const a = span.startAngle + i * width;
    const slice = ((density(a - width) + density(a)) / 2) * width;
    cumulative.push((cumulative[i - 1] ?? 0) + Math.max(0, slice));
  }
  const total = cumulative[steps] ?? 0;
  const angleAtArea = (area: number): number => {
    if (total <= 0) return span.startAngle + (span.endAngle - span.startAngle) * area;
    let i = 1;
    while (i < steps && (cumulative[i] ?? 0) < area) i++;
    const before = cumulative[i - 1] ?? 0;
    const after = cumulative[i] ?? before;
    const t = after > before ? (area - before) / (after - before) : 0;
    return span.startAngle + (i - 1 + t) * width;
  };
  const result: AngleSpan[] = [];
  let done = 0;
  let start = span.startAngle;
  shares.forEach((share, index) => {
    done += share;
    const end = index === shares.length - 1 ? span.endAngle : angleAtArea(done * (total > 0 ? total : 1));
    result.push({ startAngle: start, endAngle: end });
    start = end;
  });
  return result;
}
