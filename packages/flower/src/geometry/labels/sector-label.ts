import { type Box, boxCorners } from '../boxes.js';
import type { TextLabel } from '../flower-layout.js';
import { type PetalShape, petalContains } from '../petal-shape.js';
import { angleOf, type Point, pointDistance, pointRadial, round, unwrapAngle } from '../polar.js';
import type { AngleSpan } from '../sectors/shares.js';
import { balanceLines, type Font, LINE_HEIGHT, linesWidth, textHeight, truncateText } from '../text-metrics.js';

/** How the lines of a label align, as SVG `text-anchor`. */
export const TEXT_ANCHORS = ['start', 'middle', 'end'] as const;
export type TextAnchor = (typeof TEXT_ANCHORS)[number];

/** A label being placed, in coordinates relative to the flower's centre. */
export interface LabelDraft {
  /** The full text, even when `lines` show it truncated. */
  text: string;
  lines: string[];
  font: Font;
  box: Box;
  textAnchor: TextAnchor;
  truncated: boolean;
}

/** Candidate positions along a sector's middle radius are this far apart (pixels). */
const RADIAL_STEP = 4;

/** Labels wrap to at most this many lines. */
export const MAX_LABEL_LINES = 3;

/** The distinct balanced wrappings of `text` on 1 to `maxLines` lines. */
export function wrapVariants(text: string, font: Font, maxLines = MAX_LABEL_LINES): string[][] {
  const variants: string[][] = [];
  for (let k = 1; k <= maxLines; k++) {
    const lines = balanceLines(text, k, font);
    if (lines.length === k) variants.push(lines);
  }
  return variants;
}

/** A label of `lines` whose box is centred on `center` and turned by `angle`. */
export function labelAt(
  text: string,
  lines: string[],
  font: Font,
  center: Point,
  angle: number,
  textAnchor: TextAnchor,
  truncated = false,
): LabelDraft {
  const box = {
    cx: center.x,
    cy: center.y,
    width: linesWidth(lines, font),
    height: textHeight(lines.length, font),
    angle,
  };
  return { text, lines, font, box, textAnchor, truncated };
}

/** Points along the outline of `box`, about every `step` pixels, corners included. */
export function boxSamples(box: Box, step = 5): Point[] {
  const corners = boxCorners(box);
  const points: Point[] = [];
  corners.forEach((a, i) => {
    const b = corners[(i + 1) % 4] ?? a;
    const n = Math.max(1, Math.ceil(pointDistance(a, b) / step));
    for (let j = 0; j < n; j++) points.push({ x: a.x + ((b.x - a.x) * j) / n, y: a.y + ((b.y - a.y) * j) / n });
  });
  return points;
}

/**
 * Whether `box` lies inside the part of `shape` between the angles of `span`, at least `margin` pixels from its
 * edges (approximately: radially from the petal's edges, perpendicularly from the span's radial sides); a negative
 * `margin` lets it pass them by that much.
 */
export function boxInSector(box: Box, shape: PetalShape, span: AngleSpan, margin: number): boolean {
  // Corners first: most candidate positions fail there, before the sides are sampled.
  return (
    pointsInSector(boxCorners(box), shape, span, margin) && pointsInSector(boxSamples(box, 8), shape, span, margin)
  );
}

function pointsInSector(points: readonly Point[], shape: PetalShape, span: AngleSpan, margin: number): boolean {
  for (const p of points) {
    const radius = Math.hypot(p.x, p.y);
    if (radius < 1) return false;
    const angle = unwrapAngle(angleOf(p.x, p.y), span.startAngle);
    const side = Math.asin(Math.max(-1, Math.min(1, margin / radius)));
    if (angle < span.startAngle + side || angle > span.endAngle - side) return false;
    // A negative margin lets the box reach that far past the outline (a petal's name that fits no other way).
    if (!petalContains(shape, angle, radius + margin)) return false;
    if (margin > 0 && !petalContains(shape, angle, radius - margin)) return false;
  }
  return true;
}

/** Options for {@link sectorLabel}. */
export interface SectorLabelOptions {
  /** The label's box must stay outside this radius. */
  minRadius: number;
  /** The label's box must stay inside this radius (default: the petal's edge). */
  maxRadius?: number;
  /** Empty space kept between the label and the sector's edges or anything already placed. */
  margin: number;
  /** Whether a box would cover something already placed. */
  blocked: (box: Box) => boolean;
  /** Set the label as near the petal's edge as it fits (`outer`, default) or as near the heart (`inner`). */
  prefer?: 'outer' | 'inner';
  /** Allow the label to turn along the sector's radius when it does not fit horizontally. */
  allowRadial?: boolean;
}

interface Orientation {
  radial: boolean;
  lines: string[];
  truncated: boolean;
}

interface Placed {
  label: LabelDraft;
  score: number;
}

/** Where and how a sector's label is being sought (see {@link sectorLabel}). */
interface Search {
  text: string;
  font: Font;
  shape: PetalShape;
  span: AngleSpan;
  options: SectorLabelOptions;
  /** The sector's middle angle, its sine and cosine. */
  mid: number;
  sin: number;
  cos: number;
  /** How far out the label may reach. */
  outer: number;
  /** Search from the outer edge inwards (else from the heart outwards). */
  inward: boolean;
}

