import type { ReadingContext } from '../../model/item-text.js';
import { html, svg, type TemplateResult } from 'lit';
import { markSymbolPath } from '../../render/mark-symbol.js';
import { petalColorClass } from '../../render/petal-colors.js';

export interface LegendView extends ReadingContext {
  readonly zoomed: string | null;
  onZoom(petal: string): void;
}

/** Each petal with its colour and item count; an entry zooms into its petal. */
export function renderLegend(view: LegendView): TemplateResult {
  const { catalogue, index, messages, text } = view;
  return html`
    <nav class="legend" part="legend" aria-label=${messages.legend}>
      <ul class="legend__list">
        ${catalogue.petals.map((petal, position) => {
          const label = text(petal.label);
          return html`<li>
            <button
              type="button"
              class="legend__entry ${petalColorClass(position)}"
              data-petal=${petal.id}
              aria-current=${view.zoomed === petal.id ? 'true' : 'false'}
              aria-label=${`${messages.zoomInto(label)} — ${messages.petalItemCount(index.petalItemCounts.get(petal.id) ?? 0)}`}
              @click=${() => view.onZoom(petal.id)}
            >
              <span class="legend__swatch" aria-hidden="true"></span>
              <span class="legend__label">${label}</span>
              <span class="legend__count" aria-hidden="true">${index.petalItemCounts.get(petal.id) ?? 0}</span>
            </button>
          </li>`;
        })}
      </ul>
      <ul class="legend__list legend__list--kinds" aria-label=${messages.kind}>
        ${catalogue.kinds.map(
          (kind, position) => html`<li class="legend__key">
            ${symbolKey(markSymbolPath(position, 7), false)}
            <span>${text(kind.label)}</span>
          </li>`,
        )}
        <li class="legend__key">${symbolKey(markSymbolPath(0, 7), true)}<span>${messages.crossingKey}</span></li>
      </ul>
    </nav>
  `;
}

/** A small sample of a mark shape (decorative: the text beside it says what it means). */
function symbolKey(path: string, hollow: boolean): TemplateResult {
  return html`<svg class="legend__symbol" viewBox="-9 -9 18 18" width="18" height="18" aria-hidden="true">
    ${svg`<path class=${hollow ? 'legend__shape legend__shape--hollow' : 'legend__shape'} d=${path}></path>`}
  </svg>`;
}
