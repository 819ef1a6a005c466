import type { CollisionIndex } from './collisions.js';
import type { ModelItem } from './flower-model.js';
import type { BadgeKind } from './flower-layout.js';
import { type Point, pointDistance } from './polar.js';
import { type Area, centroid, latticeSlots, type Region } from './regions.js';
import { type Font, textWidth } from './text-metrics.js';

/** Items waiting to be drawn as one count badge. */
export interface PendingBadge {
  key: string;
  kind: BadgeKind;
  items: ModelItem[];
  factorId: string | null;
  petalIndex: number | null;
  gapIndex: number | null;
  /** The region it belongs in, if any. */
  region: Region | null;
  /** Where the badge should go, relative to the flower's centre, when it cannot go in its own region. */
  target: Point;
}

/** A badge as placed, relative to the flower's centre. */
export interface PlacedBadge extends PendingBadge {
  x: number;
  y: number;
  r: number;
}

/** A badge is at least as large as a mark and wide enough for its count with 5 px of air on each side. */
export function badgeRadius(count: number, markRadius: number, font: Font): number {
  return Math.ceil(Math.max(markRadius, textWidth(String(count), font) / 2 + 5));
}

/** The smallest badge that still shows its count legibly, for the last-resort placements. */
export function minimalBadgeRadius(count: number, font: Font): number {
  return Math.ceil(Math.max(8, textWidth(String(count), font) / 2 + 2));
}

/** The free spot of `region` nearest `focus` (default: the region's centre) for a badge of `radius`, or `null`. */
export function badgeSpot(
  region: Region,
  radius: number,
  gap: number,
  index: CollisionIndex,
  focus?: Point,
): Point | null {
  // A badge needs one spot only: when the usual lattice has none, a finer one may still find a gap.
  for (const spacing of [1.5 * radius, 0.6 * radius]) {
    const slots = latticeSlots(region, { spacing, radius, gap, index });
    if (slots.length > 0) return nearest(slots, focus ?? centroid(slots, { x: 0, y: 0 }));
  }
  return null;
}

function nearest(points: readonly Point[], target: Point): Point | null {
  let best: Point | null = null;
  let bestDistance = Infinity;
  for (const p of points) {
    const d = pointDistance(p, target);
    if (d < bestDistance - 1e-9) {
      best = p;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The free spot nearest `target` anywhere in `area` — the last resort for a badge whose petal is too crowded (tiny
 * drawings). Scans a grid of candidate centres, so it is only used for a handful of badges.
 */
export function freeSpotNear(
  target: Point,
  radius: number,
  gap: number,
  index: CollisionIndex,
  area: Area,
): Point | null {
  const step = Math.max(3, radius / 3);
  let best: Point | null = null;
  let bestDistance = Infinity;
  for (let x = area.x0 + radius; x <= area.x1 - radius; x += step) {
    for (let y = area.y0 + radius; y <= area.y1 - radius; y += step) {
      const d = Math.hypot(x - target.x, y - target.y);
      if (d >= bestDistance) continue;
      if (index.hitsCircle({ x, y, r: radius }, gap)) continue;
      best = { x, y };
      bestDistance = d;
    }
  }
  return best;
}

/** Merges pending badges into one, keeping their items in order. */
export function mergeBadges(
  key: string,
  kind: BadgeKind,
  badges: readonly PendingBadge[],
  target: Point,
): PendingBadge {
  const first = badges[0];
  return {
    key,
    kind,
    items: badges.flatMap((badge) => badge.items),
    factorId: null,
    petalIndex: badges.every((badge) => badge.petalIndex === first?.petalIndex) ? (first?.petalIndex ?? null) : null,
    gapIndex: null,
    region: null,
    target,
  };
}

/** What {@link placeBadges} needs to know about the drawing. */
export interface BadgeContext {
  index: CollisionIndex;
  markRadius: number;
  gap: number;
  font: Font;
  /** The whole of each drawn petal, for petal-level badges. */
  petalRegions: readonly Region[];
  /** Where a petal-level badge should go, per drawn petal. */
  petalTargets: readonly Point[];
  area: Area;
}

/**
 * Places count badges, never dropping an item: first each badge in its own region (a factor's sector, a gap between
 * petals); what does not fit there is merged per petal into one `petal` badge placed anywhere in the petal; what still
 * does not fit goes to the nearest free spot of the drawing; and as the very last resort (drawings far below 280 px)
 * everything left becomes one `overflow` badge on the heart, overlapping it.
 */
export function placeBadges(pending: readonly PendingBadge[], context: BadgeContext): PlacedBadge[] {
  const { index, gap, font } = context;
  const placed: PlacedBadge[] = [];
  const put = (badge: PendingBadge, p: Point, r: number) => {
    placed.push({ ...badge, x: p.x, y: p.y, r });
    index.addCircle({ x: p.x, y: p.y, r });
  };
  const radius = (badge: PendingBadge) => badgeRadius(badge.items.length, context.markRadius, font);
  // Factor badges left out of their sectors are merged per petal.
  const ofPetal = (badge: PendingBadge) => badge.kind === 'factor' && badge.petalIndex !== null;
  const tryAnywhere = (badge: PendingBadge): boolean => {
    for (const r of [radius(badge), minimalBadgeRadius(badge.items.length, font)]) {
      const p = freeSpotNear(badge.target, r, gap, index, context.area);
      if (p) {
        put(badge, p, r);
        return true;
      }
    }
    return false;
  };
  const homeless: PendingBadge[] = [];
  for (const badge of pending) {
    const r = radius(badge);
    const focus = badge.kind === 'crossing' ? badge.target : undefined;
    const p = badge.region ? badgeSpot(badge.region, r, gap, index, focus) : null;
    if (p) put(badge, p, r);
    else homeless.push(badge);
  }
  const left: PendingBadge[] = [];
  const petals = [...new Set(homeless.filter(ofPetal).map((b) => b.petalIndex))];
  for (const petal of petals) {
    if (petal === null) continue;
    const group = homeless.filter((b) => ofPetal(b) && b.petalIndex === petal);
    const target = context.petalTargets[petal] ?? { x: 0, y: 0 };
    const merged = mergeBadges(`petal:${petal}`, 'petal', group, target);
    const region = context.petalRegions[petal];
    const r = radius(merged);
    const p = region ? badgeSpot(region, r, gap, index) : null;
    if (p) put({ ...merged, region: region ?? null }, p, r);
    else if (!tryAnywhere(merged)) left.push(merged);
  }
  for (const badge of homeless) {
    if (!ofPetal(badge) && !tryAnywhere(badge)) left.push(badge);
  }
  if (left.length > 0) {
    const overflow = mergeBadges('overflow', 'overflow', left, { x: 0, y: 0 });
    if (!tryAnywhere(overflow)) put(overflow, { x: 0, y: 0 }, minimalBadgeRadius(overflow.items.length, font));
  }
  return placed;
}
