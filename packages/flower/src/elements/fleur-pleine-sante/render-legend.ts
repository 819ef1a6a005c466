import { type Catalogue, localized } from '@fleur/catalogue';
import { html, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/index.js';
import type { CatalogueIndex } from '../../model/lookup.js';
import { petalColorClass } from '../../render/petal-colors.js';

export interface LegendView {
  readonly catalogue: Catalogue;
  readonly index: CatalogueIndex;
  readonly lang: string;
  readonly messages: Messages;
  readonly zoomed: string | null;
  onZoom(petal: string): void;
}

/** Each petal with its colour and item count; an entry zooms into its petal. */
export function renderLegend(view: LegendView): TemplateResult {
  const { catalogue, index, lang, messages } = view;
  return html`
    <nav class="legend" part="legend" aria-label=${messages.legend}>
      <ul class="legend__list">
        ${catalogue.petals.map((petal, position) => {
          const label = localized(petal.label, lang, catalogue.defaultLocale);
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
    </nav>
  `;
}
