import type { LocalizedText, VocabularyEntry } from 'fleur-pleine-sante-catalogue';
import type { ReadingContext } from '../../model/item-text.js';
import { html, nothing, type TemplateResult } from 'lit';
import {
  EXPORT_FORMAT_DECLARATIONS,
  EXPORT_FORMATS,
  type ExportFormat,
  type View,
  VIEW_DECLARATIONS,
  VIEWS,
} from '../../attributes.js';
import {
  activeIdCount,
  FILTER_LISTS,
  type FilterList,
  type Filters,
  hasActiveFilters,
  MAX_QUERY_LENGTH,
} from '../../model/filters.js';

/**
 * An export button. On phones it shows the format alone ("SVG") so the view and export buttons share one row above
 * the drawing; its accessible name stays the full action and contains the visible text (WCAG 2.5.3).
 */
function exportButton(view: ControlsView, format: ExportFormat): TemplateResult {
  const label = view.messages[EXPORT_FORMAT_DECLARATIONS[format].label];
  return html`<button type="button" class="chip chip--export" data-export=${format}
    aria-label=${view.compact ? label : nothing} @click=${() => view.onExport(format)}>
    ${view.compact ? format.toUpperCase() : label}
  </button>`;
}

const viewLabel = (view: ControlsView, option: View): string => view.messages[VIEW_DECLARATIONS[option].label];

export interface ControlsView extends ReadingContext {
  readonly filters: Filters;
  readonly matching: number;
  readonly view: View;
  /** Narrow container: the filter chips fold into a disclosure so the flower stays in view. */
  readonly compact: boolean;
  /** Prefix for ids inside this element's shadow root. */
  readonly idPrefix: string;
  onToggle(list: FilterList, id: string): void;
  onQuery(query: string): void;
  /** One factor, or '' for all (a page can still set several with the `factors` attribute). */
  onFactor(factor: string): void;
  onReset(): void;
  onView(view: View): void;
  onExport(format: ExportFormat): void;
}

function chipGroup(
  view: ControlsView,
  list: FilterList,
  legend: string,
  entries: readonly VocabularyEntry[],
  text: (value: LocalizedText | undefined) => string,
): TemplateResult | typeof nothing {
  if (entries.length < 2) return nothing;
  const active = view.filters[list];
  return html`<fieldset class="controls__group">
    <legend class="controls__legend">${legend}</legend>
    <div class="controls__chips">
      ${entries.map(
        (entry) => html`<button
          type="button"
          class="chip"
          data-filter=${list}
          data-value=${entry.id}
          aria-pressed=${active.includes(entry.id) ? 'true' : 'false'}
          @click=${() => view.onToggle(list, entry.id)}
        >
          ${text(entry.label)}
        </button>`,
      )}
    </div>
  </fieldset>`;
}

/**
 * Filters (kind, audience, objective), text search, the live count and the flower/table toggle. Chips are toggle
 * buttons (`aria-pressed`): within a group any pressed chip matches, no pressed chip means "all".
 */
export function renderControls(view: ControlsView): TemplateResult {
  const { catalogue, messages, filters, text } = view;
  const active = hasActiveFilters(filters);
  const searchId = `${view.idPrefix}-search`;
  const factorId = `${view.idPrefix}-factor`;
  const activeCount = activeIdCount(filters);
  const filterRow = html`<div class="controls__row controls__row--filters">
    ${FILTER_LISTS.map(({ name, choices, heading }) => {
      const legend = heading(messages);
      return legend === null ? nothing : chipGroup(view, name, legend, choices(catalogue), text);
    })}
    ${active ? html`<button type="button" class="controls__reset" @click=${view.onReset}>${messages.resetFilters}</button>` : nothing}
  </div>`;
  return html`
    <div class=${view.compact ? 'controls controls--compact' : 'controls'} part="controls" role="search" aria-label=${messages.filters}>
      <div class="controls__row">
        <div class="controls__search">
          <label for=${searchId}>${messages.search}</label>
          <input
            id=${searchId}
            type="search"
            autocomplete="off"
            spellcheck="false"
            placeholder=${messages.searchPlaceholder}
            maxlength=${MAX_QUERY_LENGTH}
            .value=${filters.query}
            @input=${(event: InputEvent) => view.onQuery((event.target as HTMLInputElement).value)}
          />
        </div>
        <div class="controls__search controls__factor">
          <label for=${factorId}>${messages.factor}</label>
          <select id=${factorId} @change=${(event: Event) => view.onFactor((event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${filters.factors.length === 0}>${messages.allFactors}</option>
            ${catalogue.petals.map(
              (petal) => html`<optgroup label=${text(petal.label)}>
                ${catalogue.factors
                  .filter((factor) => factor.petal === petal.id)
                  .map(
                    (factor) =>
                      html`<option value=${factor.id} ?selected=${filters.factors.includes(factor.id)}>${text(factor.label)}</option>`,
                  )}
              </optgroup>`,
            )}
          </select>
        </div>
        <p class="controls__count" aria-hidden="true">${messages.itemCount(view.matching, catalogue.items.length)}</p>
        <div class="controls__view" role="group" aria-label=${VIEWS.map((option) => viewLabel(view, option)).join(' / ')}>
          ${VIEWS.map(
            (option) => html`<button
              type="button"
              class="chip chip--view"
              data-view=${option}
              aria-pressed=${view.view === option ? 'true' : 'false'}
              @click=${() => view.onView(option)}
            >
              ${viewLabel(view, option)}
            </button>`,
          )}
          ${EXPORT_FORMATS.map((format) => exportButton(view, format))}
        </div>
      </div>
      ${
        view.compact
          ? html`<details class="controls__more">
            <summary>${messages.filters}${activeCount > 0 ? ` (${activeCount})` : ''}</summary>
            ${filterRow}
          </details>`
          : filterRow
      }
    </div>
  `;
}
