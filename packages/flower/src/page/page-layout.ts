import type { Catalogue } from 'fleur-pleine-sante-catalogue';
import type { FlowerLayout, TextLabel } from '../geometry/flower-layout.js';
import { layoutFlower } from '../geometry/layout.js';
import type { LayoutOptions } from '../geometry/options.js';
import {
  type Font,
  type FontWeight,
  shortenText,
  type TextMeasurer,
  textHeight,
  textWidth,
} from '../geometry/text-metrics.js';

/** What a legend entry's symbol shows: a petal's colour, a kind's mark shape, or the hollow mark of a crossing item. */
export type LegendSymbol =
  | { readonly type: 'petal'; readonly colorIndex: number }
  | { readonly type: 'kind'; readonly kindIndex: number }
  | { readonly type: 'crossing' };

/** The words of a page, in the reader's language (see `pageTexts`). */
export interface PageTexts {
  readonly title: string;
  /** The source line (« Source : … »), or `null` when the catalogue names no source. */
  readonly source: string | null;
  readonly legend: readonly { readonly text: string; readonly symbol: LegendSymbol }[];
}

/** One legend entry: its symbol, centred on (x, y), and its text after it. */
export interface PageLegendEntry {
  readonly symbol: LegendSymbol;
  readonly x: number;
  readonly y: number;
  /** Half the symbol's side. */
  readonly r: number;
  readonly label: TextLabel;
}

/**
 * A page of the kit: the catalogue's title, the named flower, its legend and the source line. One model for every
 * output — `fleur render` (SVG, PNG, PDF), the element's `toSVG()`/`toPNG()` and its print — so they show the same
 * page for the same size and language. Plain data in page coordinates (CSS pixels, origin top-left).
 */
export interface PageLayout {
  readonly width: number;
  readonly height: number;
  readonly title: TextLabel | null;
  /** The flower, laid out in its own frame whose top-left corner is (x, y) on the page. */
  readonly drawing: { readonly x: number; readonly y: number; readonly layout: FlowerLayout };
  readonly legend: readonly PageLegendEntry[];
  readonly source: TextLabel | null;
}

/** What `layoutPage` needs besides the catalogue and the words: the page's size and the flower's options. */
export type PageOptions = Omit<LayoutOptions, 'maxHeight'>;

/** Space between a legend symbol and its text, and between two entries. */
const SYMBOL_GAP = 6;
const ENTRY_GAP = 20;
/** Under this share of the page, the flower keeps the room: legend and source are left out (tiny pages). */
const MIN_DRAWING_SHARE = 0.5;

interface PageFonts {
  readonly title: Font;
  readonly body: Font;
  readonly margin: number;
}

function pageFonts(width: number, height: number, measure: TextMeasurer | undefined): PageFonts {
  const side = Math.min(width, height);
  return {
    title: { size: Math.min(26, Math.max(16, Math.round(side / 36))), weight: 'bold', measure },
    body: { size: side >= 600 ? 13 : 12, weight: 'normal', measure },
    margin: Math.min(40, Math.max(12, Math.round(side * 0.035))),
  };
}

/** A left-aligned block of text lines from (x, top), at most `maxLines` lines no wider than `maxWidth`. */
function textBlock(
  text: string,
  x: number,
  top: number,
  maxWidth: number,
  maxLines: number,
  font: Font,
): TextLabel | null {
  const { lines, truncated } = shortenText(text, maxWidth, maxLines, font);
  if (lines.length === 0) return null;
  const lineHeight = textHeight(1, font);
  return {
    text,
    lines: lines.map((line, i) => ({ text: line, x, y: round(top + lineHeight * (i + 0.5)) })),
    textAnchor: 'start',
    fontSize: font.size,
    fontWeight: font.weight as FontWeight,
    box: {
      x,
      y: top,
      width: Math.max(...lines.map((line) => textWidth(line, font))),
      height: textHeight(lines.length, font),
    },
    rotate: 0,
    truncated,
  };
}

