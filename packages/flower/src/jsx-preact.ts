/**
 * Opt-in JSX types for the bare `<fleur-pleine-sante>` tag in Preact: `import type {} from 'fleur-pleine-sante/jsx-preact'`
 * once in the app (or `"types": ["fleur-pleine-sante/jsx-preact"]` in tsconfig.json). Preact sets each prop the element
 * has as a property (`catalogue={data}` takes an object) and listens with `on` + the event's name (`onfleur-select`).
 * The tag must be registered first: `import 'fleur-pleine-sante/fleur-pleine-sante.js'`.
 *
 * @module
 */
import type { HTMLAttributes } from 'preact';
import type { FleurPleineSanteProperties } from './element-properties.js';
import type { FleurPleineSante } from './elements/fleur-pleine-sante/fleur-pleine-sante.js';
import type { JsxEventHandlers } from './jsx-event-handlers.js';

/** Props of `<fleur-pleine-sante>` in Preact JSX: the element's properties and events, and any HTML attribute. */
export type FleurPleineSantePreactJsxProps = Omit<
  HTMLAttributes<FleurPleineSante>,
  keyof FleurPleineSanteProperties | keyof JsxEventHandlers
> &
  FleurPleineSanteProperties &
  JsxEventHandlers;

declare module 'preact' {
  // biome-ignore lint/style/noNamespace: Preact declares JSX as a namespace; an augmentation has to name it.
  namespace JSX {
    interface IntrinsicElements {
      'fleur-pleine-sante': FleurPleineSantePreactJsxProps;
    }
  }
}
