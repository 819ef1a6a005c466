import type { FlowerLayout, ItemLabelLayout } from '../flower-layout.js';
import { toItemLabel } from '../output/layout-output.js';
import { angleOf } from '../polar.js';
import { type NameRequest, placeNames } from './item-labels.js';
import { placeLoneName } from './lone-name.js';
import { wrappings } from './name-lines.js';

/** Margin kept along the drawing's edges by names given on request. */
const EDGE = 8;

/**
 * The name of one item on request — the selected one, which is always named — when the layout did not name it: in
 * the column beside the flower on its side when the layout has columns, else under or over the flower (phones). It
 * points at the item's mark, or at the badge holding it. The label is `text`, normally the item's short title.
 * Pure and cheap (no full layout), so selecting costs nothing proportional to the catalogue; `null` when the item is
 * not on the drawing or no room is left.
 */
export function layoutName(layout: FlowerLayout, itemId: string, text: string): ItemLabelLayout | null {
  const existing = layout.labels.find((label) => label.itemId === itemId);
  if (existing) return existing;
  const target =
    layout.marks.find((mark) => mark.itemId === itemId) ??
    layout.badges.find((badge) => badge.itemIds.includes(itemId));
  if (!target || text.trim() === '') return null;
  const { cx, cy } = layout;
  const x = target.x - cx;
  const y = target.y - cy;
  const radius = Math.hypot(x, y);
  const font = { size: layout.fontSize, weight: 'normal' as const };
  const request: NameRequest = {
    itemId,
    text,
    wraps: wrappings(text, font),
    x,
    y,
    angle: radius < 1 ? Math.PI : angleOf(x, y),
    radius,
    markRadius: target.r,
    reach: Math.max(radius + target.r, layout.radius),
  };
  if (layout.columnWidth !== null) {
    const extent = { outlines: [], circles: [{ x: 0, y: 0, r: layout.radius }] };
    const placed = placeNames(
      [request],
      layout.columnWidth,
      extent,
      { top: EDGE - cy, bottom: layout.height - EDGE - cy },
      font,
    );
    if (placed?.[0]) return toItemLabel(placed[0], cx, cy, font.size);
  }
  const box = layout.flowerBox;
  const lone = placeLoneName(
    request,
    { top: box.y - cy, bottom: box.y + box.height - cy },
    { left: EDGE - cx, right: layout.width - EDGE - cx, top: EDGE - cy, bottom: layout.height - EDGE - cy },
    font,
  );
  return lone ? toItemLabel(lone, cx, cy, font.size) : null;
}
