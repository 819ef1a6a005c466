/**
 * Opt-in JSX types for the bare `<fleur-pleine-sante>` tag in React 19: `import type {} from 'fleur-pleine-sante/jsx'`
 * once in the app (or `"types": ["fleur-pleine-sante/jsx"]` in tsconfig.json). React 19 sets each prop the element has as
 * a property (`catalogue={data}` takes an object) and listens with `on` + the event's name (`onfleur-select`).
 * The tag must be registered first (`import 'fleur-pleine-sante/fleur-pleine-sante.js'`); `fleur-pleine-sante-react` does it for you.
 *
 * @module
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { FleurPleineSanteProperties } from './element-properties.js';
import type { FleurPleineSante } from './elements/fleur-pleine-sante/fleur-pleine-sante.js';
import type { JsxEventHandlers } from './jsx-event-handlers.js';

/** Props of `<fleur-pleine-sante>` in React 19 JSX: the element's properties and events, and any HTML attribute. */
export type FleurPleineSanteReactJsxProps = Omit<
  DetailedHTMLProps<HTMLAttributes<FleurPleineSante>, FleurPleineSante>,
  keyof FleurPleineSanteProperties | keyof JsxEventHandlers
> &
  FleurPleineSanteProperties &
  JsxEventHandlers;

declare module 'react' {
  // biome-ignore lint/style/noNamespace: React declares JSX as a namespace; an augmentation has to name it.
  namespace JSX {
    interface IntrinsicElements {
      'fleur-pleine-sante': FleurPleineSanteReactJsxProps;
    }
  }
}
