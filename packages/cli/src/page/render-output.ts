import type { Catalogue } from 'fleur-pleine-sante-catalogue';
import {
  indexCatalogue,
  messagesFor,
  PAGE_PRESET_DECLARATIONS,
  type PagePreset,
  POINTS_PER_PIXEL,
  type StaticColors,
  staticSvgDocument,
  textContext,
  type ThemeName,
} from 'fleur-pleine-sante/static.js';
import { kitFont } from '../fonts/kit-font.js';
import { itemTable } from '../pdf/item-table-data.js';
import { pagePdf } from '../pdf/page-pdf.js';
import { kitResvg, pageSvgDocument, renderStaticPage, systemResvg, type TextMode } from './render-page.js';

/** The files `fleur render` writes, by the extension of `--out`. */
export const OUTPUT_FORMATS = ['svg', 'png', 'pdf'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Everything `fleur render` draws with, once the command line is checked. */
export interface RenderSettings {
  readonly format: OutputFormat;
  /** The page's size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** The named page it is, if any (A4 documents get the table of items on their following pages). */
  readonly preset: PagePreset | null;
  readonly lang: string;
  readonly petal?: string | undefined;
  readonly theme: ThemeName;
  readonly text: TextMode;
  /** PNG pixels per page pixel. */
  readonly scale: number;
  /** Colours and font family from a `--css` file, already checked. */
  readonly styles?: StaticColors;
}

/**
 * The page drawn in `settings.format`: an SVG carrying its text as `settings.text` says; a PNG rasterised with the
 * kit's font alone (with `--text system`, the machine's fonts too); a vector PDF with the kit's font embedded, and
 * the table of items after an A4 page.
 */
export async function renderOutput(catalogue: Catalogue, settings: RenderSettings): Promise<string | Uint8Array> {
  const font = kitFont();
  const rendered = renderStaticPage(catalogue, settings, font);
  if (settings.format === 'pdf') return pdfOutput(catalogue, settings, rendered.markup);
  // A PNG's rasteriser is handed the font itself: its SVG only names it.
  const svg = await pageSvgDocument(
    catalogue,
    rendered,
    settings.theme,
    settings.format === 'png' ? 'system' : settings.text,
    font,
    settings.styles,
  );
  if (settings.format === 'svg') return svg;
  const fitWidth = Math.round(settings.width * settings.scale);
  return (settings.text === 'system' ? systemResvg(svg, fitWidth) : kitResvg(svg, fitWidth, font)).render().asPng();
}

function pdfOutput(catalogue: Catalogue, settings: RenderSettings, markup: string): Promise<Uint8Array> {
  const context = textContext(catalogue, indexCatalogue(catalogue), settings.lang, messagesFor(settings.lang));
  const preset = settings.preset ? PAGE_PRESET_DECLARATIONS[settings.preset] : null;
  // The PDF names its font and PDFKit embeds it: each text is set in the registered kit font.
  return pagePdf(staticSvgDocument(markup, catalogue, settings.theme, settings.styles), {
    points: preset?.points ?? [settings.width * POINTS_PER_PIXEL, settings.height * POINTS_PER_PIXEL],
    title: context.text(catalogue.title),
    lang: settings.lang,
    table: preset?.tablePages ? itemTable(context) : undefined,
  });
}
