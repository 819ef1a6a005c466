import { type Box, pointBoxDistance } from '../boxes.js';
import type { Frame } from '../frame/fit-frame.js';
import type { ModelItem } from '../model/flower-model.js';
import type { NormalizedLayoutOptions } from '../options.js';
import { outlineNear, petalContains } from '../petal-shape.js';
import { angleDelta, unwrapAngle } from '../polar.js';
import type { PetalRecord } from '../sectors/petal-sectors.js';
import { polarSlots, type Slot, type SlotRegion } from './polar-slots.js';

/** Where a group of items goes: a factor's sector, or the gap between two neighbouring petals. */
export interface MarkRegion {
  /** Stable key: `factor:<id>` or `gap:<petal>:<petal>`. */
  key: string;
  /** The factor whose sector it is, or `null` for a gap. */
  factorId: string | null;
  /** The drawn petal holding it; for a gap, the petal before it (clockwise). */
  petal: PetalRecord;
  /** For a gap, the petal after it. */
  nextPetal: PetalRecord | null;
  /** Its own slots, in order of preference (outer rows first in a sector; nearest the waist in a gap). */
  slots: Slot[];
  /** The slots it shares with its petal's other sectors (a gap's are its own). */
  grid: Slot[];
  items: ModelItem[];
}

/** One item at its place. */
export interface PlacedMark {
  item: ModelItem;
  slot: Slot;
  region: MarkRegion;
}

/** Items that do not fit their region as marks: one count that opens their list. */
export interface PlacedBadge {
  items: ModelItem[];
  /** `null` for the heart's badge, which holds items no region had room for. */
  slot: Slot | null;
  region: MarkRegion | null;
}

export interface MarkPlacement {
  regions: MarkRegion[];
  marks: PlacedMark[];
  badges: PlacedBadge[];
}

function insidePetals(petals: readonly PetalRecord[], slot: Slot, clearance: number): boolean {
  return petals.some(
    ({ shape }) =>
      petalContains(shape, slot.angle, slot.radius) || outlineNear(shape, slot.x, slot.y, clearance, slot.radius),
  );
}

function clearOf(boxes: readonly Box[], slot: Slot, clearance: number): boolean {
  return boxes.every((box) => {
    // Most boxes are far: their circumscribed circle settles it without the exact distance.
    const reach = Math.hypot(box.width, box.height) / 2 + clearance;
    const dx = slot.x - box.cx;
    const dy = slot.y - box.cy;
    return dx * dx + dy * dy >= reach * reach || pointBoxDistance(slot, box) >= clearance;
  });
}

/**
 * The region an item goes to: its first factor's sector when it acts on one drawn petal (or when zoomed), else the
 * gap between the first two neighbouring petals it acts on (or the gap after its first petal).
 */
function regionKeyOf(item: ModelItem, petals: readonly PetalRecord[]): string {
  const drawn = petals.map((petal) => petal.model.index);
  const own = item.petalIndices.filter((index) => drawn.includes(index));
  if (own.length <= 1 || petals.length < 2) {
    const petal = petals.find((candidate) => candidate.model.index === own[0]) ?? petals[0];
    const sectorIds = new Set(petal?.sectors.map((sector) => sector.factor.id));
    return `factor:${item.factorIds.find((id) => sectorIds.has(id)) ?? petal?.sectors[0]?.factor.id ?? ''}`;
  }
  const n = petals.length;
  for (let i = 0; i < n; i++) {
    const a = petals[i]?.model.index ?? -1;
    const b = petals[(i + 1) % n]?.model.index ?? -1;
    if (own.includes(a) && own.includes(b)) return `gap:${i}`;
  }
  return `gap:${petals.findIndex((petal) => petal.model.index === own[0])}`;
}

/**
 * The regions of the drawn flower and their slots, outside labels and the heart. A petal's sectors share one grid
 * (a sector's slots are those of its petal's grid within its span): narrow sectors would waste their sides otherwise.
 */
