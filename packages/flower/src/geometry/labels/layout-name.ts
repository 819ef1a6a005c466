import type { FlowerLayout, ItemLabelLayout } from '../flower-layout.js';
import { toItemLabel } from '../output/layout-output.js';
import { angleOf } from '../polar.js';
import { type LoneRequest, placeLoneName } from './lone-name.js';
import { wrappings } from './name-lines.js';
import { rectsOverlap } from './segments.js';

/** Margin kept along the drawing's edges by names given on request. */
const EDGE = 8;

/**
 * The name of one item on request — the selected one, which is always named. Its name beside its mark when it has
 * one; `null` when it is numbered (its entry in the key shows the selection); for an item inside a count badge, a
 * name under or over the flower pointing at the badge, where that band is free of names and of the key. The label
 * is `text`, normally the item's short title. Pure and cheap (no full layout), so selecting costs nothing
 * proportional to the catalogue; `null` when the item is not on the drawing or no room is left.
 */
export function layoutName(layout: FlowerLayout, itemId: string, text: string): ItemLabelLayout | null {
  const existing = layout.labels.find((label) => label.itemId === itemId);
  if (existing) return existing;
  const target =
    layout.marks.find((mark) => mark.itemId === itemId && mark.number === null) ??
    layout.badges.find((badge) => badge.itemIds.includes(itemId));
  if (!target || text.trim() === '') return null;
  const { cx, cy } = layout;
  const x = target.x - cx;
  const y = target.y - cy;
  const radius = Math.hypot(x, y);
  const font = { size: layout.fontSize, weight: 'normal' as const };
  const request: LoneRequest = {
    itemId,
    text,
    wraps: wrappings(text, font),
    x,
    y,
    angle: radius < 1 ? Math.PI : angleOf(x, y),
    radius,
    markRadius: target.r,
  };
  const box = layout.flowerBox;
  const lone = placeLoneName(
    request,
    { top: box.y - cy, bottom: box.y + box.height - cy },
    { left: EDGE - cx, right: layout.width - EDGE - cx, top: EDGE - cy, bottom: layout.height - EDGE - cy },
    font,
  );
  if (!lone) return null;
  const label = toItemLabel(lone, cx, cy, font.size);
  const taken = [...layout.labels.map((other) => other.box), ...(layout.key ? [layout.key.box] : [])];
  return taken.some((other) => rectsOverlap(label.box, other, 2)) ? null : label;
}
