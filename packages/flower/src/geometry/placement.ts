import type { CollisionIndex } from './collisions.js';
import type { ModelItem } from './flower-model.js';
import { type Point, pointDistance } from './polar.js';
import { centroid, latticeSlots, type Region } from './regions.js';

/** The items that share one region: a factor's sector, or the gap between two petals. */
export interface PlacementGroup {
  /** `factor:<id>` or `crossing:<gap index>`. */
  key: string;
  kind: 'factor' | 'crossing';
  region: Region;
  items: ModelItem[];
  factorId: string | null;
  petalIndex: number | null;
  gapIndex: number | null;
}

/** A mark as placed, relative to the flower's centre. */
export interface PlacedMark {
  item: ModelItem;
  group: PlacementGroup;
  x: number;
  y: number;
  r: number;
}

/**
 * How far apart the marks of a sparse group may spread, in multiples of the tightest spacing: factor sectors fill
 * out, items between petals stay clustered near the heart.
 */
const MAX_SPREAD = { factor: 5, crossing: 1.3 } as const;

/**
 * Slots for `count` circles of `radius` in `region`, spread as evenly as the region allows: the largest spacing that
 * still holds them all (found by bisection), keeping the `count` slots nearest `focus` (default: the region's
 * centre). So a lone item sits in the middle of its sector and a busy factor fills it edge to edge. `null` if they
 * cannot all fit.
 */
export function spreadSlots(
  region: Region,
  count: number,
  radius: number,
  gap: number,
  index: CollisionIndex,
  focus?: Point,
  maxSpread: number = MAX_SPREAD.factor,
): Point[] | null {
  if (count === 0) return [];
  const tight = 2 * radius + gap;
  const lattice = (spacing: number, limit?: number) => latticeSlots(region, { spacing, radius, gap, index, limit });
  const nearest = (slots: readonly Point[]) => {
    const center = focus ?? centroid(slots, { x: 0, y: 0 });
    const distance = (p: Point) => pointDistance(p, center);
    return slots
      .map((p, order) => ({ p, order, d: distance(p) }))
      .sort((a, b) => a.d - b.d || a.order - b.order)
      .slice(0, count)
      .map(({ p }) => p);
  };
  if (maxSpread <= MAX_SPREAD.crossing) {
    // Clustered groups fill rings from the inside out: the first slots found are the ones wanted, so stop early.
    for (const spacing of [tight * maxSpread, tight]) {
      const slots = lattice(spacing, Math.ceil(count * 1.5) + 2);
      if (slots.length >= count) return nearest(slots);
    }
    return null;
  }
  let best = lattice(tight);
  if (best.length < count) return null;
  // The tight lattice's size bounds the spread: slots scale with the inverse square of the spacing.
  let low = tight;
  let high = tight * Math.min(maxSpread, 1.15 * Math.sqrt(best.length / count));
  for (let i = 0; i < 3 && high - low > 1; i++) {
    const mid = (low + high) / 2;
    const slots = lattice(mid);
    if (slots.length >= count) {
      low = mid;
      best = slots;
    } else {
      high = mid;
    }
  }
  return nearest(best);
}

/**
 * Where an item would rather be: the mean of its factors' anchors (each sector's middle). An item acting on two
 * neighbouring factors leans towards their common side; one acting on two petals lands between them.
 */
export function idealPoint(item: ModelItem, anchors: ReadonlyMap<string, Point>): Point {
  return centroid(
    item.factorIds.flatMap((id) => {
      const anchor = anchors.get(id);
      return anchor ? [anchor] : [];
    }),
    { x: 0, y: 0 },
  );
}

/**
 * Assigns `group`'s items to `slots`, each to the free slot nearest its ideal point. Items that lean most (away from
 * the slots' centre, towards other factors or petals) choose first, so they get the side they lean to; ties fall back
 * to catalogue order, keeping the result deterministic.
 */
export function assignSlots(
  group: PlacementGroup,
  slots: readonly Point[],
  radius: number,
  ideal: (item: ModelItem) => Point,
): PlacedMark[] {
  const center = centroid(slots, { x: 0, y: 0 });
  const free = [...slots];
  return group.items
    .map((item) => {
      const target = ideal(item);
      return { item, target, lean: pointDistance(target, center) };
    })
    .sort((a, b) => b.lean - a.lean || a.item.order - b.item.order)
    .map(({ item, target }) => {
      let best = 0;
      let bestDistance = Infinity;
      free.forEach((p, i) => {
        const d = pointDistance(p, target);
        if (d < bestDistance - 1e-9) {
          best = i;
          bestDistance = d;
        }
      });
      const [slot = { x: 0, y: 0 }] = free.splice(best, 1);
      return { item, group, x: slot.x, y: slot.y, r: radius };
    });
}

/** The outcome of {@link placeItems}. */
export interface ItemPlacement {
  marks: PlacedMark[];
  /** Groups that did not fit as marks: they become count badges. */
  overflowing: PlacementGroup[];
  /** The index with every mark added. */
  index: CollisionIndex;
  radius: number;
}

/**
 * Places every group's items as marks, one region at a time. Tries each of `radii` in turn (largest first: a zoomed
 * petal draws big marks when they all fit) and stops at the first where every group fits, or at the last one, whose
 * overflowing groups are returned for aggregation. A group is all marks or one badge, never split, so a badge count
 * always means "all the items of this factor".
 */
export function placeItems(
  groups: readonly PlacementGroup[],
  radii: readonly number[],
  gap: number,
  baseIndex: CollisionIndex,
  ideal: (item: ModelItem) => Point,
): ItemPlacement {
  let result: ItemPlacement | null = null;
  for (const radius of radii) {
    const index = baseIndex.clone();
    const marks: PlacedMark[] = [];
    const overflowing: PlacementGroup[] = [];
    for (const group of groups) {
      const focus = centroid(group.items.map(ideal), { x: 0, y: 0 });
      const slots = spreadSlots(group.region, group.items.length, radius, gap, index, focus, MAX_SPREAD[group.kind]);
      if (!slots) {
        overflowing.push(group);
        continue;
      }
      for (const mark of assignSlots(group, slots, radius, ideal)) {
        marks.push(mark);
        index.addCircle(mark);
      }
    }
    result = { marks, overflowing, index, radius };
    if (overflowing.length === 0) break;
  }
  return result ?? { marks: [], overflowing: [...groups], index: baseIndex.clone(), radius: radii[0] ?? 8 };
}
