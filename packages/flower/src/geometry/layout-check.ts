import type { Catalogue } from '@fleur/catalogue';
import { type Box, boxCorners, boxesHit, type Circle, circleHitsBox, circlesHit } from './collisions.js';
import type { FlowerLayout, TextLabel } from './flower-layout.js';

/** Kinds of broken layout promise. */
export const LAYOUT_PROBLEM_CODES = [
  'mark-overlap',
  'out-of-bounds',
  'label-collision',
  'label-covers-mark',
  'duplicate-item',
  'missing-item',
] as const;
export type LayoutProblemCode = (typeof LAYOUT_PROBLEM_CODES)[number];

/** One broken promise, naming what is involved (item ids, badge ids, label texts). */
export interface LayoutProblem {
  code: LayoutProblemCode;
  subjects: string[];
}

/** Rounding to 2 decimals may cost up to this much on a distance. */
const TOLERANCE = 0.05;

/** A label's box as a (possibly rotated) {@link Box}. */
export function labelBox(label: TextLabel): Box {
  const { x, y, width, height } = label.box;
  return { cx: x + width / 2, cy: y + height / 2, width, height, angle: (label.rotate * Math.PI) / 180 };
}

/**
 * Checks the promises `layoutFlower` makes — no overlapping marks or badges, labels clear of each other and of marks,
 * everything inside the drawing, and (given the catalogue) every item present exactly once. Returns the problems
 * found; an empty array means the layout is sound. Quadratic in labels, linear-ish in marks: meant for tests and
 * debugging, not for every frame.
 */
export function checkLayout(layout: FlowerLayout, catalogue?: Catalogue): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const circles: { id: string; circle: Circle }[] = [
    ...layout.marks.map((m) => ({ id: m.itemId, circle: m })),
    ...layout.badges.map((b) => ({ id: b.id, circle: b })),
  ];
  const gap = layout.markGap - TOLERANCE;
  // Circles against circles, through a grid keyed by cell.
  const cell = 4 * Math.max(layout.markRadius, ...circles.map((c) => c.circle.r));
  const grid = new Map<string, number[]>();
  circles.forEach(({ circle }, i) => {
    const key = `${Math.floor(circle.x / cell)},${Math.floor(circle.y / cell)}`;
    grid.set(key, [...(grid.get(key) ?? []), i]);
  });
  circles.forEach(({ id, circle }, i) => {
    const gx = Math.floor(circle.x / cell);
    const gy = Math.floor(circle.y / cell);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(`${gx + dx},${gy + dy}`) ?? []) {
          const other = circles[j];
          if (j > i && other && circlesHit(circle, other.circle, gap)) {
            problems.push({ code: 'mark-overlap', subjects: [id, other.id] });
          }
        }
      }
    }
    const heart = { x: layout.cx, y: layout.cy, r: layout.heart.r };
    if (circlesHit(circle, heart, -TOLERANCE)) problems.push({ code: 'mark-overlap', subjects: [id, 'heart'] });
    if (
      circle.x - circle.r < -TOLERANCE ||
      circle.y - circle.r < -TOLERANCE ||
      circle.x + circle.r > layout.width + TOLERANCE ||
      circle.y + circle.r > layout.height + TOLERANCE
    ) {
      problems.push({ code: 'out-of-bounds', subjects: [id] });
    }
  });
  const labels: { id: string; box: Box }[] = [{ id: layout.heart.label.text, box: labelBox(layout.heart.label) }];
  for (const petal of layout.petals) {
    if (petal.label) labels.push({ id: petal.label.text, box: labelBox(petal.label) });
    for (const factor of petal.factors)
      if (factor.label) labels.push({ id: factor.label.text, box: labelBox(factor.label) });
  }
  labels.forEach(({ id, box }, i) => {
    for (const p of boxCorners(box)) {
      if (p.x < -TOLERANCE || p.y < -TOLERANCE || p.x > layout.width + TOLERANCE || p.y > layout.height + TOLERANCE) {
        problems.push({ code: 'out-of-bounds', subjects: [id] });
        break;
      }
    }
    for (const other of labels.slice(i + 1)) {
      if (boxesHit(box, other.box, -TOLERANCE)) problems.push({ code: 'label-collision', subjects: [id, other.id] });
    }
    for (const c of circles) {
      if (circleHitsBox(c.circle, box, -TOLERANCE)) problems.push({ code: 'label-covers-mark', subjects: [id, c.id] });
    }
  });
  const seen = new Map<string, number>();
  const count = (id: string) => seen.set(id, (seen.get(id) ?? 0) + 1);
  for (const mark of layout.marks) count(mark.itemId);
  for (const badge of layout.badges) for (const id of badge.itemIds) count(id);
  for (const hidden of layout.hidden) count(hidden.itemId);
  for (const [id, n] of seen) if (n > 1) problems.push({ code: 'duplicate-item', subjects: [id] });
  if (catalogue) {
    for (const item of catalogue.items)
      if (!seen.has(item.id)) problems.push({ code: 'missing-item', subjects: [item.id] });
  }
  return problems;
}
