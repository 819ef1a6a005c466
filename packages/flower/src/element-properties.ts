import type { FleurPleineSante } from './elements/fleur-pleine-sante/fleur-pleine-sante.js';

/**
 * The public properties of `<fleur-pleine-sante>` a page or framework sets (its reactive properties, not its
 * read-only getters or Lit's own members): the props of the React wrapper and of the bare tag in JSX.
 */
export const ELEMENT_PROPERTIES = [
  'catalogue',
  'src',
  'lang',
  'selected',
  'petal',
  'kinds',
  'audiences',
  'objectives',
  'factors',
  'query',
  'theme',
  'view',
  'petalSize',
  'urlState',
  'noControls',
  'timeout',
] as const satisfies readonly (keyof FleurPleineSante)[];

export type ElementProperty = (typeof ELEMENT_PROPERTIES)[number];

/** Every public property of `<fleur-pleine-sante>`, each optional, with the element's own types. */
export type FleurPleineSanteProperties = Partial<Pick<FleurPleineSante, ElementProperty>>;
