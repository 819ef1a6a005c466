import type { Catalogue } from '@fleur/catalogue';
import type { Font } from './text-metrics.js';

/** Text is never set smaller than this (WCAG-friendly minimum for a chart read on a phone). */
export const MIN_FONT_SIZE = 12;
/** Marks are never drawn smaller than this; the renderer adds an invisible hit area so the target stays ≥ 24 px. */
export const MIN_MARK_RADIUS = 8;
/** Desktop marks: a 24 px circle is a comfortable touch and pointer target on its own. */
export const DESKTOP_MARK_RADIUS = 12;
/** Marks in a zoomed petal are drawn up to this size when they fit. */
export const MAX_ZOOM_MARK_RADIUS = 18;

/** What `layoutFlower` needs besides the catalogue. Only `width` and `height` are required. */
export interface LayoutOptions {
  /** Drawing width in pixels (the SVG viewBox width). */
  width: number;
  /** Drawing height in pixels. */
  height: number;
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
  /** Mark radius in pixels; default 8–12 from the drawing size, never below {@link MIN_MARK_RADIUS}. */
  markRadius?: number;
  /** Label font size in pixels; default 12 or 13, never below {@link MIN_FONT_SIZE}. */
  fontSize?: number;
  /** Empty margin kept along the drawing's edges, in pixels; default 8. */
  padding?: number;
  /** Text in the heart of the flower; default "la pleine santé" (French) or "full health". */
  heartLabel?: string;
}

/** {@link LayoutOptions} with every default filled in and every value checked. Built once by `normalizeLayoutOptions`. */
export interface NormalizedLayoutOptions {
  width: number;
  height: number;
  locale: string;
  fallbackLocale: string;
  /** The zoomed petal's id, only if the catalogue has it. */
  petal: string | null;
  visibleItems: ReadonlySet<string> | null;
  /** Mark radius for the whole flower. */
  markRadius: number;
  /** Mark radii tried, largest first, when a petal is zoomed. */
  zoomMarkRadii: readonly number[];
  /** Empty space between two marks, and between a mark and anything else. */
  markGap: number;
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

/** Default heart text per primary language subtag. */
const HEART_LABELS: Readonly<Record<string, string>> = { fr: 'la pleine santé', en: 'full health' };

/**
 * Fills in defaults and checks every option, once, so the rest of the layout trusts its inputs. Sizes scale with the
 * drawing: phones get 12 px text and 8–10 px marks (and more count badges), desktops 13 px text and 12 px marks.
 * Throws {@link LayoutOptionsError} for a non-positive or non-finite size.
 */
export function normalizeLayoutOptions(catalogue: Catalogue, options: LayoutOptions): NormalizedLayoutOptions {
  const width = positive('width', options.width);
  const height = positive('height', options.height);
  const side = Math.min(width, height);
  const locale = options.locale && options.locale.trim() !== '' ? options.locale : catalogue.defaultLocale;
  const primary = locale.split('-')[0] ?? locale;
  const petal =
    options.petal != null && catalogue.petals.some((candidate) => candidate.id === options.petal)
      ? options.petal
      : null;
  const autoRadius = Math.min(DESKTOP_MARK_RADIUS, Math.max(MIN_MARK_RADIUS, Math.round(side / 48)));
  const markRadius = optionalNumber('markRadius', options.markRadius, autoRadius, MIN_MARK_RADIUS, 40);
  const size = optionalNumber('fontSize', options.fontSize, side >= 600 ? 13 : MIN_FONT_SIZE, MIN_FONT_SIZE, 40);
  const zoomMarkRadii = [
    ...new Set(
      [1.5, 1.25, 1].map((k) => Math.max(markRadius, Math.min(MAX_ZOOM_MARK_RADIUS, Math.round(markRadius * k)))),
    ),
  ];
  return {
    width,
    height,
    locale,
    fallbackLocale: catalogue.defaultLocale,
    petal,
    visibleItems: options.visibleItems ?? null,
    markRadius,
    zoomMarkRadii,
    markGap: Math.max(2, Math.round(markRadius / 4)),
    padding: optionalNumber('padding', options.padding, 8, 0, side / 4),
    heartLabel: options.heartLabel?.trim() || HEART_LABELS[primary] || HEART_LABELS.en || '',
    font: { size, weight: 'normal' },
    petalFont: { size: Math.round(size * 1.2), weight: 'bold' },
    heartFont: { size: size + 1, weight: 'bold' },
  };
}
