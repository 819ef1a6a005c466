import { html, nothing, type TemplateResult } from 'lit';
import type { View } from '../../attributes.js';
import type { FlowerLayout } from '../../geometry/index.js';
import type { TextContext } from '../../model/item-text.js';
import type * as ReadingParts from './reading-parts.js';

/** What the parts drawn on demand (from the lazy reading parts) need of the element's state. */
export interface OnDemandView {
  /** The reading parts, once loaded (until then these parts render nothing). */
  readonly parts: typeof ReadingParts | undefined;
  readonly context: TextContext;
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
  const { layout, parts, context } = view;
  if (!layout || !parts || view.view !== 'flower') return nothing;
  const badge = view.openBadge ? layout.badges.find((candidate) => candidate.id === view.openBadge) : undefined;
  if (badge)
    return parts.renderBadgeList({
      ...context,
      badge,
      matching: view.matching,
      selected: view.selected,
      headingId: 'fleur-badge-list-title',
      onSelect: (id) => view.onSelect(view.selected === id ? undefined : id),
      onClose: view.onCloseBadge,
    });
  if (!layout.zoomedPetal || layout.labels.length > 0) return nothing;
  return parts.renderNameList(layout, context, view.selected);
}

/** A zoomed petal's description and the works it is drawn from. */
export function renderPetalNote(view: OnDemandView): Part {
  const petal = view.petal ? view.context.index.petals.get(view.petal) : undefined;
  if (!petal || !view.parts || view.view !== 'flower') return nothing;
  return view.parts.renderPetalNote(petal, view.context);
}

/** On paper the table of every item follows the flower and its legend (the screen shows it on demand). */
export function renderPrintTable(view: OnDemandView): Part {
  if (!view.printing || !view.parts || view.view === 'table') return nothing;
  const table = view.parts.renderTable({
    ...view.context,
    matching: view.matching,
    selected: view.selected,
    onSelect: () => {},
  });
  return html`<div class="fleur__print-table">${table}</div>`;
}
