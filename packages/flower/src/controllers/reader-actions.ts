import { type Catalogue, localized } from 'fleur-pleine-sante-catalogue';
import type { ReactiveControllerHost } from 'lit';
import { idListAttribute } from '../attributes.js';
import { FleurFilterEvent } from '../events/filter.js';
import { FleurSelectEvent } from '../events/select.js';
import { FleurZoomEvent } from '../events/zoom.js';
import type { DrawingMessages as Messages } from '../i18n/index.js';
import { FILTER_LISTS, type FilterList, type Filters, NO_FILTERS } from '../model/filters.js';
import type { CatalogueIndex } from '../model/lookup.js';
import type { NavNode } from '../model/navigation.js';

/** The element state a reader's action changes: its reflected properties. */
export type ReaderActionsHost = ReactiveControllerHost &
  EventTarget & { [List in FilterList]: string | undefined } & {
    selected: string | undefined;
    petal: string | undefined;
    query: string | undefined;
    /** The active filters, parsed from the properties above. */
    readonly filters: Filters;
  };

export interface ReaderActionsConfig {
  /** The catalogue drawn now, and its index. */
  catalogue(): { catalogue: Catalogue; index: CatalogueIndex } | undefined;
  /** The reader's language and interface strings. */
  locale(): { lang: string; messages: Messages };
  /** Hides the tooltip; true when one was shown. */
  hideTooltip(): boolean;
  /**
   * The items passing `filters`, from the host's derived state: computed once for the event's count and the
   * drawing that follows (the host's next update finds them already computed for the same filters).
   */
  matching(filters: Filters): ReadonlySet<string>;
}

/**
 * What a reader does — select an item, zoom into a petal, change a filter — turned into the host's property
 * changes, a `fleur-select` / `fleur-zoom` / `fleur-filter` event and a polite announcement. Only these methods fire
 * events, so code setting a property never does (the events follow user actions only). It holds no resource, so it
 * needs none of the host's lifecycle callbacks: a plain object of the element, not a Lit controller.
 */
export class ReaderActions {
  /** Text of the polite live region: what the last action did. */
  announcement = '';

  readonly #host: ReaderActionsHost;
  readonly #config: ReaderActionsConfig;

  constructor(host: ReaderActionsHost, config: ReaderActionsConfig) {
    this.#host = host;
    this.#config = config;
  }

  /** Selects the item `id`, or clears the selection with `undefined` (or an id the catalogue lacks). */
  select(id: string | undefined): void {
    const drawn = this.#config.catalogue();
    const item = id === undefined ? undefined : drawn?.index.items.get(id);
    this.#host.selected = item ? id : undefined;
    this.#host.dispatchEvent(new FleurSelectEvent({ id: item ? item.id : null, item: item ?? null }));
    const { messages, lang } = this.#config.locale();
    this.#announce(
      item && drawn
        ? messages.selectedAnnouncement(localized(item.title, lang, drawn.catalogue.defaultLocale))
        : messages.cleared,
    );
  }

  /** Zooms into `petal`, or back to the whole flower with `undefined`. */
  zoom(petal: string | undefined): void {
    if (petal === this.#host.petal) return;
    this.#host.petal = petal;
    this.#host.dispatchEvent(new FleurZoomEvent({ petal: petal ?? null }));
    const { messages, lang } = this.#config.locale();
    const label = petal ? this.#config.catalogue()?.index.petals.get(petal)?.label : undefined;
    this.#announce(petal ? messages.zoomed(localized(label, lang)) : messages.unzoomed);
  }

  /** Zooms into `petal`, or out when it is the zoomed one (a petal or legend entry pressed twice). */
  toggleZoom(petal: string): void {
    this.zoom(this.#host.petal === petal ? undefined : petal);
  }

  /** Enter, Space or a click on a drawn node: an item toggles its selection, a petal or badge zooms. */
  activate(node: NavNode): void {
    const id = node.key.slice(node.key.indexOf(':') + 1);
    if (node.type === 'item') this.select(this.#host.selected === id ? undefined : id);
    else if (node.type === 'petal') this.toggleZoom(id);
    else this.zoom(node.petal);
  }

  /** Escape hides the tooltip (WCAG 1.4.13) and, in the same press, clears the selection or leaves the zoom. */
  escape(): boolean {
    const hidTooltip = this.#config.hideTooltip();
    if (this.#host.selected !== undefined) {
      this.select(undefined);
      return true;
    }
    if (this.#host.petal !== undefined) {
      this.zoom(undefined);
      return true;
    }
    return hidTooltip;
  }

  /** Changes some filters, keeping the others. */
  setFilters(next: Partial<Filters>): void {
    const wanted = { ...this.#host.filters, ...next };
    const attribute = (ids: readonly string[]) => idListAttribute(ids) || undefined;
    for (const { name } of FILTER_LISTS) this.#host[name] = attribute(wanted[name]);
    this.#host.query = wanted.query || undefined;
    const drawn = this.#config.catalogue();
    if (!drawn) return;
    // The host's filters, parsed back from the properties just set: the object its next update uses too.
    const filters = this.#host.filters;
    const { messages } = this.#config.locale();
    const total = drawn.catalogue.items.length;
    const matching = this.#config.matching(filters).size;
    this.#host.dispatchEvent(new FleurFilterEvent({ ...filters, matching, total }));
    this.#announce(messages.itemCount(matching, total));
  }

  /** A chip: adds `id` to the `list` filter, or removes it. */
  toggleFilter(list: FilterList, id: string): void {
    const current = this.#host.filters[list];
    this.setFilters({ [list]: current.includes(id) ? current.filter((value) => value !== id) : [...current, id] });
  }

  resetFilters(): void {
    this.setFilters(NO_FILTERS);
  }

  #announce(message: string): void {
    // Re-announce identical messages too: a live region only speaks when its text changes.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
    this.#host.requestUpdate();
  }
}
