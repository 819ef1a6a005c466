import { type Bounds, overflow, pointsBounds, union } from './bounds.js';
import { boxBounds } from './collisions.js';
import { type LabelDraft, labelAt, wrapVariants } from './labels.js';
import type { NormalizedLayoutOptions } from './options.js';
import { outsideLabels } from './outside-labels.js';
import { type PetalShape, petalShape } from './petal-shape.js';
import type { AngleSpan } from './sectors.js';
import { linesWidth, textHeight } from './text-metrics.js';

/** The flower fitted into the drawing: where its centre is, how big it is, and its outside petal labels. */
export interface Frame {
  /** Centre of the flower, in drawing coordinates. Everything else here is relative to it. */
  cx: number;
  cy: number;
  outerRadius: number;
  innerRadius: number;
  waistRadius: number;
  shapes: PetalShape[];
  /** Petal labels outside the tips; `null` entries when `labelsInside` (they are placed inside the petals later). */
  petalLabels: (LabelDraft | null)[];
  labelsInside: boolean;
  heartLabel: LabelDraft;
}

/** What the frame is fitted from. */
export interface FrameInput {
  /** Each petal's share of the turn (or of the zoomed fan), before the gaps between petals are cut out. */
  spans: readonly AngleSpan[];
  petalTexts: readonly string[];
  options: NormalizedLayoutOptions;
  zoomed: boolean;
  /** Each petal text's wrappings, computed once per fit rather than at every bisection step. */
  wraps?: readonly string[][][];
}

/** The widest a petal is drawn (125°), however much of the turn it is given. */
const MAX_PETAL_SPAN = (125 * Math.PI) / 180;
/** Width of the channel between two petals, in mark diameters (plus gap). */
const CHANNEL_WIDTH = 1.5;
/** Labels at the tips win when they leave the flower at least this share of its size without labels. */
const PREFERRED_LABELS_ABOVE = 0.9;
/** Outside labels that would end up smaller than this share of the flower without them go inside the petals. */
const INSIDE_LABELS_BELOW = 0.72;

/**
 * The heart's label: the wrapping on the fewest lines that fits a heart of `maxRadius`, or (to size the heart) the
 * one with the smallest circumscribed circle, where each extra line costs a little so that "la pleine / santé" beats
 * "la / pleine / santé".
 */
function heartLabel(input: FrameInput, maxRadius = 0): LabelDraft {
  const { heartLabel: text, heartFont: font } = input.options;
  const radius = (lines: readonly string[]) => Math.hypot(linesWidth(lines, font), textHeight(lines.length, font)) / 2;
  const variants = wrapVariants(text, font);
  let best = variants.find((lines) => radius(lines) + 4 <= maxRadius);
  if (!best) {
    let bestRadius = Infinity;
    for (const lines of variants) {
      const cost = radius(lines) + lines.length * font.size * 0.6;
      if (cost < bestRadius - 1e-9) {
        best = lines;
        bestRadius = cost;
      }
    }
  }
  return labelAt(text, best ?? [text], font, { x: 0, y: 0 }, 0, 'middle');
}

/** The petals' shapes for an outer radius. */
function shapesFor(input: FrameInput, outerRadius: number, heart: LabelDraft) {
  const labelRadius = Math.hypot(heart.box.width, heart.box.height) / 2 + 4;
  const innerRadius = Math.min(outerRadius * 0.5, Math.max(outerRadius * (input.zoomed ? 0.08 : 0.2), labelRadius));
  const waistRadius = innerRadius + 0.56 * (outerRadius - innerRadius);
  // A channel between neighbouring petals, even at their widest point, where items acting on both petals line up.
  const { markRadius, markGap } = input.options;
  const channel = CHANNEL_WIDTH * (2 * markRadius + markGap);
  const shapes = input.spans.map((span) => {
    const width = span.endAngle - span.startAngle;
    // Wider than MAX_PETAL_SPAN, a petal turns into a half-disc: give the rest to the channels instead.
    const pad = input.zoomed ? 0 : Math.max(Math.min(channel / waistRadius, width * 0.3), width - MAX_PETAL_SPAN) / 2;
    return petalShape({
      startAngle: span.startAngle + pad,
      endAngle: span.endAngle - pad,
      innerRadius,
      waistRadius,
      outerRadius,
    });
  });
  return { innerRadius, waistRadius, shapes };
}

function flowerBounds(shapes: readonly PetalShape[], innerRadius: number, heart: LabelDraft): Bounds {
  const heartBounds = union(
    { x0: -innerRadius, y0: -innerRadius, x1: innerRadius, y1: innerRadius },
    boxBounds(heart.box),
  );
  return union(heartBounds, pointsBounds(shapes.flatMap((shape) => shape.outline)));
}

interface Attempt {
  outerRadius: number;
  innerRadius: number;
  waistRadius: number;
  shapes: PetalShape[];
  labels: LabelDraft[] | null;
  bounds: Bounds;
  fits: boolean;
}

/** Which outside labels an attempt places: none, the preferred ones only, or compact ones when those do not fit. */
type LabelMode = 'none' | 'preferred' | 'any';

