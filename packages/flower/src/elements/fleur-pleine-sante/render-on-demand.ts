import type { Item } from 'fleur-pleine-sante-catalogue';
import { html, nothing, type TemplateResult } from 'lit';
import { type View, VIEW_DECLARATIONS } from '../../attributes.js';
import type { ReaderActions } from '../../controllers/reader-actions.js';
import type { FlowerLayout, PetalSize, TextMeasurer } from '../../geometry/index.js';
import type { Filters } from '../../model/filters.js';
import type { ReadingContext } from '../../model/item-text.js';
import { downloadExport, type ExportHost } from './export-image.js';
import { renderBadgeList } from './render-badge-list.js';
import { renderBreadcrumb } from './render-breadcrumb.js';
import { renderControls } from './render-controls.js';
import { renderDetails } from './render-details.js';
import { renderLegend } from './render-legend.js';
import { renderNameList } from './render-name-list.js';
import { renderFactorNote, renderPetalNote } from './render-petal-note.js';
import { renderTable } from './render-table.js';
import { printPage } from './print-page.js';

/** What the parts drawn after the first flower (they come with the reading parts' chunk) read of the element. */
export interface OnDemandView {
  readonly context: ReadingContext;
  readonly layout: FlowerLayout | undefined;
  readonly view: View;
  readonly petal: string | undefined;
  readonly filters: Filters;
  readonly matching: ReadonlySet<string>;
  readonly selected: string | undefined;
  readonly selectedItem: Item | undefined;
  readonly openBadge: string | undefined;
  readonly printing: boolean;
  /** How the element lays out its drawing: the printed page lays out the same way. */
  readonly petalSize: PetalSize;
  /** Absent: the layout's built-in widths (on a server, or for markup taken over from one). */
  readonly measureText: TextMeasurer | undefined;
  /**
   * Markup rendered ahead of time carries the table of every item for readers without script: in print, and to
   * screen readers (not shown on screen). The element drops it once it takes the markup over.
   */
  readonly staticTable?: boolean;
  readonly showControls: boolean;
  /** Narrow container: the filter chips fold into a disclosure. */
  readonly compact: boolean;
  /** What the reader's actions change (and the events they fire). */
  readonly actions: Pick<
    ReaderActions,
    'select' | 'zoom' | 'toggleZoom' | 'toggleFilter' | 'setFilters' | 'resetFilters'
  >;
  /** The element, for the export buttons. */
  readonly exporter: ExportHost;
  onView(view: View): void;
  onCloseBadge(): void;
  onCloseDetails(): void;
}

type Part = TemplateResult | typeof nothing;

/** Each part the element places in its template, drawn from one view of its state. */
export interface OnDemandParts {
  readonly controls: Part;
  /** A zoomed petal's breadcrumb and note, and the note of the one factor chosen. */
  readonly zoomNotes: Part;
  readonly table: Part;
  readonly underDrawing: Part;
  readonly details: Part;
  readonly legend: Part;
  /** On paper: the page of the kit (title, flower, legend, source) in place of the drawing and its legend. */
  readonly printPage: Part;
  readonly printTable: Part;
}

export function renderOnDemand(view: OnDemandView): OnDemandParts {
  return {
    controls: view.showControls ? controls(view) : nothing,
    zoomNotes: html`${zoomNotes(view)}${factorNote(view)}`,
    table: VIEW_DECLARATIONS[view.view].drawing ? nothing : table(view),
    underDrawing: underDrawing(view),
    details: view.selectedItem
      ? renderDetails({
          item: view.selectedItem,
          ...view.context,
          headingId: 'fleur-details-title',
          onClose: view.onCloseDetails,
        })
      : nothing,
    legend: renderLegend({
      ...view.context,
      zoomed: view.petal ?? null,
      onZoom: (petal) => view.actions.toggleZoom(petal),
    }),
    printPage: printPage(view),
    printTable: printTable(view),
  };
}

function controls(view: OnDemandView): Part {
  const { actions, context } = view;
  return renderControls({
    ...context,
    filters: view.filters,
    matching: view.matching.size,
    view: view.view,
    compact: view.compact,
    idPrefix: 'fleur',
    onToggle: (list, id) => actions.toggleFilter(list, id),
    onQuery: (query) => actions.setFilters({ query }),
    onFactor: (factor) => actions.setFilters({ factors: factor ? [factor] : [] }),
    onReset: () => actions.resetFilters(),
    onView: view.onView,
    onExport: (format) => void downloadExport(view.exporter, context.catalogue.id, format),
  });
}

function table(view: OnDemandView): Part {
  return renderTable({
    ...view.context,
    matching: view.matching,
    selected: view.selected,
    onSelect: (id) => view.actions.select(id),
  });
}

/** Under the drawing: the open badge's list, or the zoomed petal's names when the drawing has no room for them. */
function underDrawing(view: OnDemandView): Part {
  const { layout, context } = view;
  if (!layout || !VIEW_DECLARATIONS[view.view].drawing) return nothing;
  const badge = view.openBadge ? layout.badges.find((candidate) => candidate.id === view.openBadge) : undefined;
  if (badge)
    return renderBadgeList({
      ...context,
      badge,
      matching: view.matching,
      selected: view.selected,
      headingId: 'fleur-badge-list-title',
      onSelect: (id) => view.actions.select(view.selected === id ? undefined : id),
      onClose: view.onCloseBadge,
    });
  if (!layout.zoomedPetal || layout.labels.length > 0) return nothing;
  return renderNameList(layout, context, view.selected);
}

/** A zoomed petal's breadcrumb (back to the whole flower), its description and the works it is drawn from. */
function zoomNotes(view: OnDemandView): Part {
  const { context } = view;
  const petal = view.petal ? context.index.petals.get(view.petal) : undefined;
  if (!petal || !VIEW_DECLARATIONS[view.view].drawing) return nothing;
  return html`${renderBreadcrumb(context.messages, context.text(petal.label), () => view.actions.zoom(undefined))}
    ${renderPetalNote(petal, context)}`;
}

/** The one factor the reader chose: what it is and where it comes from (drawing and table alike). */
function factorNote(view: OnDemandView): Part {
  const [only, ...others] = view.filters.factors;
  const factor = only && others.length === 0 ? view.context.index.factors.get(only) : undefined;
  return factor ? renderFactorNote(factor, view.context) : nothing;
}

/** On paper the table of every item follows the flower and its legend (the screen shows it on demand). */
function printTable(view: OnDemandView): Part {
  if (!(view.printing || view.staticTable) || VIEW_DECLARATIONS[view.view].listsItems) return nothing;
  const table = renderTable({
    ...view.context,
    matching: view.matching,
    selected: view.selected,
    onSelect: () => {},
  });
  return html`<div class=${view.staticTable && !view.printing ? 'fleur__print-table fleur__print-table--static' : 'fleur__print-table'}>${table}</div>`;
}
