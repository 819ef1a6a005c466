import { type Bounds, overflow, union } from './bounds.js';
import { type Box, boxBounds, boxCorners, boxesHit, pointBoxDistance } from './collisions.js';
import type { FrameInput } from './frame.js';
import { type LabelDraft, labelAt, outsideLabel, wrapVariants } from './labels.js';
import type { PetalShape } from './petal-shape.js';
import { angleDelta, angleOf, pointRadial, TAU } from './polar.js';
import { linesWidth, textHeight } from './text-metrics.js';

/** Where along a petal's outline its outside label may sit, in halves of the petal's span from its tip. */
const ANCHOR_SHIFTS = [0, -0.35, 0.35, -0.7, 0.7] as const;
/** How an outside petal label sits: beside its anchor like a pie-chart label, or above or below the flower. */
const OUTSIDE_ALIGNS = ['natural', 'above', 'below'] as const;
/** Overflow below which the drawing is comfortably filled; label preferences decide below it. */
const FITS = 0.97;
/** How far (in outer radii) a petal label may sit from its anchor on the petal's outline. */
const MAX_LABEL_DISTANCE = 0.6;
/** However small the flower, a label may sit this far (px) from its anchor, e.g. below the flower on a phone. */
const MIN_LABEL_REACH = 90;
/** Room between a petal tip and its label. */
export const LABEL_GAP = 6;

/**
 * Whether a label box covers a petal or comes within about `gap` of it. Approximate (the petal is grown by `gap`
 * radially and angularly, the box sampled every 6 px) but cheap, since it runs for every candidate label of every
 * fitting step; labels are kept clear of marks and other labels exactly, elsewhere.
 */
export function boxOverPetal(box: Box, shape: PetalShape, gap: number): boolean {
  const reach = shape.outerRadius + gap;
  const distance = pointBoxDistance({ x: 0, y: 0 }, box);
  if (distance > reach) return false;
  if (distance > 0) {
    // The box subtends an angular interval around its centre's direction; a petal outside it (grown by the gap)
    // cannot touch the box.
    const center = angleOf(box.cx, box.cy);
    const offsets = boxCorners(box).map((p) => angleDelta(center, angleOf(p.x, p.y)));
    const grow = Math.asin(Math.min(1, gap / distance));
    const from = center + Math.min(...offsets) - grow;
    const to = center + Math.max(...offsets) + grow;
    const mid = from + angleDelta(from, shape.midAngle);
    const half = (shape.endAngle - shape.startAngle) / 2;
    if (mid + half < from && mid - half + TAU > to) return false;
    if (mid - half > to && mid + half - TAU < from) return false;
  }
  const nu = Math.max(1, Math.ceil(box.width / 8));
  const nv = Math.max(1, Math.ceil(box.height / 8));
  const cos = Math.cos(box.angle);
  const sin = Math.sin(box.angle);
  for (let i = 0; i <= nu; i++) {
    for (let j = 0; j <= nv; j++) {
      const u = (i / nu - 0.5) * box.width;
      const v = (j / nv - 0.5) * box.height;
      const x = box.cx + u * cos - v * sin;
      const y = box.cy + u * sin + v * cos;
      const radius = Math.hypot(x, y);
      if (radius > reach) continue;
      const angle = angleOf(x, y);
      const turn = gap / Math.max(radius, 1);
      for (const a of [angle, angle - turn, angle + turn]) {
        if (radius >= shape.inner(a) - gap && radius <= shape.outer(a) + gap) return true;
      }
    }
  }
  return false;
}

/**
 * Places the petal labels outside the tips for one outer radius. Each label tries its wrappings and alignments,
 * stepping outwards past collisions with earlier labels and with petals, and keeps the one that grows the flower's
 * bounds least. Returns `null` if some label cannot be placed.
 */
export function outsideLabels(
  input: FrameInput,
  shapes: readonly PetalShape[],
  start: Bounds,
  compact: boolean,
  order: readonly number[] = shapes.map((_, i) => i),
) {
  // Preferred pass: any placement that fits will do, so take the nicest. Compact pass: take the one that grows the
  // bounds least, so that later labels still find room (a greedy preferred pass can paint itself into a corner).
  const floor = compact ? 0 : FITS;
  const weight = compact ? 0.1 : 1;
  let bounds = start;
  const labels: LabelDraft[] = [];
  const placed: LabelDraft[] = [];
  for (const i of order) {
    const shape = shapes[i];
    if (!shape) continue;
    const text = input.petalTexts[i] ?? '';
    let best: { label: LabelDraft; bounds: Bounds; score: number } | null = null;
    const half = (shape.endAngle - shape.startAngle) / 2;
    // Candidates in order of preference: at the tip, natural, on fewer lines first. Any that fits beats all later ones.
    const candidates = (input.wraps?.[i] ?? wrapVariants(text, input.options.petalFont))
      .flatMap((lines, wraps) =>
        ANCHOR_SHIFTS.flatMap((shift) =>
          OUTSIDE_ALIGNS.map((align, alignIndex) => ({
            lines,
            shift,
            align,
            penalty: 0.03 * Math.abs(shift) + 0.01 * wraps + 0.005 * alignIndex,
          })),
        ),
      )
      .sort((a, b) => a.penalty - b.penalty);
    for (const { lines, shift, align, penalty } of candidates) {
      if (best && best.score <= floor + weight * penalty) break;
      const angle = shape.midAngle + shift * half;
      const anchor = pointRadial(angle, shape.outer(angle));
      const font = input.options.petalFont;
      for (let step = 0; step <= 8; step++) {
        // Stepping outwards only grows the bounds: stop once this candidate cannot beat the best one.
        if (best && best.score <= floor + weight * penalty) break;
        let label: LabelDraft;
        if (align === 'natural') {
          label = outsideLabel(text, lines, font, angle, shape.outer(angle) + LABEL_GAP + 6 * step);
        } else {
          // Above or below the flower, under the anchor but slid sideways to stay within the flower's width, and
          // stacked further out past earlier labels.
          const width = linesWidth(lines, font);
          const height = textHeight(lines.length, font);
          const low = start.x0 + width / 2;
          const high = start.x1 - width / 2;
          const x = low <= high ? Math.min(high, Math.max(low, anchor.x)) : anchor.x;
          const offset = LABEL_GAP + height / 2 + step * (height / 2 + 4);
          const y = align === 'above' ? start.y0 - offset : start.y1 + offset;
          label = labelAt(text, lines, font, { x, y }, 0, 'middle');
        }
        // A label must stay near its petal, or readers will not pair them.
        if (pointBoxDistance(anchor, label.box) > Math.max(MAX_LABEL_DISTANCE * shape.outerRadius, MIN_LABEL_REACH))
          break;
        const next = union(bounds, boxBounds(label.box));
        const score = Math.max(overflow(next, input.options), floor) + weight * penalty;
        if (best && score >= best.score - 1e-9) break;
        if (labels.some((other) => boxesHit(label.box, other.box, 4))) continue;
        if (shapes.some((other) => boxOverPetal(label.box, other, 3))) continue;
        best = { label, bounds: next, score };
        break;
      }
    }
    if (!best) return null;
    labels.push(best.label);
    placed[i] = best.label;
    bounds = best.bounds;
  }
  // In petal order, whatever order they were placed in.
  return { labels: shapes.map((_, i) => placed[i]).filter((label) => label !== undefined), bounds };
}
