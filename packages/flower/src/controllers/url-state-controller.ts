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

/**
 * What the controller reads and writes on its host: the `url-state` attribute, and the state as the host's
 * properties read it after its own checks (a keyword attribute that is not one keeps the last good value; the query
 * is capped) — what the URL mirrors, rather than what a page or an old link wrote.
 */
export interface UrlStateHost
  extends ReactiveControllerHost,
    HTMLElement,
    Readonly<Partial<Record<UrlStateKey, string | undefined>>> {
  /** The `url-state` attribute: absent (no deep link), or the key of this flower in the URL (empty: its id). */
  urlState: string | null;
}

/** Values that are the default and so need no place in the URL. */
const DEFAULTS: Partial<Record<UrlStateKey, string>> = { view: 'flower' };

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
  /**
   * Set while the host takes in a state read from the URL (on load, on back and forward): the hash it then writes
   * is the same state, normalised, so it replaces the current history entry instead of adding one.
   */
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

  /**
   * After each update, the state goes to the URL when it differs from what is there: a new history entry for a
   * change of the reader's, the same entry rewritten for a state just read from the URL (normalised: defaults
   * dropped, values as the element reads them), so Back never lands on the same view and Forward stays.
   */
  hostUpdated(): void {
    if (this.#host.urlState === null) return;
    const params = this.#hashParams();
    const before = params.toString();
    for (const name of URL_STATE_KEYS) {
      const value = this.#host[name];
      const entry = `${this.key}.${name}`;
      if (value && value.length <= MAX_VALUE && value !== DEFAULTS[name]) params.set(entry, value);
      else params.delete(entry);
    }
    const after = params.toString();
    if (after === before) return;
    const url = new URL(location.href);
    url.hash = after;
    if (this.#restoring) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }

  /**
   * Sets the host's attributes from the hash. On load, entries the hash lacks leave the page's own attributes as they
   * are (`selected="…"` written in the page stays); on back and forward they clear them.
   */
  #restore(initial: boolean): void {
    if (this.#host.urlState === null) return;
    const params = this.#hashParams();
    this.#restoring = true;
    // Through the attributes, so a value from the URL is read exactly as the same attribute in the page would be.
    for (const name of URL_STATE_KEYS) {
      const value = params.get(`${this.key}.${name}`);
      if (value && value.length <= MAX_VALUE) this.#host.setAttribute(name, value);
      else if (!initial) this.#host.removeAttribute(name);
    }
    // One update even when no attribute changed, so the hash is normalised in place now, not pushed later.
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      this.#restoring = false;
    });
  }

  #hashParams(): URLSearchParams {
    return new URLSearchParams(location.hash.replace(/^#/, ''));
  }
}
