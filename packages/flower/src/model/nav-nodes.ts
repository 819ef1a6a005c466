import type { FlowerLayout } from '../geometry/index.js';
import { angleOf } from '../geometry/polar.js';
import type { NavNode } from './navigation.js';

/** Keys of navigable nodes, shared by the drawing and the keyboard model. */
export const navKey = {
  petal: (id: string) => `petal:${id}`,
  item: (id: string) => `item:${id}`,
  badge: (id: string) => `badge:${id}`,
};

/**
 * The keyboard's view of a layout: petals, the marks that pass the filters, and badges. Filtered-out items are
 * dimmed on screen and skipped by the keyboard.
 */
export function navNodes(layout: FlowerLayout, matching: ReadonlySet<string>): NavNode[] {
  const { cx, cy } = layout;
  const nodes: NavNode[] = layout.petals.map((petal) => ({
    key: navKey.petal(petal.id),
    type: 'petal',
    petal: petal.id,
    angle: petal.midAngle,
    radius: 0,
  }));
  for (const mark of layout.marks) {
    if (!matching.has(mark.itemId)) continue;
    nodes.push({
      key: navKey.item(mark.itemId),
      type: 'item',
      petal: mark.ownerPetalId,
      angle: angleOf(mark.x, mark.y, cx, cy),
      radius: Math.hypot(mark.x - cx, mark.y - cy),
    });
  }
  for (const badge of layout.badges) {
    nodes.push({
      key: navKey.badge(badge.id),
      type: 'badge',
      petal: badge.ownerPetalId,
      angle: angleOf(badge.x, badge.y, cx, cy),
      radius: Math.hypot(badge.x - cx, badge.y - cy),
    });
  }
  return nodes;
}
