import type { HiddenReason } from './flower-model.js';
import type { TextAnchor } from './labels.js';
import type { FontWeight } from './text-metrics.js';

/*
 * The result of `layoutFlower`: plain, JSON-serialisable data in drawing coordinates (pixels, origin top-left, y down).
 * Positions are rounded to 2 decimals, angles to 4; paths are SVG path data strings. The renderer only maps this to
 * SVG — it never measures or places anything itself.
 */

/** One line of a label. `x` is where `text-anchor` applies; `y` is the line's vertical centre (`dominant-baseline: central`). */
export interface TextLine {
  text: string;
  x: number;
  y: number;
}

/**
 * A piece of text the layout placed. Draw each line at (x, y) with the label's `textAnchor`, `fontSize` and
 * `fontWeight` and `dominant-baseline="central"`; when `rotate` is not 0, wrap the lines in
 * `transform="rotate(rotate, box.x + box.width / 2, box.y + box.height / 2)"`.
 */
export interface TextLabel {
  /** The full text; equals the lines joined unless `truncated`. Use it for titles and accessible names. */
  text: string;
  lines: TextLine[];
  textAnchor: TextAnchor;
  fontSize: number;
  fontWeight: FontWeight;
  /** The label's box before rotation: top-left corner and size. Nothing else is drawn inside it. */
  box: { x: number; y: number; width: number; height: number };
  /** Rotation in degrees, clockwise, about the box's centre; 0 for horizontal labels. */
  rotate: number;
  /** The text did not fit and its lines end with an ellipsis. */
  truncated: boolean;
}

/** A factor's sector inside its petal. */
export interface FactorLayout {
  id: string;
  /** Index within its petal. */
  index: number;
  petalId: string;
  startAngle: number;
  endAngle: number;
  midAngle: number;
  /** The sector, clipped to the petal's outline. */
  path: string;
  /** `null` when no readable label fits (tiny drawings): show the name in a tooltip or legend instead. */
  label: TextLabel | null;
  /** The localised factor name, whether or not a label was placed. */
  name: string;
}

/** A petal: one family of health factors. */
export interface PetalLayout {
  id: string;
  /** Index in the catalogue's petals. */
  index: number;
  /** The catalogue colour, or an entry of the default palette. */
  color: string;
  /** The petal's angular span (radial convention: radians, 0 at 12 o'clock, clockwise; may end past 2π). */
  startAngle: number;
  endAngle: number;
  midAngle: number;
  /** The petal's outline: narrow at the heart, widest at its waist, rounded at the tip. */
  path: string;
  /** Outside the tip, or inside the petal near its tip on small drawings; `null` if it cannot fit at all. */
  label: TextLabel | null;
  name: string;
  factors: FactorLayout[];
}

/** One item drawn on its own. Marks do not overlap each other, badges or labels (a gap of `markGap` at least). */
export interface MarkLayout {
  itemId: string;
  x: number;
  y: number;
  r: number;
  /** Petals of the item's factors, in petal order; two or more for a crossing item. */
  petalIds: string[];
  /** The item's factors (those the catalogue knows), in catalogue order. */
  factorIds: string[];
  /** The factor whose sector holds the mark, or `null` for a crossing item placed between petals. */
  factorId: string | null;
  /** Index of the item's kind in `catalogue.kinds` (−1 if unknown): lets the renderer draw one shape per kind. */
  kindIndex: number;
  /** The item acts on several petals and sits between them, near the heart. */
  crossing: boolean;
}

/** Where a badge's items come from. */
export const BADGE_KINDS = ['factor', 'crossing', 'petal', 'overflow'] as const;
export type BadgeKind = (typeof BADGE_KINDS)[number];

/** Items collapsed into one count because they do not fit as marks at this size. */
export interface BadgeLayout {
  /** Stable key, e.g. `factor:sleep`, `crossing:0`, `petal:social`. */
  id: string;
  kind: BadgeKind;
  /** The factor whose items it holds (`kind: 'factor'`), else `null`. */
  factorId: string | null;
  /** The petal it sits in (`factor`, `petal`), else `null`. */
  petalId: string | null;
  /** All petals its items act on, in petal order. */
  petalIds: string[];
  x: number;
  y: number;
  r: number;
  count: number;
  itemIds: string[];
}

/** The gap between two neighbouring petals and the crossing items placed in it (as marks or in a badge). */
export interface CrossingLayout {
  /** The petal before and the petal after the gap, clockwise. */
  petalIds: [string, string];
  /** Angle of the gap's middle. */
  angle: number;
  itemIds: string[];
}

/** An item of the catalogue that is not drawn, and why. */
export interface HiddenItem {
  itemId: string;
  reason: HiddenReason;
}

/**
 * The whole flower. Every item of the catalogue appears exactly once: in `marks`, in one badge's `itemIds`, or in
 * `hidden`. `marks` are in reading order around the flower (by angle from 12 o'clock, then from the heart outwards),
 * the order keyboard navigation should follow.
 */
export interface FlowerLayout {
  width: number;
  height: number;
  /** Centre of the heart. */
  cx: number;
  cy: number;
  /** Radius of the petal tips. */
  radius: number;
  /** The zoomed petal's id, or `null` for the whole flower. */
  zoomedPetal: string | null;
  /** Mark radius used (larger when zoomed). Marks at 8–10 px need an invisible hit area of at least 12 px radius. */
  markRadius: number;
  /** The minimum space kept between two marks, and between a mark and a badge or label. */
  markGap: number;
  /** Font size of factor labels and badge counts. */
  fontSize: number;
  heart: { r: number; label: TextLabel };
  petals: PetalLayout[];
  marks: MarkLayout[];
  badges: BadgeLayout[];
  crossings: CrossingLayout[];
  hidden: HiddenItem[];
}
