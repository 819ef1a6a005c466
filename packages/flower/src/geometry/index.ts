/**
 * The flower's pure geometry: `layoutFlower(catalogue, options)` returns plain data (angles, positions, SVG path
 * strings) that the element and the CLI render. No DOM, no Lit, no colours — runs in Node.
 */
export { layoutFlower } from './layout.js';
export { layoutName } from './labels/layout-name.js';
export type {
  BadgeKind,
  BadgeLayout,
  FactorLayout,
  FlowerLayout,
  HiddenItem,
  ItemLabelLayout,
  ItemNumberLayout,
  KeyEntryLayout,
  MarkLayout,
  NameKeyLayout,
  PetalLayout,
  TextLabel,
  TextLine,
} from './flower-layout.js';
export { BADGE_KINDS } from './flower-layout.js';
export {
  DESKTOP_MARK_RADIUS,
  type LayoutOptions,
  LayoutOptionsError,
  MIN_FONT_SIZE,
  MIN_MARK_RADIUS,
  MIN_TARGET_RADIUS,
  type NormalizedLayoutOptions,
  normalizeLayoutOptions,
  PETAL_SIZES,
  type PetalSize,
} from './options.js';
export { HIDDEN_REASONS, type HiddenReason } from './model/flower-model.js';
export { TEXT_ANCHORS, type TextAnchor } from './labels/sector-label.js';
export { LABEL_SIDES, type LabelSide } from './labels/ring-names.js';
export { dodgeLine } from './labels/dodge-line.js';
export { type PetalShape, type PetalShapeOptions, petalPath, petalShape, sectorPath } from './petal-shape.js';
export { type AngleSpan, petalSpans, splitByArea } from './sectors/shares.js';
export { pointRadial, TAU } from './polar.js';
export {
  balanceLines,
  type Font,
  FONT_WEIGHTS,
  type FontWeight,
  LINE_HEIGHT,
  breakableWords,
  estimatedWidth,
  shortenText,
  type TextMeasurer,
  textWidth,
  truncateText,
} from './text-metrics.js';
export type { Box } from './boxes.js';
export { namePreview } from './labels/name-preview.js';
