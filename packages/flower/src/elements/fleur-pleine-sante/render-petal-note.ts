import type { Factor, Petal, Reference } from 'fleur-pleine-sante-catalogue';
import { html, nothing, type TemplateResult } from 'lit';
import type { ReadingContext } from '../../model/item-text.js';

/** A petal or a factor: what it is, and the works it is drawn from. */
function renderNote(
  part: 'petal-note' | 'factor-note',
  subject: Petal | Factor,
  references: readonly Reference[],
  context: ReadingContext,
  named = false,
): TemplateResult | typeof nothing {
  const { messages, text } = context;
  if (!subject.description && references.length === 0) return nothing;
  // A factor's note names it (a petal's follows the breadcrumb, which does).
  const name = named ? html`<span class="petal-note__label"><bdi>${text(subject.label)}</bdi></span> — ` : nothing;
  return html`<div class="petal-note" part=${part} data-for=${subject.id}>
    ${subject.description ? html`<p class="petal-note__description">${name}<bdi>${text(subject.description)}</bdi></p>` : nothing}
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

/**
 * What a zoomed petal is, under the breadcrumb: its description, and the works it is drawn from (its own
 * references, else the whole model's). Nothing when the catalogue says neither.
 */
export function renderPetalNote(petal: Petal, context: ReadingContext): TemplateResult | typeof nothing {
  const references = petal.references?.length ? petal.references : (context.catalogue.references ?? []);
  return renderNote('petal-note', petal, references, context);
}

/**
 * What the one factor a reader chose (the factor select, or `factors` with one id) is: its description and its own
 * references. Nothing when the catalogue says neither: the petal's and the model's works are told with the petal.
 */
export function renderFactorNote(factor: Factor, context: ReadingContext): TemplateResult | typeof nothing {
  return renderNote('factor-note', factor, factor.references ?? [], context, true);
}