function markRegions(
  petals: readonly PetalRecord[],
  frame: Frame,
  obstacles: readonly Box[],
  options: NormalizedLayoutOptions,
): MarkRegion[] {
  const clearance = options.targetRadius + options.targetGap / 2;
  const step = 2 * clearance;
  const minRadius = frame.heartRadius + options.targetGap / 2;
  // Targets stay inside the flower's room (a gap between petals can reach past the petals' extent, towards the
  // names or the key beside the flower).
  const { x, y, width, height } = frame.room;
  const inside = (slot: Slot) =>
    frame.cx + slot.x - clearance >= x &&
    frame.cy + slot.y - clearance >= y &&
    frame.cx + slot.x + clearance <= x + width &&
    frame.cy + slot.y + clearance <= y + height;
  const regions: MarkRegion[] = [];
  for (const petal of petals) {
    const grid = polarSlots(
      {
        ...petal.span,
        minRadius,
        maxRadius: frame.radius,
        accepts: (slot) =>
          petalContains(petal.shape, slot.angle, slot.radius) &&
          !outlineNear(petal.shape, slot.x, slot.y, clearance, slot.radius) &&
          inside(slot) &&
          clearOf(obstacles, slot, clearance),
      },
      step,
      clearance,
    );
    for (const sector of petal.sectors) {
      const { startAngle, endAngle } = sector.span;
      regions.push({
        key: `factor:${sector.factor.id}`,
        factorId: sector.factor.id,
        petal,
        nextPetal: null,
        slots: grid.filter((slot) => slot.angle >= startAngle && slot.angle < endAngle),
        grid,
        items: [],
      });
    }
  }
  if (petals.length < 2) return regions;
  petals.forEach((petal, i) => {
    const next = petals[(i + 1) % petals.length] ?? petal;
    const startAngle = petal.shape.midAngle;
    const endAngle = unwrapAngle(next.shape.midAngle, startAngle + 1e-6);
    const past = pastTips(frame, petal, next, step);
    const region: SlotRegion = {
      startAngle,
      endAngle,
      minRadius,
      maxRadius: past.maxRadius,
      accepts: (slot) =>
        past.near(slot) &&
        inside(slot) &&
        !insidePetals(petals, slot, clearance) &&
        clearOf(obstacles, slot, clearance),
    };
    // Items acting on two petals read best near the petals' waists, where the gap is narrow and inside the flower.
    const slots = polarSlots(region, step, clearance).sort(
      (a, b) => Math.abs(a.radius - frame.waistRadius) - Math.abs(b.radius - frame.waistRadius) || a.angle - b.angle,
    );
    regions.push({
      key: `gap:${i}`,
      factorId: null,
      petal,
      nextPetal: next,
      slots,
      grid: slots,
      items: [],
    });
  });
  return regions;
}

/**
 * How far past the petals' tips a gap's slots reach: not at all beside names around the flower, which need that
 * room; with a key under the flower (the drawing's sides free), one row more where the two petals meet (within two
 * slots of the line between them), so a crowded gap's items read as marks beside both petals rather than in a badge.
 * A key beside the flower keeps the tips: the extra marks would tip wide drawings from names beside marks to a key.
 */
function pastTips(frame: Frame, petal: PetalRecord, next: PetalRecord, step: number) {
  if (frame.naming.mode !== 'key' || frame.naming.rect.y < frame.room.y + frame.room.height)
    return { maxRadius: frame.radius, near: () => true };
  const meet = (petal.span.endAngle + unwrapAngle(next.span.startAngle, petal.span.endAngle)) / 2;
  return {
    maxRadius: frame.radius + step,
    near: (slot: Slot) =>
      slot.radius <= frame.radius || Math.abs(angleDelta(meet, slot.angle)) * slot.radius <= 2 * step,
  };
}

/** Angular distance from `angle` to `span` (0 inside it). */
function outside(angle: number, span: { startAngle: number; endAngle: number }): number {
  return Math.max(0, span.startAngle - angle, angle - span.endAngle);
}

/**
 * Marks for one region's items: its own free slots first (in order of preference), then the free slots of its grid
 * nearest to it in angle (a full sector's items spill into its neighbours, still near their factor). Returns what did
 * not fit.
 */
function fill(region: MarkRegion, used: Set<Slot>, marks: PlacedMark[]): ModelItem[] {
  const rest: ModelItem[] = [];
  let own = 0;
  for (const item of region.items) {
    while (own < region.slots.length && used.has(region.slots[own] as Slot)) own++;
    const slot = region.slots[own];
    if (!slot) {
      rest.push(item);
      continue;
    }
    used.add(slot);
    marks.push({ item, slot, region });
  }
  if (rest.length === 0) return rest;
  const span = {
    startAngle: region.slots[0]?.angle ?? region.petal.span.startAngle,
    endAngle: region.slots.at(-1)?.angle ?? region.petal.span.endAngle,
  };
  const free = region.grid
    .filter((slot) => !used.has(slot))
    .sort((a, b) => outside(a.angle, span) - outside(b.angle, span) || b.radius - a.radius);
  const left: ModelItem[] = [];
  rest.forEach((item, k) => {
    const slot = free[k];
    if (!slot) left.push(item);
    else {
      used.add(slot);
      marks.push({ item, slot, region });
    }
  });
  return left;
}

