import type { FlowerLayout } from '../geometry/index.js';
import { angleOf } from '../geometry/polar.js';
import { navKey, ownerPetal } from '../render/flower-svg.js';
import type { NavNode } from './navigation.js';

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
      petal: ownerPetal(layout, mark.petalIds),
      angle: angleOf(mark.x, mark.y, cx, cy),
      radius: Math.hypot(mark.x - cx, mark.y - cy),
    });
  }
  for (const badge of layout.badges) {
    nodes.push({
      key: navKey.badge(badge.id),
      type: 'badge',
      petal: ownerPetal(layout, badge.petalIds, badge.petalId),
      angle: angleOf(badge.x, badge.y, cx, cy),
      radius: Math.hypot(badge.x - cx, badge.y - cy),
    });
  }
  return nodes;
}
