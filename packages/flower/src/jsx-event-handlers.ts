import type { FleurEventMap, FleurEventName } from './events/event-map.js';

/**
 * Listeners as JSX props of the bare tag: `onfleur-select={(event) => event.detail.id}`. React 19 and Preact both
 * listen to the event named by what follows `on`, case kept, so the prop is `on` + the event's own name.
 */
export type JsxEventHandlers = {
  [Name in FleurEventName as `on${Name}`]?: (event: FleurEventMap[Name]) => void;
};
