import type { LabelSide } from './labels/ring-names.js';
import type { TextAnchor } from './labels/sector-label.js';
import type { HiddenReason } from './model/flower-model.js';
import type { Point } from './polar.js';
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
  /** Index in the catalogue's petals (the renderer's colour index). */
  index: number;
  /** The petal's angular span (radial convention: radians, 0 at 12 o'clock, clockwise; may end past 2π). */
  startAngle: number;
  endAngle: number;
  midAngle: number;
  /** The petal's outline: narrow at the heart, widest at its waist, rounded at the tip. */
  path: string;
  /** Inside the petal near its tip; `null` if it cannot fit at all. */
  label: TextLabel | null;
  name: string;
  factors: FactorLayout[];
}

/**
 * One item drawn on its own. Its target — the circle of radius `hitRadius` around (x, y) — never overlaps another
 * target or any label.
 */
export interface MarkLayout {
  itemId: string;
  x: number;
  y: number;
  /** Radius of the drawn shape. */
  r: number;
  /** Radius of the invisible hit circle (≥ 12: a 24 × 24 px target at least). */
  hitRadius: number;
  /** The drawn petal it is read in (its keyboard group and colour): its first drawn petal. */
  ownerPetalId: string;
  /** Index in the catalogue's petals of `ownerPetalId` (the renderer's colour index). */
  colorIndex: number;
  /** Petals of the item's factors, in petal order; two or more for a crossing item. */
  petalIds: string[];
  /** The item's factors (those the catalogue knows), in catalogue order. */
  factorIds: string[];
  /** The factor whose sector holds the mark, or `null` for a crossing item placed between petals. */
  factorId: string | null;
  /** Index of the item's kind in `catalogue.kinds` (−1 if unknown): lets the renderer draw one shape per kind. */
  kindIndex: number;
  /** The item acts on several petals and sits between them, inside the flower. */
  crossing: boolean;
  /** Its number when its name is in the numbered key; `null` when it is named beside the mark. */
  number: number | null;
}

/** Where a badge's items come from. */
export const BADGE_KINDS = ['factor', 'crossing', 'overflow'] as const;
export type BadgeKind = (typeof BADGE_KINDS)[number];

/** Items collapsed into one count because they do not fit as marks at this size. */
export interface BadgeLayout {
  /** Stable key, e.g. `factor:sleep`, `gap:0`, `overflow` (the heart's). */
  id: string;
  kind: BadgeKind;
  /** The factor whose items it holds (`kind: 'factor'`), else `null`. */
  factorId: string | null;
  /** The petal it sits in (`factor`), else `null`. */
  petalId: string | null;
  /** All petals its items act on, in petal order. */
  petalIds: string[];
  /** The drawn petal it is read in (keyboard group and colour). */
  ownerPetalId: string;
  colorIndex: number;
  x: number;
  y: number;
  r: number;
  hitRadius: number;
  count: number;
  /** Its items, in catalogue order: the list it opens. */
  itemIds: string[];
}

/** An item's name on the drawing: a label beside the flower with a leader line to its mark. */
export interface ItemLabelLayout extends TextLabel {
  itemId: string;
  /** Where it is set: in a column left or right of the flower, or in a row under or over it. */
  side: LabelSide;
  /** The leader, from the mark's edge to the label, as a polyline in drawing coordinates. */
  leader: Point[];
}

/** The number on a mark whose name is in the key: drawn centred on the mark, in bold. */
export interface ItemNumberLayout {
  itemId: string;
  number: number;
  x: number;
  y: number;
  fontSize: number;
}

/** One entry of the numbered key: the number, right-aligned, then the name. */
export interface KeyEntryLayout {
  itemId: string;
  number: number;
  /** The number, anchored at its end. */
  numberLabel: TextLabel;
  /** The name (its `text` is the whole name; `lines` may be shortened). */
  label: TextLabel;
  /** The entry's box, number and name: its target for the pointer. */
  box: { x: number; y: number; width: number; height: number };
}

/** The numbered key: the names of the marks that carry a number, in their numbers' order. */
export interface NameKeyLayout {
  /** Where the key is, in drawing coordinates. */
  box: { x: number; y: number; width: number; height: number };
  entries: KeyEntryLayout[];
}

/** An item of the catalogue that is not drawn, and why. */
export interface HiddenItem {
  itemId: string;
  reason: HiddenReason;
}

/**
 * The whole flower. Every item of the catalogue appears exactly once: in `marks`, in one badge's `itemIds`, or in
 * `hidden`; every mark is named exactly once, in `labels` or in the key's `entries` (its number in `numbers`).
 * `marks` are in reading order around the flower, petal by petal (by angle from where the first petal starts, then
 * from the heart outwards): the order keyboard navigation and numbers follow.
 */
export interface FlowerLayout {
  /** The drawing's width and height: exactly those asked for. */
  width: number;
  height: number;
  /** Centre of the heart. */
  cx: number;
  cy: number;
  /** Radius of the petal tips. */
  radius: number;
  /** The zoomed petal's id, or `null` for the whole flower. */
  zoomedPetal: string | null;
  /** Mark radius used (larger when zoomed). */
  markRadius: number;
  /** Radius of every target's hit circle. */
  targetRadius: number;
  /** Font size of factor and item labels and badge counts. */
  fontSize: number;
  /** The heart; its label is `null` when it holds the badge of items no region had room for. */
  heart: { r: number; label: TextLabel | null };
  /** The flower's extent (petals and heart), in drawing coordinates. */
  flowerBox: { x: number; y: number; width: number; height: number };
  petals: PetalLayout[];
  marks: MarkLayout[];
  badges: BadgeLayout[];
  /** Names set beside their marks, in the marks' reading order. */
  labels: ItemLabelLayout[];
  /** Numbers on the marks whose names are in the key, in reading order (1, 2, 3…). */
  numbers: ItemNumberLayout[];
  /** The numbered key; `null` when every mark is named beside it (or there is none). */
  key: NameKeyLayout | null;
  hidden: HiddenItem[];
}
