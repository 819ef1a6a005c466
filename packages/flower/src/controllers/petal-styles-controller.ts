import type { Petal } from 'fleur-pleine-sante-catalogue';
import type { LitElement, ReactiveController } from 'lit';
import { petalColorCss } from '../render/petal-colors.js';

/**
 * Gives each petal its colour through a constructable stylesheet adopted by the shadow root, rebuilt when the
 * catalogue's petals change. Constructable stylesheets are not inline styles, so a strict CSP allows them.
 */
export class PetalStylesController implements ReactiveController {
  readonly #host: LitElement;
  // None on a server (no CSSStyleSheet there): a server render writes the same rules in a <style>.
  readonly #sheet = typeof CSSStyleSheet === 'function' ? new CSSStyleSheet() : undefined;
  #css = '';

  constructor(host: LitElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#adopt();
  }

  hostUpdated(): void {
    this.#adopt();
  }

  setPetals(petals: readonly Petal[]): void {
    const css = petalColorCss(petals);
    if (css === this.#css) return;
    this.#css = css;
    this.#sheet?.replaceSync(css);
  }

  #adopt(): void {
    const root = this.#host.shadowRoot;
    if (root && this.#sheet && !root.adoptedStyleSheets.includes(this.#sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
  }
}
