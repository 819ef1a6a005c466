import type { Catalogue } from '@fleur/catalogue';
import type { FlowerLayout, TextLabel } from '@fleur/flower/geometry.js';
import { type Box, boxCorners, boxesHit, circleHitsBox } from '../../../packages/flower/src/geometry/collisions.js';

/** Rounding positions to 2 decimals may cost this much on a distance. */
const EPSILON = 0.02;

function box(label: TextLabel): Box {
  const { x, y, width, height } = label.box;
  return { cx: x + width / 2, cy: y + height / 2, width, height, angle: (label.rotate * Math.PI) / 180 };
}

/** Every label of the layout, named by its text. */
export function labelsOf(layout: FlowerLayout): { name: string; label: TextLabel }[] {
  const labels = [{ name: `heart ${layout.heart.label.text}`, label: layout.heart.label }];
  for (const petal of layout.petals) {
    if (petal.label) labels.push({ name: `petal ${petal.id}`, label: petal.label });
    for (const factor of petal.factors)
      if (factor.label) labels.push({ name: `factor ${factor.id}`, label: factor.label });
  }
  return labels;
}

/** Pairs of marks or badges closer than the layout's gap (independent of the library's own checker). */
export function overlappingCircles(layout: FlowerLayout): string[] {
  const circles = [
    ...layout.marks.map((m) => ({ id: m.itemId, x: m.x, y: m.y, r: m.r })),
    ...layout.badges.map((b) => ({ id: b.id, x: b.x, y: b.y, r: b.r })),
  ].sort((a, b) => a.x - b.x);
  const found: string[] = [];
  // Sweep along x: only circles closer than the largest reach in x can overlap.
  const reach = 2 * Math.max(0, ...circles.map((c) => c.r)) + layout.markGap;
  circles.forEach((a, i) => {
    for (let j = i + 1; j < circles.length; j++) {
      const b = circles[j];
      if (!b || b.x - a.x > reach) break;
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r + layout.markGap - EPSILON) found.push(`${a.id} × ${b.id}`);
    }
  });
  return found;
}

/** Marks, badges and labels that stick out of the drawing. */
export function outOfBounds(layout: FlowerLayout): string[] {
  const { width, height } = layout;
  const outside = (x: number, y: number) => x < -EPSILON || y < -EPSILON || x > width + EPSILON || y > height + EPSILON;
  const found: string[] = [];
  for (const c of [...layout.marks, ...layout.badges]) {
    if (outside(c.x - c.r, c.y - c.r) || outside(c.x + c.r, c.y + c.r)) found.push('itemId' in c ? c.itemId : c.id);
  }
  for (const { name, label } of labelsOf(layout)) {
    if (boxCorners(box(label)).some((p) => outside(p.x, p.y))) found.push(name);
  }
  return found;
}

/** Labels that overlap another label, a mark or a badge. */
export function labelCollisions(layout: FlowerLayout): string[] {
  const labels = labelsOf(layout);
  const found: string[] = [];
  labels.forEach(({ name, label }, i) => {
    for (const other of labels.slice(i + 1)) {
      if (boxesHit(box(label), box(other.label), -EPSILON)) found.push(`${name} × ${other.name}`);
    }
    for (const mark of layout.marks)
      if (circleHitsBox(mark, box(label), -EPSILON)) found.push(`${name} × ${mark.itemId}`);
    for (const badge of layout.badges)
      if (circleHitsBox(badge, box(label), -EPSILON)) found.push(`${name} × ${badge.id}`);
  });
  return found;
}

/** Items missing from the layout or present more than once (as a mark, in a badge, or hidden). */
export function unaccountedItems(layout: FlowerLayout, catalogue: Catalogue): string[] {
  const seen = [
    ...layout.marks.map((m) => m.itemId),
    ...layout.badges.flatMap((b) => b.itemIds),
    ...layout.hidden.map((h) => h.itemId),
  ];
  const counts = new Map<string, number>();
  for (const id of seen) counts.set(id, (counts.get(id) ?? 0) + 1);
  const wrong = catalogue.items.filter((item) => counts.get(item.id) !== 1).map((item) => item.id);
  return seen.length === catalogue.items.length
    ? wrong
    : [...wrong, `${seen.length} entries for ${catalogue.items.length} items`];
}
