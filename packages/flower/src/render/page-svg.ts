import { html, nothing, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import type { TextLabel } from '../geometry/flower-layout.js';
import type { PageLayout, PageLegendEntry } from '../page/page-layout.js';
import { type FlowerSvgView, renderFlower } from './flower-svg.js';
import { markSymbolPath } from './mark-symbol.js';
import { petalColorClass } from './petal-colors.js';

/** What a page shows: its layout, and what its flower shows (as on screen, without the interactive state). */
export interface PageSvgView extends Omit<FlowerSvgView, 'layout'> {
  readonly page: PageLayout;
}

function pageText(label: TextLabel | null, className: string): SVGTemplateResult | typeof nothing {
  if (!label) return nothing;
  const last = label.lines.length - 1;
  // A space ends every line but the last, so the text read in order (copied, searched in a PDF) is the whole text.
  return svg`<text class=${className} font-size=${label.fontSize}>${label.lines.map(
    (line, i) =>
      svg`<tspan x=${line.x} y=${line.y} dominant-baseline="central">${line.text}${i < last ? ' ' : ''}</tspan>`,
  )}</text>`;
}

function legendSymbol(entry: PageLegendEntry): SVGTemplateResult {
  const { symbol, x, y, r } = entry;
  if (symbol.type === 'petal')
    return svg`<rect class=${`page-legend__swatch ${petalColorClass(symbol.colorIndex)}`} x=${x - r} y=${y - r}
      width=${2 * r} height=${2 * r} rx="2"></rect>`;
  const hollow = symbol.type === 'crossing';
  return svg`<path class=${hollow ? 'page-legend__shape page-legend__shape--hollow' : 'page-legend__shape'}
    transform=${`translate(${x} ${y})`} d=${markSymbolPath(symbol.type === 'kind' ? symbol.kindIndex : 0, r)}></path>`;
}

/**
 * A page of the kit as one SVG: the title, the named flower (the same template as on screen, in its own frame),
 * the legend and the source line. The CLI renders it through SSR, the element's `toSVG()` and print through Lit;
 * `staticSvgDocument` makes it a standalone file.
 */
export function renderPage(view: PageSvgView): TemplateResult {
  const { page } = view;
  const { x, y, layout } = page.drawing;
  return html`<svg class="fleur-page" xmlns="http://www.w3.org/2000/svg" viewBox=${`0 0 ${page.width} ${page.height}`}
      width=${page.width} height=${page.height} role="group" aria-label=${page.title?.text ?? nothing}>
    ${pageText(page.title, 'page__title')}
    <g class="page__drawing" transform=${`translate(${x} ${y})`}>${renderFlower({ ...view, layout })}</g>
    <g class="page-legend" aria-hidden="true">
      ${page.legend.map((entry) => svg`<g class="page-legend__entry">${legendSymbol(entry)}${pageText(entry.label, 'page-legend__text')}</g>`)}
    </g>
    ${pageText(page.source, 'page__source')}
  </svg>`;
}

/** The page's own styles (the flower's are `FLOWER_SVG_CSS`), in the same private tokens. */
export const PAGE_SVG_CSS = `
.page__title {
  fill: var(--_text);
  font-weight: 700;
}

.page-legend__text {
  fill: var(--_text);
}

.page__source {
  fill: var(--_muted);
}

.page-legend__swatch {
  fill: var(--petal-color);
  fill-opacity: 0.45;
  stroke: var(--petal-color);
  stroke-width: 2;
}

.page-legend__shape {
  fill: var(--_muted);
  stroke: var(--_bg);
  stroke-width: 1;
}

.page-legend__shape--hollow {
  fill: var(--_bg);
  stroke: var(--_muted);
  stroke-width: 2.5;
}
`;
