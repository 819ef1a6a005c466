import {
  hasCredentials,
  type Item,
  isSafeLink,
  type LocalizedText,
  linkHost,
  linkScheme,
  displayText,
} from 'fleur-pleine-sante-catalogue';
import type { ReadingContext } from '../../model/item-text.js';
import { html, nothing, type TemplateResult } from 'lit';

export interface DetailsView extends ReadingContext {
  readonly item: Item;
  readonly headingId: string;
  onClose(): void;
}

function list(label: string, values: readonly string[]): TemplateResult | typeof nothing {
  if (values.length === 0) return nothing;
  return html`<dt>${label}</dt>
    <dd>${values.map((value, i) => html`${i > 0 ? ' · ' : ''}<bdi>${value}</bdi>`)}</dd>`;
}

/** The details panel of the selected item: every field, figures in the reader's number format, safe links only. */
export function renderDetails(view: DetailsView): TemplateResult {
  const { item, index, lang, messages, text } = view;
  const labels = (ids: readonly string[] | undefined, map: ReadonlyMap<string, { label: LocalizedText }>) =>
    (ids ?? []).map((id) => text(map.get(id)?.label)).filter((label) => label !== '');
  const numberFormat = new Intl.NumberFormat(lang);
  // Validation already rejects these; the panel checks again, as it is the last place a disguised link could reach.
  const links = (item.links ?? []).filter((link) => isSafeLink(link.href) && !hasCredentials(link.href));
  return html`
    <section
      class="details"
      part="details"
      aria-labelledby=${view.headingId}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        view.onClose();
      }}
    >
      <header class="details__header">
        <p class="details__kind">${text(index.kinds.get(item.kind)?.label)}</p>
        <h2 class="details__title" id=${view.headingId}>${text(item.title)}</h2>
        <button type="button" class="details__close" @click=${view.onClose} aria-label=${messages.close}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      ${item.summary ? html`<p class="details__summary">${text(item.summary)}</p>` : nothing}
      ${
        item.figures?.length
          ? html`<ul class="details__figures" aria-label=${messages.figures}>
            ${item.figures.map(
              (figure) =>
                html`<li>
                  <strong class="details__figure">${numberFormat.format(figure.value)}${figure.unit ? html`&nbsp;${figure.unit}` : nothing}</strong>
                  <span>${text(figure.label)}</span>
                </li>`,
            )}
          </ul>`
          : nothing
      }
      <dl class="details__facts">
        ${list(messages.petals, labels(index.itemPetals.get(item.id), index.petals))}
        ${list(messages.factors, labels(item.factors, index.factors))}
        ${list(messages.audiences, labels(item.audiences, index.audiences))}
        ${list(messages.objectives, labels(item.objectives, index.objectives))}
        ${item.year === undefined ? nothing : list(messages.year, [String(item.year)])}
        ${item.region === undefined ? nothing : list(messages.region, [text(item.region)])}
      </dl>
      ${
        links.length
          ? html`<h3 class="details__links-title">${messages.links}</h3>
            <ul class="details__links">
              ${links.map((link) => {
                const external = linkScheme(link.href) !== 'mailto:';
                const host = linkHost(link.href) ?? '';
                // NOTE: the real host is printed beside every link, so a label cannot pass for another site.
                return html`<li>
                  <a href=${link.href.trim()} rel="noopener noreferrer" target=${external ? '_blank' : nothing}
                    ><bdi>${link.label ? text(link.label) : displayText(link.href.trim())}</bdi>${
                      external
                        ? html`<span class="visually-hidden"> ${messages.externalLink}</span><span aria-hidden="true"> ↗</span>`
                        : nothing
                    }</a
                  >
                  ${link.label ? html`<span class="details__host">(<bdi>${host}</bdi>)</span>` : nothing}
                </li>`;
              })}
            </ul>`
          : nothing
      }
      ${
        item.source?.trim()
          ? html`<p class="details__source"><span class="details__source-label">${messages.source}</span>
              <bdi lang=${view.catalogue.defaultLocale}>${displayText(item.source)}</bdi></p>`
          : nothing
      }
    </section>
  `;
}
