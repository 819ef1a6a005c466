import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The reader's state that a deep link carries, as the element's attribute names. */
export const URL_STATE_KEYS = [
  'selected',
  'petal',
  'kinds',
  'audiences',
  'objectives',
  'factors',
  'query',
  'view',
] as const;
export type UrlStateKey = (typeof URL_STATE_KEYS)[number];

/** What the controller reads and writes on its host. */
export interface UrlStateHost extends ReactiveControllerHost, HTMLElement {
  /** The `url-state` attribute: absent (no deep link), or the key of this flower in the URL (empty: its id). */
  urlState: string | null;
}

/** The longest value a deep link carries for one key: a hash is no place for a novel. */
const MAX_VALUE = 200;

/**
 * Deep links, opt-in: with `url-state`, the reader's state (selection, zoom, filters, search, view) is mirrored in
 * the page URL's hash fragment under the flower's own key (`#harmonie.selected=semi-de-paris&harmonie.petal=social`),
 * restored when the page loads, and followed on back and forward. Other parts of the hash — another flower's keys,
 * the page's own anchor — are kept. Nothing is read or written without the attribute.
 */
export class UrlStateController implements ReactiveController {
  readonly #host: UrlStateHost;
  #written = '';
  #restoring = false;
  readonly #onPopState = () => this.#restore(false);

  constructor(host: UrlStateHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The key this flower's entries carry in the hash: the attribute's value, else the element's id, else `fleur`. */
  get key(): string {
    const own = (this.#host.urlState ?? '').trim() || this.#host.id || 'fleur';
    return own.replace(/[^\w-]/g, '_').slice(0, 40);
  }

  #listening = false;

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.#listen(false);
  }

  /** Follows the `url-state` attribute: set (or set later) it restores from the URL and listens; removed, it stops. */
  sync(): void {
    const enabled = this.#host.urlState !== null && this.#host.isConnected;
    if (enabled === this.#listening) return;
    this.#listen(enabled);
    if (enabled) this.#restore(true);
  }

  #listen(on: boolean): void {
    this.#listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('popstate', this.#onPopState);
    window[method]('hashchange', this.#onPopState);
  }

  /** After each update, the state goes to the URL (a new history entry) when it differs from what is there. */
  hostUpdated(): void {
    if (this.#host.urlState === null || this.#restoring) return;
    const params = this.#hashParams();
    const before = params.toString();
    for (const name of URL_STATE_KEYS) {
      const value = this.#host.getAttribute(name);
      const entry = `${this.key}.${name}`;
      if (value && value.length <= MAX_VALUE && !(name === 'view' && value === 'flower')) params.set(entry, value);
      else params.delete(entry);
    }
    const after = params.toString();
    if (after === before || after === this.#written) return;
    this.#written = after;
    const url = new URL(location.href);
    url.hash = after;
    history.pushState(history.state, '', url);
  }

  /**
   * Sets the host's attributes from the hash. On load, entries the hash lacks leave the page's own attributes as they
   * are (`selected="…"` written in the page stays); on back and forward they clear them.
   */
  #restore(initial: boolean): void {
    if (this.#host.urlState === null) return;
    const params = this.#hashParams();
    this.#restoring = true;
    for (const name of URL_STATE_KEYS) {
      const value = params.get(`${this.key}.${name}`);
      if (value && value.length <= MAX_VALUE) this.#host.setAttribute(name, value);
      else if (!initial) this.#host.removeAttribute(name);
    }
    this.#written = params.toString();
    // Attributes set now are applied in the next update; writing resumes after it.
    void this.#host.updateComplete.then(() => {
      this.#restoring = false;
    });
  }

  #hashParams(): URLSearchParams {
    return new URLSearchParams(location.hash.replace(/^#/, ''));
  }
}
