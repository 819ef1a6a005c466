import { FleurPleineSante } from './elements/fleur-pleine-sante/fleur-pleine-sante.js';

export { FleurPleineSante };
// Also brings the HTMLElementTagNameMap entry to this entry's types.
export { TAG_NAME } from './tag-name.js';

// The tag is written out, not TAG_NAME: the manifest analyzer reads it from this call.
/** Registers `<fleur-pleine-sante>` once, even when two bundles of this library share a page. */
if (!customElements.get('fleur-pleine-sante')) customElements.define('fleur-pleine-sante', FleurPleineSante);
