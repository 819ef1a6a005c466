import type { Petal } from '@fleur/catalogue';
import { html, nothing, type TemplateResult } from 'lit';
import type { ReadingContext } from '../../model/item-text.js';

/**
 * What a zoomed petal is, under the breadcrumb: its description, and the works it is drawn from (its own
 * references, else the whole model's). Nothing when the catalogue says neither.
 */
export function renderPetalNote(petal: Petal, context: ReadingContext): TemplateResult | typeof nothing {
  const { catalogue, messages, text } = context;
  const references = petal.references?.length ? petal.references : (catalogue.references ?? []);
  if (!petal.description && references.length === 0) return nothing;
  return html`<div class="petal-note" part="petal-note">
    ${petal.description ? html`<p class="petal-note__description"><bdi>${text(petal.description)}</bdi></p>` : nothing}
    ${
      references.length
        ? html`<p class="petal-note__references">
          <span class="petal-note__label">${messages.basedOn}</span>
          ${references.map((reference, i) => html`${i > 0 ? ' · ' : ''}<bdi>${text(reference.label)}</bdi>`)}
        </p>`
        : nothing
    }
  </div>`;
}
