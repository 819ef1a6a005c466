import type { Wrapping } from '../labels/name-lines.js';
import { type LabelDraft, labelAt, wrapVariants } from '../labels/sector-label.js';
import type { NormalizedLayoutOptions } from '../options.js';
import { petalShape } from '../petal-shape.js';
import type { AngleSpan } from '../sectors/shares.js';
import { linesWidth, textHeight } from '../text-metrics.js';

/** Share of the tip radius the heart takes, before its label asks for more. */
const HEART_SHARE = 0.2;
/** The heart's share when one petal is zoomed. */
const ZOOM_HEART_SHARE = 0.1;
/** The heart never takes more than this share of the tip radius. */
const MAX_HEART_SHARE = 0.34;
/** Where a petal is widest, as a share of the way from heart to tip. */
const WAIST_SHARE = 0.56;
/** Space between the flower and the names around it; leader lines cross it. */
export const LABEL_GUTTER = 22;
/** Widths tried for the columns of names around the flower, widest first. */
const COLUMN_WIDTHS = [230, 200, 170, 145, 120] as const;
/** A flower smaller than this is not worth names around it: the marks would not fit. */
const MIN_NAMED_RADIUS = 150;
/**
 * Names around the flower are only worth it when the flower stays big enough to draw every item as a mark: a flower
 * of radius R holds about (R / (this × target spacing))² marks.
 */
const CAPACITY_FACTOR = 1.2;
/** The same for a zoomed petal, which covers about a third of its circle. */
const ZOOM_CAPACITY_FACTOR = 2;
/** Wide columns (names on one line) are worth shrinking the flower to this share of its size alone, not more. */
const COMFORTABLE_SHARE = 0.6;

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
  /** Width of the columns of names left and right of the flower, or `null` when names do not fit around it. */
  columnWidth: number | null;
  /** Two columns (left and right of the flower), or one on the right (a zoomed petal pointing right). */
  columns: 1 | 2;
}

/** What the frame needs to know about the names to draw: their text and, roughly, on which side each goes. */
export interface NameEstimate {
  /** The name's wrappings (see `wrappings`), computed on first use. */
  wraps: () => readonly Wrapping[];
  /** The angle its mark will roughly be at (the middle of its sector or gap). */
  angle: number;
}

/** The flower's extent for a tip radius of 1, centred on the heart. */
function unitBounds(spans: readonly AngleSpan[], heartShare: number) {
  const innerRadius = heartShare;
  const waistRadius = innerRadius + WAIST_SHARE * (1 - innerRadius);
  let x0 = -innerRadius;
  let y0 = -innerRadius;
  let x1 = innerRadius;
  let y1 = innerRadius;
  for (const span of spans) {
    for (const p of petalShape({ ...span, innerRadius, waistRadius, outerRadius: 1 }).outerEdge) {
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x);
      y1 = Math.max(y1, p.y);
    }
  }
  return { x0, y0, x1, y1 };
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
 * Height the names need on each side of the flower at a given column width. Each name goes to the side its mark is
 * on; names near the top and bottom may cross over, so a side's excess counts against the other's room.
 */
function namesFit(
  names: readonly NameEstimate[],
  width: number,
  room: number,
  columns: 1 | 2,
  options: NormalizedLayoutOptions,
) {
  let left = 0;
  let right = 0;
  const lineHeight = textHeight(1, options.font);
  // Even on one line each, too many names for the columns: no need to wrap them.
  if (names.length * (lineHeight + options.targetGap) > columns * room) return false;
  for (const name of names) {
    const fitting = name.wraps().find((wrap) => wrap.width <= width);
    if (!fitting) return false;
    const height = fitting.lines.length * lineHeight + options.targetGap;
    if (Math.sin(name.angle) >= 0) right += height;
    else left += height;
  }
  if (columns === 1) return left + right <= room;
  return left + right <= 2 * room && Math.max(left, right) <= 1.35 * room;
}

/**
 * Fits the flower into the drawing, in closed form from its extent at radius 1: with `columns` of names (both sides,
 * or one on the right of a zoomed petal pointing right)
 * when they fit (the narrowest columns that hold every name, so the flower stays as large as it can), else alone.
 */
export function fitFrame(
  spans: readonly AngleSpan[],
  names: readonly NameEstimate[],
  options: NormalizedLayoutOptions,
  columns: 1 | 2 = 2,
): Frame {
  const { width, height, padding } = options;
  const label = heartLabel(options);
  const labelRadius = Math.hypot(label.box.width, label.box.height) / 2 + 4;
  const unit = unitBounds(spans, HEART_SHARE);
  const unitWidth = unit.x1 - unit.x0;
  const unitHeight = unit.y1 - unit.y0;
  const roomHeight = height - 2 * padding;
  const alone = Math.min((width - 2 * padding) / unitWidth, roomHeight / unitHeight);
  let radius = Math.max(8, alone);
  let columnWidth: number | null = null;
  const spacing = 2 * options.targetRadius + options.targetGap;
  const roomy = (spans.length === 1 ? ZOOM_CAPACITY_FACTOR : CAPACITY_FACTOR) * spacing * Math.sqrt(names.length);
  if (names.length > 0) {
    // The widest columns that leave the flower comfortably large, else the narrowest that hold every name.
    const fitting = COLUMN_WIDTHS.map((column) => ({
      column,
      radius: Math.min((width - 2 * padding - columns * (LABEL_GUTTER + column)) / unitWidth, roomHeight / unitHeight),
    })).filter(
      (candidate) =>
        candidate.radius >= Math.max(MIN_NAMED_RADIUS, 0.4 * alone, roomy) &&
        namesFit(names, candidate.column, roomHeight, columns, options),
    );
    const chosen = fitting.find((candidate) => candidate.radius >= COMFORTABLE_SHARE * alone) ?? fitting.at(-1);
    if (chosen) {
      radius = chosen.radius;
      columnWidth = chosen.column;
    }
  }
  // The heart holds the badge of items no region has room for: it is a target too, 24 px at least.
  // A zoomed petal keeps a small heart: the petal is what the reader came for.
  const share = spans.length === 1 ? ZOOM_HEART_SHARE : HEART_SHARE;
  const heartRadius = Math.max(
    options.targetRadius + 2,
    Math.min(MAX_HEART_SHARE * radius, Math.max(share * radius, labelRadius)),
  );
  // Centre the flower's extent in the drawing (its heart is not its middle: petals point different ways).
  // The heart may be larger than its share (its label, its badge): it stays inside the drawing too.
  const inside = (value: number, size: number) =>
    Math.min(size - padding - heartRadius, Math.max(padding + heartRadius, value));
  // One column: the flower and its column, together, centred.
  const oneColumn = columns === 1 && columnWidth !== null ? LABEL_GUTTER + columnWidth : 0;
  const cx = inside((width - oneColumn) / 2 - ((unit.x0 + unit.x1) / 2) * radius, width);
  const cy = inside(height / 2 - ((unit.y0 + unit.y1) / 2) * radius, height);
  return {
    cx,
    cy,
    radius,
    heartRadius,
    waistRadius: heartRadius + WAIST_SHARE * (radius - heartRadius),
    heartLabel: label,
    columnWidth,
    columns,
  };
}
