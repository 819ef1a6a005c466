import { html, nothing, type TemplateResult } from 'lit';
import type { View } from '../../attributes.js';
import type { FlowerLayout } from '../../geometry/index.js';
import type { ReadingContext } from '../../model/item-text.js';
import { renderBadgeList } from './render-badge-list.js';
import { renderNameList } from './render-name-list.js';
import { renderPetalNote as renderNote } from './render-petal-note.js';
import { renderTable } from './render-table.js';

/** What the parts drawn on demand (they come with the lazy reading parts) need of the element's state. */
export interface OnDemandView {
  readonly context: ReadingContext;
  readonly layout: FlowerLayout | undefined;
  readonly view: View;
  readonly petal: string | undefined;
  readonly matching: ReadonlySet<string>;
  readonly selected: string | undefined;
  readonly openBadge: string | undefined;
  readonly printing: boolean;
  onSelect(id: string | undefined): void;
  onCloseBadge(): void;
}

type Part = TemplateResult | typeof nothing;

/** Under the drawing: the open badge's list, or the zoomed petal's names when the drawing has no room for them. */
export function renderUnderDrawing(view: OnDemandView): Part {
  const { layout, context } = view;
  if (!layout || view.view !== 'flower') return nothing;
  const badge = view.openBadge ? layout.badges.find((candidate) => candidate.id === view.openBadge) : undefined;
  if (badge)
    return renderBadgeList({
      ...context,
      badge,
      matching: view.matching,
      selected: view.selected,
      headingId: 'fleur-badge-list-title',
      onSelect: (id) => view.onSelect(view.selected === id ? undefined : id),
      onClose: view.onCloseBadge,
    });
  if (!layout.zoomedPetal || layout.labels.length > 0) return nothing;
  return renderNameList(layout, context, view.selected);
}

/** A zoomed petal's description and the works it is drawn from. */
export function renderPetalNote(view: OnDemandView): Part {
  const petal = view.petal ? view.context.index.petals.get(view.petal) : undefined;
  if (!petal || view.view !== 'flower') return nothing;
  return renderNote(petal, view.context);
}

/** On paper the table of every item follows the flower and its legend (the screen shows it on demand). */
export function renderPrintTable(view: OnDemandView): Part {
  if (!view.printing || view.view === 'table') return nothing;
  const table = renderTable({
    ...view.context,
    matching: view.matching,
    selected: view.selected,
    onSelect: () => {},
  });
  return html`<div class="fleur__print-table">${table}</div>`;
}