/**
 * Takes marks back until at most `max` are left, from the region with the most marks each time (its last mark
 * first), into that region's overflow: the marks a numbered key can list, the rest in their regions' badges.
 */
function capMarks(marks: PlacedMark[], overflow: Map<MarkRegion, ModelItem[]>, max: number): void {
  const counts = new Map<MarkRegion, number>();
  for (const mark of marks) counts.set(mark.region, (counts.get(mark.region) ?? 0) + 1);
  while (marks.length > max) {
    let fullest: MarkRegion | null = null;
    for (const [region, count] of counts) if (!fullest || count > (counts.get(fullest) ?? 0)) fullest = region;
    const index = marks.findLastIndex((mark) => mark.region === fullest);
    const [taken] = marks.splice(index, 1);
    if (!taken || !fullest) return;
    counts.set(fullest, (counts.get(fullest) ?? 1) - 1);
    overflow.set(fullest, [taken.item, ...(overflow.get(fullest) ?? [])]);
  }
}

/** Every item in its region's slots, before any cap: the marks, what each region could not hold, what has no region. */
interface Filled {
  regions: MarkRegion[];
  marks: PlacedMark[];
  overflow: Map<MarkRegion, ModelItem[]>;
  homeless: ModelItem[];
}

function fillRegions(
  items: readonly ModelItem[],
  petals: readonly PetalRecord[],
  frame: Frame,
  obstacles: readonly Box[],
  options: NormalizedLayoutOptions,
): Filled {
  const regions = markRegions(petals, frame, obstacles, options);
  const byKey = new Map(regions.map((region) => [region.key, region]));
  const homeless: ModelItem[] = [];
  for (const item of items) {
    const region = byKey.get(regionKeyOf(item, petals));
    if (region) region.items.push(item);
    else homeless.push(item);
  }
  const used = new Set<Slot>();
  const marks: PlacedMark[] = [];
  const overflow = new Map<MarkRegion, ModelItem[]>();
  for (const region of regions) {
    const left = fill(region, used, marks);
    if (left.length > 0) overflow.set(region, left);
  }
  return { regions, marks, overflow, homeless };
}

/** The placement of `filled` with at most `max` marks (on copies: the same fill is capped at several counts). */
function capped(filled: Filled, max: number): MarkPlacement {
  const { regions } = filled;
  const marks = [...filled.marks];
  const overflow = new Map(filled.overflow);
  const homeless = [...filled.homeless];
  if (marks.length > max) capMarks(marks, overflow, Math.max(0, max));
  const badges: PlacedBadge[] = [];
  for (const [region, left] of [...overflow].sort(([a], [b]) => regions.indexOf(a) - regions.indexOf(b))) {
    const badge = badgeFor(region, left, marks, homeless);
    if (badge) badges.push(badge);
  }
  if (homeless.length > 0) badges.push({ items: homeless, slot: null, region: null });
  return { regions, marks, badges };
}

/**
 * Places every item as a mark, region by region in petal order, each region's items in catalogue order (see
 * {@link fill}), as many as `fits` accepts (a numbered key lists only so many names). What a whole petal (or gap)
 * cannot hold becomes one badge per region, in the slot of its last mark (whose item joins the badge's list); items
 * of a region with no slot at all go to the heart's badge. Nothing overlaps: slots are apart by construction (see
 * {@link polarSlots}).
 */
export function placeMarks(
  items: readonly ModelItem[],
  petals: readonly PetalRecord[],
  frame: Frame,
  obstacles: readonly Box[],
  options: NormalizedLayoutOptions,
  fits: (marks: readonly PlacedMark[]) => boolean = () => true,
): MarkPlacement {
  const filled = fillRegions(items, petals, frame, obstacles, options);
  const all = capped(filled, filled.marks.length);
  if (fits(all.marks)) return all;
  // The most marks that fit, by bisection: a lower cap takes back more of the same marks (see capMarks).
  let low = 0;
  let high = filled.marks.length;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (fits(capped(filled, mid).marks)) low = mid;
    else high = mid;
  }
  return capped(filled, low);
}

/**
 * The badge of a region's items that found no slot: in the slot of the region's last mark, whose item joins the
 * badge (taken out of `marks`). A region with no mark at all sends its items to `homeless` (the heart's badge).
 */
function badgeFor(
  region: MarkRegion,
  left: ModelItem[],
  marks: PlacedMark[],
  homeless: ModelItem[],
): PlacedBadge | null {
  const last = marks.findLastIndex((mark) => mark.region === region);
  const mark = last >= 0 ? marks.splice(last, 1)[0] : undefined;
  if (mark) return { items: [mark.item, ...left], slot: mark.slot, region };
  homeless.push(...left);
  return null;
}
