import {
  type FleurEventMap,
  type FleurEventName,
  FleurPleineSante as FleurPleineSanteElement,
  type FleurPleineSanteProperties,
  TAG_NAME,
} from 'fleur-pleine-sante';
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';

// Shoelace's pattern: the class-only entry, registered here unless the page (the drop-in, the side-effect entry or
// another copy of this wrapper) already did. No registry during server rendering: the browser registers on load.
if (typeof customElements !== 'undefined' && !customElements.get(TAG_NAME))
  customElements.define(TAG_NAME, FleurPleineSanteElement);

/** `fleur-select` → `FleurSelect`. */
type PascalCase<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<Name>;

/** The React prop listening to an event: `fleur-select` → `onFleurSelect`. */
type ReactEventProp<Name extends string> = `on${PascalCase<Name>}`;

/**
 * The wrapper's listener props, one per event of the element: `onFleurSelect`, `onFleurFilter`, `onFleurZoom`,
 * `onFleurError`, each called with the typed event (`event.detail.id`, …).
 */
export type FleurPleineSanteEvents = {
  [Name in FleurEventName as ReactEventProp<Name>]?: (event: FleurEventMap[Name]) => void;
};

/**
 * Props of `<FleurPleineSante>`: every public property of the element (`catalogue`, `selected`, `theme`, …, set as
 * properties, so `catalogue` takes an object), its events as `onFleur…` listeners, a `ref` to the element, and the
 * attributes of any HTML element (`id`, `className`, `style`, `aria-*`, …).
 */
export type FleurPleineSanteProps = Omit<
  React.HTMLAttributes<FleurPleineSanteElement>,
  keyof FleurPleineSanteProperties | keyof FleurPleineSanteEvents
> &
  FleurPleineSanteProperties &
  FleurPleineSanteEvents &
  React.RefAttributes<FleurPleineSanteElement>;

/** The event's name, typed with its event class for `@lit/react` (and checked against the prop it is listed under). */
function eventName<Name extends FleurEventName>(name: Name): Name & EventName<FleurEventMap[Name]> {
  return name as Name & EventName<FleurEventMap[Name]>;
}

const events = {
  onFleurError: eventName('fleur-error'),
  onFleurFilter: eventName('fleur-filter'),
  onFleurSelect: eventName('fleur-select'),
  onFleurZoom: eventName('fleur-zoom'),
} satisfies { [Name in FleurEventName as ReactEventProp<Name>]: Name & EventName<FleurEventMap[Name]> };

/**
 * `<fleur-pleine-sante>` as a React component (React 18.3 and 19).
 *
 * @example
 * import { FleurPleineSante } from 'fleur-pleine-sante-react';
 * import catalogue from './catalogue.json';
 *
 * <FleurPleineSante catalogue={catalogue} lang="en" selected={id} onFleurSelect={(event) => setId(event.detail.id)} />
 */
export const FleurPleineSante: React.ForwardRefExoticComponent<FleurPleineSanteProps> = createComponent({
  react: React,
  tagName: TAG_NAME,
  elementClass: FleurPleineSanteElement,
  events,
  displayName: 'FleurPleineSante',
});
