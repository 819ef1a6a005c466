import type { Catalogue } from 'fleur-pleine-sante-catalogue';
import { drawingMessagesFor } from '../i18n/index.js';
import type { Font, TextMeasurer } from './text-metrics.js';

/** Text is never set smaller than this (WCAG-friendly minimum for a chart read on a phone). */
export const MIN_FONT_SIZE = 12;
/** Marks are never drawn smaller than this. */
export const MIN_MARK_RADIUS = 7;
/** Desktop marks. Their target (an invisible hit circle) is larger: see {@link MIN_TARGET_RADIUS}. */
export const DESKTOP_MARK_RADIUS = 9;
/** Every target (mark, badge) is a circle at least this big: 24 × 24 px, WCAG 2.5.8's minimum. */
export const MIN_TARGET_RADIUS = 12;
/** Targets in a zoomed petal, where there is room for bigger ones. */
export const ZOOM_TARGET_RADIUS = 16;
/** Empty space between two targets. */
export const TARGET_GAP = 2;

/** How petals share the turn: equally (the report's symbol), or in proportion to their items. */
export const PETAL_SIZES = ['equal', 'items'] as const;
export type PetalSize = (typeof PETAL_SIZES)[number];

/** What `layoutFlower` needs besides the catalogue. Only `width` and `height` are required. */
export interface LayoutOptions {
  /** Drawing width in pixels (the SVG viewBox width). */
  width: number;
  /** Drawing height in pixels. */
  height: number;
  /**
   * How tall the drawing may grow when the numbered key needs more room under the flower than `height` leaves (an
   * element on a phone: the page scrolls). Default: `height`, so the drawing has exactly the size asked (exports).
   */
  maxHeight?: number;
  /** Language of the labels (`fr`, `en`, `fr-CA`…); defaults to the catalogue's `defaultLocale`. */
  locale?: string;
  /**
   * Id of the zoomed petal, or `null`/absent for the whole flower. When zoomed, that petal alone fills the drawing,
   * its items are drawn larger and every item it holds is a mark whenever it fits. An unknown id means "not zoomed".
   */
  petal?: string | null;
  /**
   * Items to place. Items not in the set are left out of the layout (listed in `hidden` with reason `filtered`), so the
   * remaining ones get the room and dense factors may expand from badges into marks. Factor sectors do not move when
   * the set changes (their size depends on the whole catalogue), only the marks inside them. Omit to place all items;
   * to keep every position stable and dim non-matching items instead, omit it and dim in the renderer.
   */
  visibleItems?: ReadonlySet<string>;
  /** `equal` petals (default) or petals sized by their `items`. */
  petalSize?: PetalSize;
  /** Mark radius in pixels; default 7–9 from the drawing size (12 when zoomed), never below {@link MIN_MARK_RADIUS}. */
  markRadius?: number;
  /** Label font size in pixels; default 12 or 13, never below {@link MIN_FONT_SIZE}. */
  fontSize?: number;
  /** Empty margin kept along the drawing's edges, in pixels; default 8. */
  padding?: number;
  /** Text in the heart of the flower; default the interface's word for `locale` ("La pleine santé", "Full health"). */
  heartLabel?: string;
  /**
   * How to measure text in the font the drawing is set in (the element passes canvas `measureText` in its computed
   * font; an export, the metrics of the font it embeds). Default: DejaVu Sans widths from a built-in table.
   */
  measureText?: TextMeasurer;
}

/** {@link LayoutOptions} with every default filled in and every value checked. Built once by `normalizeLayoutOptions`. */
export interface NormalizedLayoutOptions {
  width: number;
  height: number;
  /** At least `height`. */
  maxHeight: number;
  locale: string;
  fallbackLocale: string;
  /** The zoomed petal's id, only if the catalogue has it. */
  petal: string | null;
  visibleItems: ReadonlySet<string> | null;
  petalSize: PetalSize;
  /** Radius of a drawn mark. */
  markRadius: number;
  /** Radius of every target's hit circle (marks and badges); at least {@link MIN_TARGET_RADIUS}. */
  targetRadius: number;
  /** Empty space between two targets, and between a target and a label. */
  targetGap: number;
  padding: number;
  heartLabel: string;
  /** Factor labels and badge counts. */
  font: Font;
  /** Petal labels. */
  petalFont: Font;
  /** The heart's label. */
  heartFont: Font;
}

