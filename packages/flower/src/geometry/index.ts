/**
 * The flower's pure geometry: `layoutFlower(catalogue, options)` returns plain data (angles, positions, SVG path
 * strings) that the element and the CLI render. No DOM, no Lit — runs in Node.
 */
export { layoutFlower } from './layout.js';
export type {
  BadgeKind,
  BadgeLayout,
  CrossingLayout,
  FactorLayout,
  FlowerLayout,
  HiddenItem,
  MarkLayout,
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
  type NormalizedLayoutOptions,
  normalizeLayoutOptions,
} from './options.js';
export { DEFAULT_PETAL_COLORS, HIDDEN_REASONS, type HiddenReason } from './flower-model.js';
export { TEXT_ANCHORS, type TextAnchor } from './labels.js';
export { type PetalShape, type PetalShapeOptions, petalPath, petalShape, sectorPath } from './petal-shape.js';
export { type AngleSpan, petalSpans, splitByArea } from './sectors.js';
export { pointRadial, TAU } from './polar.js';
export {
  balanceLines,
  type Font,
  FONT_WEIGHTS,
  type FontWeight,
  LINE_HEIGHT,
  textWidth,
  truncateText,
} from './text-metrics.js';
export {
  checkLayout,
  LAYOUT_PROBLEM_CODES,
  labelBox,
  type LayoutProblem,
  type LayoutProblemCode,
} from './layout-check.js';
export type { Box } from './collisions.js';
