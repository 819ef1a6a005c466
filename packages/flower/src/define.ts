import { FleurPleineSante } from './elements/fleur-pleine-sante/fleur-pleine-sante.js';

export { FleurPleineSante };

/** Registers `<fleur-pleine-sante>` once, even when two bundles of this library share a page. */
if (!customElements.get('fleur-pleine-sante')) customElements.define('fleur-pleine-sante', FleurPleineSante);

declare global {
  interface HTMLElementTagNameMap {
    'fleur-pleine-sante': FleurPleineSante;
  }
}