/** Thrown for options a caller got wrong (not for catalogue data, which the catalogue package validates). */
export class LayoutOptionsError extends RangeError {
  override name = 'LayoutOptionsError';
}

function invalid(name: string, value: unknown, kind: string): LayoutOptionsError {
  return new LayoutOptionsError(`layoutFlower: option "${name}" must be a ${kind} number, got ${String(value)}`);
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw invalid(name, value, 'positive');
  return value;
}

function optionalNumber(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value)) throw invalid(name, value, 'finite');
  return Math.min(max, Math.max(min, value));
}

/**
 * The default heart text: the interface's own word for `locale` (`heart` in i18n/, the one place it is written), as
 * the element and the CLI draw it.
 */
function defaultHeartLabel(locale: string): string {
  return drawingMessagesFor(locale).heart;
}

/** Marks are larger on desktops and in a zoomed petal. */
function defaultMarkRadius(zoomed: boolean, roomy: boolean): number {
  if (roomy) return zoomed ? 12 : DESKTOP_MARK_RADIUS;
  return zoomed ? 9 : 8;
}

/** `petal` if the catalogue has a petal of that id, else `null` (an unknown id means "not zoomed"). */
function knownPetal(catalogue: Catalogue, petal: string | null | undefined): string | null {
  return petal != null && catalogue.petals.some((candidate) => candidate.id === petal) ? petal : null;
}

/**
 * Fills in defaults and checks every option, once, so the rest of the layout trusts its inputs. Sizes scale with the
 * drawing: phones get 12 px text and 8 px marks, desktops 13 px text and 9 px marks; targets are never under 24 px.
 * Throws {@link LayoutOptionsError} for a non-positive or non-finite size.
 */
export function normalizeLayoutOptions(catalogue: Catalogue, options: LayoutOptions): NormalizedLayoutOptions {
  const width = positive('width', options.width);
  const height = positive('height', options.height);
  const side = Math.min(width, height);
  const locale = options.locale?.trim() ? options.locale : catalogue.defaultLocale;
  const petal = knownPetal(catalogue, options.petal);
  const zoomed = petal !== null;
  const roomy = side >= 600;
  const autoRadius = defaultMarkRadius(zoomed, roomy);
  const markRadius = optionalNumber('markRadius', options.markRadius, autoRadius, MIN_MARK_RADIUS, 40);
  const size = optionalNumber('fontSize', options.fontSize, side >= 600 ? 13 : MIN_FONT_SIZE, MIN_FONT_SIZE, 40);
  const baseTarget = zoomed && roomy ? ZOOM_TARGET_RADIUS : MIN_TARGET_RADIUS;
  return {
    width,
    height,
    maxHeight: Math.max(height, optionalNumber('maxHeight', options.maxHeight, height, height, 100_000)),
    locale,
    fallbackLocale: catalogue.defaultLocale,
    petal,
    visibleItems: options.visibleItems ?? null,
    petalSize: options.petalSize === 'items' ? 'items' : 'equal',
    markRadius,
    targetRadius: Math.max(baseTarget, markRadius + 3),
    targetGap: TARGET_GAP,
    padding: optionalNumber('padding', options.padding, 8, 0, side / 4),
    heartLabel: options.heartLabel?.trim() || defaultHeartLabel(locale),
    font: { size, weight: 'normal', measure: options.measureText },
    // Phones keep petal names at the text size: bold is enough to set them apart, and they fit their petals.
    petalFont: { size: roomy ? Math.round(size * 1.2) : size, weight: 'bold', measure: options.measureText },
    heartFont: { size: size + 1, weight: 'bold', measure: options.measureText },
  };
}
