import { FleurPleineSante } from './elements/fleur-pleine-sante/fleur-pleine-sante.js';
import { TAG_NAME } from './tag-name.js';

export { FleurPleineSante };

/** Registers `<fleur-pleine-sante>` once, even when two bundles of this library share a page. */
if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, FleurPleineSante);