/** Legend entries flowed in lines from (x, top), each line `rowHeight` tall; their height. */
function flowLegend(
  entries: PageTexts['legend'],
  x: number,
  top: number,
  maxWidth: number,
  font: Font,
): { entries: PageLegendEntry[]; height: number } {
  const rowHeight = Math.round(textHeight(1, font) + 6);
  const r = Math.round(font.size * 0.55);
  const placed: PageLegendEntry[] = [];
  let row = 0;
  let cursor = x;
  for (const entry of entries) {
    const room = maxWidth - 2 * r - SYMBOL_GAP;
    const width = Math.min(room, textWidth(entry.text, font)) + 2 * r + SYMBOL_GAP;
    if (cursor > x && cursor + width > x + maxWidth) {
      row++;
      cursor = x;
    }
    const y = top + row * rowHeight + rowHeight / 2;
    const label = textBlock(entry.text, cursor + 2 * r + SYMBOL_GAP, y - textHeight(1, font) / 2, room, 1, font);
    if (label) placed.push({ symbol: entry.symbol, x: round(cursor + r), y: round(y), r, label });
    cursor += width + ENTRY_GAP;
  }
  return { entries: placed, height: placed.length === 0 ? 0 : (row + 1) * rowHeight };
}

/**
 * The title block and the heights above and under the flower: the legend and source line are left out when the
 * flower would get less than half the page.
 */
function pageBlocks(texts: PageTexts, options: PageOptions, fonts: PageFonts) {
  const { width, height } = options;
  const { margin } = fonts;
  const inner = width - 2 * margin;
  const title = textBlock(texts.title, margin, margin, inner, 2, fonts.title);
  const titleBottom = title ? title.box.y + title.box.height + margin / 2 : margin;
  const sourceLines = texts.source ? shortenText(texts.source, inner, 2, fonts.body).lines.length : 0;
  const sourceHeight = textHeight(sourceLines, fonts.body) + (sourceLines > 0 ? margin / 4 : 0);
  const legendHeight = flowLegend(texts.legend, margin, 0, inner, fonts.body).height;
  const footer = margin / 2 + legendHeight + sourceHeight + margin;
  const full = height - footer - titleBottom >= height * MIN_DRAWING_SHARE;
  return { title, titleBottom, footer: full ? footer : margin, full, inner };
}

/**
 * Lays out a page: the title at the top (bold, up to two lines), the flower under it in the room left, then the
 * legend (petals with their colours and counts, kinds with their mark shapes) and the source line at the foot.
 * Pure and deterministic, like `layoutFlower`, whose options it passes on (the flower gets the page's width less
 * its margins, and exactly the height left). On a page too small for all of it, the flower keeps at least half the
 * height: the legend and source line are left out before it shrinks further.
 */
export function layoutPage(catalogue: Catalogue, texts: PageTexts, options: PageOptions): PageLayout {
  const { width, height } = options;
  const fonts = pageFonts(width, height, options.measureText);
  const { margin } = fonts;
  const blocks = pageBlocks(texts, options, fonts);
  const drawingHeight = Math.max(1, Math.floor(height - blocks.titleBottom - blocks.footer));
  const layout = layoutFlower(catalogue, { ...options, width: blocks.inner, height: drawingHeight });
  const legendTop = blocks.titleBottom + drawingHeight + margin / 2;
  const legend = blocks.full ? flowLegend(texts.legend, margin, legendTop, blocks.inner, fonts.body) : null;
  const sourceTop = legendTop + (legend?.height ?? 0) + margin / 4;
  const source =
    blocks.full && texts.source ? textBlock(texts.source, margin, sourceTop, blocks.inner, 2, fonts.body) : null;
  return {
    width,
    height,
    title: blocks.title,
    drawing: { x: margin, y: round(blocks.titleBottom), layout },
    legend: legend?.entries ?? [],
    source,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
