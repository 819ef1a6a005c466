import type { FleurPleineSante } from './elements/fleur-pleine-sante/fleur-pleine-sante.js';

/** The tag `<fleur-pleine-sante>` is registered under (by `fleur-pleine-sante/fleur-pleine-sante.js` or a wrapper). */
export const TAG_NAME = 'fleur-pleine-sante';

// Here rather than in define.ts so that the class-only entry types `querySelector('fleur-pleine-sante')` too.
declare global {
  interface HTMLElementTagNameMap {
    'fleur-pleine-sante': FleurPleineSante;
  }
}
