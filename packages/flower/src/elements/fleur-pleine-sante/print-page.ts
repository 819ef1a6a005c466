import { html, nothing, type TemplateResult } from 'lit';
import type { PageLayout } from '../../page/page-layout.js';
import { PAGE_PRESET_DECLARATIONS, PRINT_PAGE_PRESET } from '../../page/page-presets.js';
import { elementPage, type PageRequest, pageTemplate } from './page-export.js';
import type { OnDemandView } from './render-on-demand.js';

/** The last page laid out for print, and what it was laid out from (a print renders several times). */
let last: { key: readonly unknown[]; page: PageLayout } | undefined;

/**
 * The page for `request`, laid out again only when what it depends on changed. The screen's layout stands for the
 * element's font: the element lays its drawing out again when its font's metrics change.
 */
function memoPage(request: PageRequest, screen: unknown): PageLayout {
  const { context } = request;
  const key = [context.catalogue, context.lang, request.petal, request.petalSize, request.measureText, screen];
  if (!last || key.some((value, i) => value !== last?.key[i])) last = { key, page: elementPage(request) };
  return last.page;
}

/**
 * On paper the element prints the kit's page — title, named flower, legend, source line — laid out at the A4
 * landscape preset's size in its own font: the page `fleur render --page a4-landscape` writes (scaled to the
 * paper by CSS). Its table follows (`printTable`).
 */
export function printPage(view: OnDemandView): TemplateResult | typeof nothing {
  if (!view.printing || view.view === 'table' || !view.layout) return nothing;
  const { width, height } = PAGE_PRESET_DECLARATIONS[PRINT_PAGE_PRESET];
  const request: PageRequest = {
    context: view.context,
    width,
    height,
    petal: view.petal ?? null,
    petalSize: view.petalSize,
    measureText: view.measureText,
    state: {
      matching: view.matching,
      selected: view.selected,
      // An offer page (no controls) spotlights its selected offer's factors, as its drawing does.
      spotlight: !view.showControls && view.selectedItem ? new Set(view.selectedItem.factors) : undefined,
    },
  };
  return html`<div class="fleur__print-page">${pageTemplate(request, memoPage(request, view.layout))}</div>`;
}
