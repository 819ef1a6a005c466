import type { ReadingContext } from '../../model/item-text.js';
import { html, type TemplateResult } from 'lit';

export interface TableView extends ReadingContext {
  readonly matching: ReadonlySet<string>;
  readonly selected: string | undefined;
  onSelect(id: string): void;
}

/**
 * Every item grouped by petal and factor, as a real table: the view a screen-reader user can browse cell by cell,
 * and the fallback when a drawing is not wanted. An item on several factors appears under each of them.
 */
export function renderTable(view: TableView): TemplateResult {
  const { catalogue, index, messages, matching, text } = view;
  return html`
    <div class="table-wrap" part="table">
      <table class="table">
        <caption>
          ${messages.tableCaption(text(catalogue.title))}
        </caption>
        <thead>
          <tr>
            <th scope="col">${messages.tableFactor}</th>
            <th scope="col">${messages.tableItem}</th>
            <th scope="col">${messages.kind}</th>
            <th scope="col">${messages.audiences}</th>
          </tr>
        </thead>
        ${catalogue.petals.map((petal) => {
          const factors = catalogue.factors.filter((factor) => factor.petal === petal.id);
          return html`<tbody>
            <tr class="table__petal">
              <th scope="rowgroup" colspan="4">
                ${text(petal.label)} — ${messages.petalItemCount(index.petalItemCounts.get(petal.id) ?? 0)}
              </th>
            </tr>
            ${factors.flatMap((factor) =>
              catalogue.items
                .filter((item) => item.factors.includes(factor.id) && matching.has(item.id))
                .map(
                  (item) => html`<tr class="table__row" data-table-id=${item.id}>
                    <td>${text(factor.label)}</td>
                    <th scope="row">
                      <button
                        type="button"
                        class="table__item"
                        aria-pressed=${view.selected === item.id ? 'true' : 'false'}
                        @click=${() => view.onSelect(item.id)}
                      >
                        ${text(item.title)}
                      </button>
                    </th>
                    <td>${text(index.kinds.get(item.kind)?.label)}</td>
                    <td>${item.audiences.map((id) => text(index.audiences.get(id)?.label)).join(', ')}</td>
                  </tr>`,
                ),
            )}
          </tbody>`;
        })}
      </table>
    </div>
  `;
}
