import type { Theme } from '../../attributes.js';
import type { PetalSize, TextMeasurer } from '../../geometry/index.js';
import type { ReadingContext } from '../../model/item-text.js';
import { layoutPage, type PageLayout } from '../../page/page-layout.js';
import { pageTexts } from '../../page/page-texts.js';
import type { FlowerSvgView } from '../../render/flower-svg.js';
import { renderPage } from '../../render/page-svg.js';
import { html, render, type TemplateResult } from 'lit';
import { staticSvgDocument } from '../../render/static-svg.js';
import { pageColors } from './export-image.js';
import { pageFont } from './page-font.js';

/** What the element shows that a page of it shows too: what is dimmed, selected and lit (no interactive state). */
export type PageState = Pick<FlowerSvgView, 'matching' | 'selected' | 'spotlight'>;

/** Everything the page of an element depends on, for a size. */
export interface PageRequest {
  readonly context: ReadingContext;
  readonly width: number;
  readonly height: number;
  readonly petal: string | null;
  readonly petalSize: PetalSize;
  /** The element's measurer; absent, the layout's built-in widths (as for markup taken over from a server). */
  readonly measureText: TextMeasurer | undefined;
  readonly state: PageState;
}

/** The page (title, named flower, legend, source) for `request`: the same model `fleur render` writes. */
export function elementPage(request: PageRequest): PageLayout {
  const { context } = request;
  return layoutPage(context.catalogue, pageTexts(context), {
    width: request.width,
    height: request.height,
    locale: context.lang,
    petal: request.petal,
    petalSize: request.petalSize,
    heartLabel: context.messages.heart,
    ...(request.measureText ? { measureText: request.measureText } : {}),
  });
}

/** The page as a Lit template (print draws it in the element; an export renders it into a detached node). */
export function pageTemplate(request: PageRequest, page: PageLayout): TemplateResult {
  return renderPage({ page, ...request.context, ...request.state });
}

/** `key="value"` attributes added to the root `<svg>` of a document. */
function withRootAttributes(svg: string, attributes: Readonly<Record<string, string>>): string {
  const text = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value.replace(/[&"<>]/g, (char) => `&#${char.charCodeAt(0)};`)}"`)
    .join('');
  const at = svg.indexOf('<svg') + '<svg'.length;
  return `${svg.slice(0, at)}${text}${svg.slice(at)}`;
}

/**
 * The page as a standalone SVG document, as the reader sees the element on `host` (theme, page colours, font): the
 * font the element is drawn with is inside the file when the page serves it from a same-origin `@font-face` (see
 * `pageFont`). The root `<svg>` says which: `data-font-family` names the family and `data-font` is `embedded` or
 * `named` (the reader's machine must have it).
 */
export async function pageSvgDocument(host: Element, request: PageRequest, theme: Theme): Promise<string> {
  const page = elementPage(request);
  const container = document.createElement('div');
  render(html`${pageTemplate(request, page)}`, container);
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  const { catalogue } = request.context;
  const font = await pageFont(host);
  const svg = staticSvgDocument(
    container.innerHTML,
    catalogue,
    dark ? 'dark' : 'light',
    pageColors(host, catalogue),
    font.font,
  );
  return withRootAttributes(svg, { 'data-font-family': font.family, 'data-font': font.font ? 'embedded' : 'named' });
}
