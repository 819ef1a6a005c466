import type { FlowerModel, ModelItem, ModelPetal } from './flower-model.js';
import type { PetalShape } from './petal-shape.js';
import { idealPoint, type PlacementGroup } from './placement.js';
import { angleOf, circularMean, type Point, pointDistance, pointRadial } from './polar.js';
import { type Area, gapRegion, sectorRegion } from './regions.js';
import type { AngleSpan } from './sectors.js';

/** What {@link groupItems} needs: the drawn petals, their shapes and factor sectors. */
export interface GroupingInput {
  model: FlowerModel;
  petals: readonly ModelPetal[];
  shapes: readonly PetalShape[];
  /** Factor sectors, per drawn petal. */
  sectors: readonly (readonly AngleSpan[])[];
  /** Angles of the boundaries between neighbouring petals (the gaps' middles); empty when zoomed. */
  gapAngles: readonly number[];
  innerRadius: number;
  outerRadius: number;
  /** Radius near the heart where items acting on several petals would rather sit. */
  crossingRadius: number;
  area: Area;
  /** The zoomed petal's index in the catalogue, or -1. */
  zoomedIndex: number;
}

/** The items sorted into regions, and where each item would rather be. */
export interface Grouping {
  factorGroups: PlacementGroup[];
  gapGroups: PlacementGroup[];
  ideal: (item: ModelItem) => Point;
  anchors: ReadonlyMap<string, Point>;
}

/**
 * The gap (between petal g and petal g + 1) where an item acting on `petals` goes: one whose two neighbours are
 * both among them if possible (the least busy such gap, so a two-petal flower balances its two gaps), else the gap
 * nearest to the mean direction of its petals.
 */
export function chooseGap(
  petals: readonly number[],
  petalCount: number,
  gapAngles: readonly number[],
  petalAngles: readonly number[],
  load: readonly number[],
): number {
  const gaps = gapAngles.map((_, g) => g);
  const both = gaps.filter((g) => petals.includes(g) && petals.includes((g + 1) % petalCount));
  const byLoad = (a: number, b: number) => (load[a] ?? 0) - (load[b] ?? 0) || a - b;
  // `both` and `adjacent` are fresh arrays: sorting them in place is safe.
  const first = (list: number[], order = byLoad) => list.sort(order)[0] ?? 0;
  if (both.length > 0) return first(both);
  const { angle, strength } = circularMean(petals.map((p) => petalAngles[p] ?? 0));
  const adjacent = gaps.filter((g) => petals.includes(g) || petals.includes((g + 1) % petalCount));
  if (strength < 0.2) return first(adjacent);
  const distance = (g: number) => {
    const d = (gapAngles[g] ?? 0) - angle;
    return Math.abs(Math.atan2(Math.sin(d), Math.cos(d)));
  };
  return first(adjacent, (a, b) => distance(a) - distance(b) || byLoad(a, b));
}

/**
 * Sorts the items into regions: an item acting on one petal goes to the sector of its factor nearest its ideal spot
 * (the middle one of its factors, not always the first); an item acting on several petals goes to a gap between
 * them (see {@link chooseGap}). When zoomed, every item goes to a sector of the zoomed petal.
 */
export function groupItems(input: GroupingInput): Grouping {
  const { model, petals, shapes, sectors, innerRadius, outerRadius, zoomedIndex } = input;
  const zoomed = zoomedIndex >= 0;
  const factorGroups = new Map<string, PlacementGroup>();
  const anchors = new Map<string, Point>();
  petals.forEach((petal, i) => {
    const shape = shapes[i];
    petal.factors.forEach((factor, j) => {
      const span = sectors[i]?.[j];
      if (!shape || !span) return;
      // A factor's anchor is the middle of its sector.
      anchors.set(factor.id, pointRadial((span.startAngle + span.endAngle) / 2, (innerRadius + outerRadius) / 2));
      factorGroups.set(factor.id, {
        key: `factor:${factor.id}`,
        kind: 'factor',
        region: sectorRegion(shape, span, innerRadius),
        items: [],
        factorId: factor.id,
        petalIndex: i,
        gapIndex: null,
      });
    });
  });
  const gapGroups: PlacementGroup[] =
    zoomed || shapes.length < 2
      ? []
      : shapes.map((shape, g) => ({
          key: `crossing:${g}`,
          kind: 'crossing',
          region: gapRegion(shape, shapes[(g + 1) % shapes.length] ?? shape, innerRadius, outerRadius, input.area),
          items: [],
          factorId: null,
          petalIndex: null,
          gapIndex: g,
        }));
  // An item's ideal spot is the mean of its factors' anchors; items acting on several petals would rather hug the
  // heart, in the direction of their factors.
  const ideals = new Map(
    model.items.map((item) => {
      const point = idealPoint(item, anchors);
      if (zoomed || item.petalIndices.length === 1) return [item.id, point];
      return [item.id, pointRadial(angleOf(point.x, point.y), input.crossingRadius)];
    }),
  );
  const ideal = (item: ModelItem) => ideals.get(item.id) ?? { x: 0, y: 0 };
  const petalAngles = shapes.map((shape) => shape.midAngle);
  for (const item of model.items) {
    if (zoomed || item.petalIndices.length === 1) {
      const target = ideal(item);
      const distance = (id: string) => {
        const anchor = anchors.get(id);
        return anchor ? pointDistance(anchor, target) : Infinity;
      };
      const candidates = item.factorIds.filter((id) => !zoomed || model.factors.get(id)?.petalIndex === zoomedIndex);
      const factorId = candidates.sort((a, b) => distance(a) - distance(b))[0];
      if (factorId !== undefined) factorGroups.get(factorId)?.items.push(item);
      continue;
    }
    const load = gapGroups.map((group) => group.items.length);
    gapGroups[chooseGap(item.petalIndices, shapes.length, input.gapAngles, petalAngles, load)]?.items.push(item);
  }
  return { factorGroups: [...factorGroups.values()], gapGroups, ideal, anchors };
}
