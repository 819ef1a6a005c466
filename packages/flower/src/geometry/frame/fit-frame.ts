import { type LabelDraft, labelAt, wrapVariants } from '../labels/sector-label.js';
import type { NormalizedLayoutOptions } from '../options.js';
import { petalShape } from '../petal-shape.js';
import type { AngleSpan } from '../sectors/shares.js';
import { linesWidth, textHeight } from '../text-metrics.js';
import { polygonArea, polygonLength } from 'd3-polygon';
import type { Rect } from '../labels/name-key.js';
import { fitRadius, type NameEstimate, type NamingMode, type NamingPlan, namingPlan } from './naming-plan.js';

export type { NameEstimate, NamingPlan };

/** Share of the tip radius the heart takes, before its label asks for more. */
const HEART_SHARE = 0.2;
/** The heart's share when one petal is zoomed. */
const ZOOM_HEART_SHARE = 0.1;
/** The heart never takes more than this share of the tip radius. */
const MAX_HEART_SHARE = 0.34;
/** Where a petal is widest, as a share of the way from heart to tip. */
const WAIST_SHARE = 0.56;

/** Where the flower sits in the drawing and how big it is. Radii in pixels; the centre in drawing coordinates. */
export interface Frame {
  cx: number;
  cy: number;
  /** Radius of the petal tips. */
  radius: number;
  heartRadius: number;
  waistRadius: number;
  /** The heart's label, centred on the heart (relative to the centre). */
  heartLabel: LabelDraft;
  /** How the items are named at this size. */
  naming: NamingPlan;
  /** The part of the drawing the flower has (in drawing coordinates): its marks stay inside it. */
  room: Rect;
  /** The drawing's height: the one asked for, or more when a key under the flower may grow it (`maxHeight`). */
  height: number;
  /** The height asked for. */
  asked: number;
}

/** The flower's extent for a tip radius of 1, centred on its heart. */
export interface UnitBounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Each petal's area and outline length at that size: how many marks a petal holds grows with them. */
  petals: { area: number; perimeter: number }[];
}

/** The flower's extent for a tip radius of 1, centred on the heart. */
export function unitBounds(spans: readonly AngleSpan[], heartShare = HEART_SHARE): UnitBounds {
  const innerRadius = heartShare;
  const waistRadius = innerRadius + WAIST_SHARE * (1 - innerRadius);
  let x0 = -innerRadius;
  let y0 = -innerRadius;
  let x1 = innerRadius;
  let y1 = innerRadius;
  const petals: UnitBounds['petals'] = [];
  for (const span of spans) {
    const shape = petalShape({ ...span, innerRadius, waistRadius, outerRadius: 1 });
    for (const p of shape.outerEdge) {
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x);
      y1 = Math.max(y1, p.y);
    }
    const ring = shape.outline.map((p) => [p.x, p.y] as [number, number]);
    petals.push({ area: Math.abs(polygonArea(ring)), perimeter: polygonLength(ring) });
  }
  return { x0, y0, x1, y1, petals };
}

/** The heart's label on the fewest lines (at most 2) whose circumscribed circle is smallest. */
function heartLabel(options: NormalizedLayoutOptions): LabelDraft {
  const font = options.heartFont;
  const variants = wrapVariants(options.heartLabel, font, 2);
  let best = variants[0] ?? [options.heartLabel];
  let bestRadius = Number.POSITIVE_INFINITY;
  for (const lines of variants) {
    const radius = Math.hypot(linesWidth(lines, font), textHeight(lines.length, font)) / 2;
    if (radius < bestRadius - 0.5) {
      best = lines;
      bestRadius = radius;
    }
  }
  return labelAt(options.heartLabel, best, font, { x: 0, y: 0 }, 0, 'middle');
}

/**
 * Fits the flower into the drawing: the naming plan (names around the flower, or a numbered key beside or under it)
 * gives the room the flower has, and the flower takes it whole, its extent centred in that room.
 */
export function fitFrame(
  spans: readonly AngleSpan[],
  names: readonly NameEstimate[],
  options: NormalizedLayoutOptions,
  mode: NamingMode = 'auto',
): Frame {
  return frameIn(spans, options, namingPlan(unitBounds(spans), names, options, spans.length === 1, mode));
}

/** The flower taking the whole of `plan.room`, its extent centred in it. */
export function frameIn(
  spans: readonly AngleSpan[],
  options: NormalizedLayoutOptions,
  plan: { naming: NamingPlan; room: Rect; height: number },
): Frame {
  const { naming, room, height: drawingHeight } = plan;
  const label = heartLabel(options);
  const labelRadius = Math.hypot(label.box.width, label.box.height) / 2 + 4;
  let unit = unitBounds(spans, HEART_SHARE);
  const fitting = (bounds: UnitBounds) => Math.max(8, fitRadius(bounds, room));
  // The heart holds the badge of items no region has room for: it is a target too, 24 px at least.
  // A zoomed petal keeps a small heart: the petal is what the reader came for.
  const share = spans.length === 1 ? ZOOM_HEART_SHARE : HEART_SHARE;
  const heartFor = (radius: number) =>
    Math.max(options.targetRadius + 2, Math.min(MAX_HEART_SHARE * radius, Math.max(share * radius, labelRadius)));
  let radius = fitting(unit);
  let heartRadius = heartFor(radius);
  // A heart grown for its label or its badge moves the petals' bases outwards: where the flower drawn with that heart
  // no longer fits its room (a small zoomed petal under a two-line heart), it shrinks until it does.
  for (let step = 0; step < 4; step++) {
    const drawn = unitBounds(spans, heartRadius / radius);
    const fits = fitting(drawn);
    if (fits >= radius - 0.01) break;
    unit = drawn;
    radius = fits;
    heartRadius = heartFor(radius);
  }
  // Centre the flower's extent in its room (its heart is not its middle: petals point different ways).
  // The heart may be larger than its share (its label, its badge): it stays inside the drawing too.
  const { width, height, padding } = options;
  const inside = (value: number, size: number) =>
    Math.min(size - padding - heartRadius, Math.max(padding + heartRadius, value));
  const cx = inside(room.x + room.width / 2 - ((unit.x0 + unit.x1) / 2) * radius, width);
  const cy = inside(room.y + room.height / 2 - ((unit.y0 + unit.y1) / 2) * radius, height);
  return {
    cx,
    cy,
    radius,
    heartRadius,
    waistRadius: heartRadius + WAIST_SHARE * (radius - heartRadius),
    heartLabel: label,
    naming,
    room,
    height: drawingHeight,
    asked: options.height,
  };
}
