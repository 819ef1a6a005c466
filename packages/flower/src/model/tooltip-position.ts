export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where to put a tooltip of `size` for an anchor circle (centre and radius, in stage pixels): centred above the
 * anchor, flipped below when there is no room above, and slid sideways to stay inside both the stage and the
 * viewport (given in stage coordinates).
 */
export function tooltipPosition(
  anchor: { x: number; y: number; r: number },
  size: { width: number; height: number },
  stage: { width: number; height: number },
  viewport: Rect,
  gap = 8,
): { left: number; top: number; placement: 'above' | 'below' } {
  const minLeft = Math.max(0, viewport.left);
  const maxLeft = Math.min(stage.width, viewport.left + viewport.width) - size.width;
  const left = Math.round(Math.max(minLeft, Math.min(maxLeft, anchor.x - size.width / 2)));
  const above = anchor.y - anchor.r - gap - size.height;
  if (above >= Math.max(0, viewport.top)) return { left, top: Math.round(above), placement: 'above' };
  return { left, top: Math.round(anchor.y + anchor.r + gap), placement: 'below' };
}