function attempt(input: FrameInput, outerRadius: number, heart: LabelDraft, mode: LabelMode): Attempt {
  const { innerRadius, waistRadius, shapes } = shapesFor(input, outerRadius, heart);
  const flower = flowerBounds(shapes, innerRadius, heart);
  const fits = (bounds: Bounds) => overflow(bounds, input.options) <= 1;
  let placed = mode === 'none' ? undefined : outsideLabels(input, shapes, flower, false);
  if (mode === 'any' && !(placed && fits(placed.bounds))) {
    // Greedy compact passes, in petal order then widest label first (it has the fewest places to go).
    const widest = input.petalTexts
      .map((text, i) => ({ i, width: linesWidth([text], input.options.petalFont) }))
      .sort((a, b) => b.width - a.width || a.i - b.i)
      .map(({ i }) => i);
    for (const order of [undefined, widest]) {
      const compact = outsideLabels(input, shapes, flower, true, order);
      if (compact && (!placed || overflow(compact.bounds, input.options) < overflow(placed.bounds, input.options))) {
        placed = compact;
      }
      if (placed && fits(placed.bounds)) break;
    }
  }
  const bounds = placed?.bounds ?? flower;
  return {
    outerRadius,
    innerRadius,
    waistRadius,
    shapes,
    labels: placed?.labels ?? null,
    bounds,
    // Without labels (`undefined`), the flower alone must fit; with labels, they must have found places too.
    fits: placed !== null && fits(bounds),
  };
}

/** The largest radius that fits, by bisection (fitting grows with the radius, so the predicate is monotonic enough). */
function largest(input: FrameInput, heart: LabelDraft, mode: LabelMode, ceiling = Infinity): Attempt | null {
  const { width, height, padding } = input.options;
  let low = 8;
  let high = Math.min(ceiling, input.zoomed ? Math.max(width, height) : Math.min(width, height) / 2);
  let best: Attempt | null = null;
  for (let i = 0; i < 12 && high - low > 0.5; i++) {
    const mid = (low + high) / 2;
    const result = attempt(input, mid, heart, mode);
    if (result.fits) {
      best = result;
      low = mid;
    } else {
      high = mid;
    }
  }
  return (
    best ?? (mode !== 'none' ? null : attempt(input, Math.max(4, Math.min(width, height) / 2 - padding), heart, mode))
  );
}

/**
 * Fits the flower into the drawing: the largest outer radius for which petals, heart and petal labels fit inside the
 * padding, then centres their bounds (so a three-petal flower, taller at the top, is not pushed off-centre). When
 * labels outside the tips would shrink the flower too much (phones, many petals), they go inside the petals instead.
 */
export function fitFrame(frameInput: FrameInput): Frame {
  const input = {
    ...frameInput,
    wraps: frameInput.wraps ?? frameInput.petalTexts.map((text) => wrapVariants(text, frameInput.options.petalFont)),
  };
  const heart = heartLabel(input);
  const bare = largest(input, heart, 'none');
  // Labels outside never let the flower grow beyond its size without them. Labels at the tips are worth a flower a
  // little smaller than labels tucked wherever they fit.
  const ceiling = (bare?.outerRadius ?? Infinity) + 1;
  const preferred = largest(input, heart, 'preferred', ceiling);
  const labelled =
    preferred && bare && preferred.outerRadius >= PREFERRED_LABELS_ABOVE * bare.outerRadius
      ? preferred
      : [preferred, largest(input, heart, 'any', ceiling)].reduce<Attempt | null>(
          (a, b) => (!a || (b && b.outerRadius > a.outerRadius * 1.04) ? b : a),
          null,
        );
  const inside = !labelled || !bare || labelled.outerRadius < INSIDE_LABELS_BELOW * bare.outerRadius;
  const chosen = (inside ? bare : labelled) ?? attempt(input, 8, heart, 'none');
  const { width, height, padding } = input.options;
  const { bounds } = chosen;
  const cx = padding + (width - 2 * padding - (bounds.x1 - bounds.x0)) / 2 - bounds.x0;
  const cy = padding + (height - 2 * padding - (bounds.y1 - bounds.y0)) / 2 - bounds.y0;
  return {
    cx,
    cy,
    outerRadius: chosen.outerRadius,
    innerRadius: chosen.innerRadius,
    waistRadius: chosen.waistRadius,
    shapes: chosen.shapes,
    petalLabels: inside || !chosen.labels ? chosen.shapes.map(() => null) : chosen.labels,
    labelsInside: inside,
    // Now that the heart's size is known, it may hold its label on fewer lines.
    heartLabel: heartLabel(input, chosen.innerRadius),
  };
}

/** Spans (in degrees) tried for a zoomed petal; the one giving the largest petal area wins. */
export const ZOOM_SPANS = [60, 80, 100, 120, 140] as const;

/**
 * Fits a single zoomed petal: a fan pointing up from the heart, which sits at the bottom of the drawing. Tall
 * drawings get a narrow tall petal, wide drawings a broad one — whichever span gives the most petal area.
 */
export function fitZoomedFrame(petalText: string, options: NormalizedLayoutOptions): Frame {
  return ZOOM_SPANS.map((degrees) => {
    const half = (degrees * Math.PI) / 360;
    const frame = fitFrame({
      spans: [{ startAngle: -half, endAngle: half }],
      petalTexts: [petalText],
      options,
      zoomed: true,
    });
    return { frame, area: half * (frame.outerRadius ** 2 - frame.innerRadius ** 2) };
  }).reduce((best, fit) => (fit.area > best.area + 1e-6 ? fit : best)).frame;
}
