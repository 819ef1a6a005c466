import type { Catalogue } from 'fleur-pleine-sante-catalogue';
import {
  indexCatalogue,
  layoutPage,
  messagesFor,
  type PageLayout,
  pageTexts,
  renderPage,
  type StaticColors,
  type StaticFont,
  staticSvgDocument,
  textContext,
  type ThemeName,
} from 'fleur-pleine-sante/static.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { Resvg } from '@resvg/resvg-js';
import { embeddedKitFont } from '../fonts/embedded-font.js';
import { type KitFont, kitFont, kitMeasurer } from '../fonts/kit-font.js';

/**
 * How an SVG carries its text: `embed` (default) a subset of the kit's font inside the file, `outline` every glyph
 * drawn as a path (no text left: for tools that ignore embedded fonts), `system` the font named only (smallest; the
 * reader's machine supplies it).
 */
export const TEXT_MODES = ['embed', 'outline', 'system'] as const;
export type TextMode = (typeof TEXT_MODES)[number];

export interface PageRenderOptions {
  readonly width: number;
  readonly height: number;
  readonly lang: string;
  readonly petal?: string | undefined;
  readonly theme: ThemeName;
}

/** A page laid out and drawn: its layout and its markup (an `<svg>`, not yet a standalone document). */
export interface RenderedPage {
  readonly page: PageLayout;
  readonly markup: string;
}

/**
 * The page (title, named flower, legend, source line) with the same layout and Lit templates as the element, laid
 * out with the metrics of the kit's font (the font every output of the CLI carries or names first) and rendered
 * on the server with @lit-labs/ssr.
 */
export function renderStaticPage(catalogue: Catalogue, options: PageRenderOptions, font = kitFont()): RenderedPage {
  const messages = messagesFor(options.lang);
  const context = textContext(catalogue, indexCatalogue(catalogue), options.lang, messages);
  const page = layoutPage(catalogue, pageTexts(context), {
    width: options.width,
    height: options.height,
    locale: options.lang,
    petal: options.petal ?? null,
    heartLabel: messages.heart,
    measureText: kitMeasurer(font),
  });
  return { page, markup: collectResultSync(render(renderPage({ page, ...context }))) };
}

/** The text a page shows (its elements' text, without markup): what an embedded subset must hold. */
export function visibleText(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** The rasteriser with the kit's font and no other: the same picture on every machine. */
export function kitResvg(svg: string, fitWidth: number | undefined, font: KitFont = kitFont()): Resvg {
  return new Resvg(svg, {
    ...(fitWidth === undefined ? {} : { fitTo: { mode: 'width', value: fitWidth } as const }),
    font: { loadSystemFonts: false, fontFiles: [font.normal.path, font.bold.path], defaultFontFamily: 'DejaVu Sans' },
  });
}

/** The rasteriser with the machine's fonts (`--text system`), DejaVu Sans first when it has it. */
export function systemResvg(svg: string, fitWidth: number): Resvg {
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: fitWidth },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
}

/** A standalone SVG document of `rendered` carrying its text as `mode` says. */
export async function pageSvgDocument(
  catalogue: Catalogue,
  rendered: RenderedPage,
  theme: ThemeName,
  mode: TextMode,
  font: KitFont = kitFont(),
  styles: StaticColors = {},
): Promise<string> {
  const embedded: StaticFont | undefined =
    mode === 'embed' ? await embeddedKitFont(visibleText(rendered.markup), font) : undefined;
  const svg = staticSvgDocument(rendered.markup, catalogue, theme, styles, embedded);
  if (mode !== 'outline') return svg;
  // resvg shapes every text with the kit's font and writes the result with glyphs as paths.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${kitResvg(svg, undefined, font).toString()}\n`;
}