/**
 * The first place along the sector's middle radius where `candidate` fits, from the preferred end, with a score
 * (nearer the preferred end, horizontal, fewer lines: higher); `null` when it fits nowhere.
 */
/** How a candidate lies: its extent along the radius, and the angle and anchor that keep it upright. */
function orientation(candidate: Orientation, at: Search): { extent: number; angle: number; anchor: TextAnchor } {
  const width = linesWidth(candidate.lines, at.font);
  if (!candidate.radial) {
    const height = textHeight(candidate.lines.length, at.font);
    return { extent: Math.abs(at.sin) * width + Math.abs(at.cos) * height, angle: 0, anchor: 'middle' };
  }
  // Along the radius: reading outwards on the right, inwards on the left, never upside down.
  const right = at.sin >= 0;
  return { extent: width, angle: at.mid + (right ? -Math.PI / 2 : Math.PI / 2), anchor: right ? 'end' : 'start' };
}

function placeAlongRadius(candidate: Orientation, at: Search): Placed | null {
  const { font, mid, outer, inward, options } = at;
  const { extent, angle, anchor } = orientation(candidate, at);
  const first = inward ? outer - extent / 2 : options.minRadius + extent / 2;
  const step = inward ? -RADIAL_STEP : RADIAL_STEP;
  const steps = Math.floor((outer - options.minRadius - extent) / RADIAL_STEP);
  for (let k = 0; k <= steps; k++) {
    const center = pointRadial(mid, first + step * k);
    const label = labelAt(at.text, candidate.lines, font, center, angle, anchor, candidate.truncated);
    if (!boxInSector(label.box, at.shape, at.span, options.margin) || options.blocked(label.box)) continue;
    const depth = Math.hypot(label.box.cx, label.box.cy) - extent / 2;
    const penalty = (candidate.radial ? 24 : 0) + 4 * (candidate.lines.length - 1);
    return { label, score: (inward ? depth : -depth) - penalty };
  }
  return null;
}

/**
 * A label inside the sector `span` of `shape`, as close to the outer edge as it fits: horizontal if possible (wrapped
 * to 1–3 lines), else turned along the sector's middle radius (text reading outwards on the right, inwards on the
 * left, so it is never upside down), else truncated with an ellipsis; `null` when not even that fits.
 */
export function sectorLabel(
  text: string,
  font: Font,
  shape: PetalShape,
  span: AngleSpan,
  options: SectorLabelOptions,
): LabelDraft | null {
  const mid = (span.startAngle + span.endAngle) / 2;
  const sin = Math.sin(mid);
  const cos = Math.cos(mid);
  const outer = Math.min(options.maxRadius ?? Number.POSITIVE_INFINITY, shape.outer(mid)) - options.margin;
  const inward = options.prefer !== 'inner';
  const candidates: Orientation[] = wrapVariants(text, font).map((lines) => ({
    radial: false,
    lines,
    truncated: false,
  }));
  if (options.allowRadial !== false) {
    for (const lines of wrapVariants(text, font, 2)) candidates.push({ radial: true, lines, truncated: false });
  }
  const at = { text, font, shape, span, options, mid, sin, cos, outer, inward };
  return bestOf(candidates, at) ?? truncatedLabel(at);
}

/** The best-scoring place of any candidate, or `null` when none fits. */
function bestOf(candidates: readonly Orientation[], at: Search): LabelDraft | null {
  let best: Placed | null = null;
  for (const candidate of candidates) {
    const placed = placeAlongRadius(candidate, at);
    if (placed && (!best || placed.score > best.score + 1e-9)) best = placed;
  }
  return best?.label ?? null;
}

/** The last resort: one line along the radius, cut with an ellipsis, as long as it fits. */
function truncatedLabel(at: Search): LabelDraft | null {
  const room = at.outer - at.options.minRadius;
  for (const share of [1, 0.85, 0.7, 0.55, 0.4]) {
    const line = truncateText(at.text, room * share, at.font);
    if (Array.from(line).length < 6) break; // fewer than 5 letters and an ellipsis tell the reader nothing
    const placed = placeAlongRadius({ radial: true, lines: [line], truncated: true }, at);
    if (placed) return placed.label;
  }
  return null;
}

/** `draft` in drawing coordinates (the flower's centre at `cx`, `cy`), rounded, as the renderer receives it. */
export function toTextLabel(draft: LabelDraft, cx: number, cy: number): TextLabel {
  const { box, font } = draft;
  const left = cx + box.cx - box.width / 2;
  const top = cy + box.cy - box.height / 2;
  const x = draft.textAnchor === 'start' ? left : draft.textAnchor === 'end' ? left + box.width : left + box.width / 2;
  const lineHeight = font.size * LINE_HEIGHT;
  return {
    text: draft.text,
    lines: draft.lines.map((text, i) => ({ text, x: round(x), y: round(top + (i + 0.5) * lineHeight) })),
    textAnchor: draft.textAnchor,
    fontSize: font.size,
    fontWeight: font.weight,
    box: { x: round(left), y: round(top), width: round(box.width), height: round(box.height) },
    rotate: round((box.angle * 180) / Math.PI, 2),
    truncated: draft.truncated,
  };
}
