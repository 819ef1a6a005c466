import { isServer, type LitElement, type PropertyValues, ReactiveElement } from 'lit';
import { SERVER_ATTRIBUTES, TEXT_METRICS } from '../../model/server-rendering.js';
import type { TakeOver } from './take-over.js';

/**
 * Markup rendered ahead of time (`renderFleurHtml`) that the element holds: a declarative shadow root Lit would
 * empty, kept as it is until the element adopts it in one update (no node of the drawing created again, nothing
 * moves), with the takeover — Lit's hydration, a chunk only such a page fetches.
 */
export class ServerMarkup {
  /** The declarative shadow root, until it is taken over. */
  root: ShadowRoot | undefined;
  #takeOver: TakeOver | undefined;
  readonly #host: LitElement;

  constructor(host: LitElement) {
    this.#host = host;
  }

  /** Keeps the host's declarative shadow root, if it came with one, and fetches the takeover: that root. */
  claim(): ShadowRoot | undefined {
    const root = this.#host.shadowRoot;
    if (isServer || !root) return undefined;
    this.root = root;
    void import('./take-over.js').then(({ takeOver }) => {
      this.#takeOver = takeOver;
      this.#host.requestUpdate();
    });
    return root;
  }

  /** Whether the takeover has arrived. */
  get loaded(): boolean {
    return this.#takeOver !== undefined;
  }

  /** Whether the server laid the markup out with the built-in text widths: so it must stay, or names would move. */
  get builtinMetrics(): boolean {
    return this.#host.getAttribute(SERVER_ATTRIBUTES.metrics) === TEXT_METRICS;
  }

  /** The width the server laid out at (the `data-fleur-width` it wrote), while rendering or adopting that markup. */
  width(): number | undefined {
    if (!isServer && !this.root) return undefined;
    const width = Number(this.#host.getAttribute(SERVER_ATTRIBUTES.width));
    return Number.isFinite(width) && width > 0 ? width : undefined;
  }

  /**
   * Adopts the markup with the element's first render (`render`), laid out for `catalogue` at `width`: `true` when
   * Lit took the nodes over as they are. `false` when there is nothing to adopt yet, or when the markup no longer
   * matches (the takeover emptied it): the element then renders as usual.
   */
  adopt(changed: PropertyValues, render: () => unknown, catalogue: unknown, width: number | undefined): boolean {
    const root = this.root;
    const takeOver = this.#takeOver;
    if (!root || !takeOver) return false;
    const value = render();
    this.root = undefined;
    const host = this.#host;
    // LitElement.update without its render (attributes reflect), for Lit to adopt the nodes instead of creating them.
    const reflect = () =>
      (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(host, changed);
    if (!takeOver({ host, root, value, catalogue, width, reflect })) return false;
    // The table written for readers without script goes in the next update (it is not shown on screen).
    host.requestUpdate();
    return true;
  }
}
