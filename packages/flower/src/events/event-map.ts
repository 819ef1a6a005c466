import type { FleurErrorEvent } from './error.js';
import type { FleurFilterEvent } from './filter.js';
import type { FleurSelectEvent } from './select.js';
import type { FleurZoomEvent } from './zoom.js';

/**
 * Every event `<fleur-pleine-sante>` fires, by name. Each is also in `GlobalEventHandlersEventMap` (so in
 * `HTMLElementEventMap`), which types `addEventListener('fleur-select', (event) => event.detail.id)`.
 */
export interface FleurEventMap {
  'fleur-error': FleurErrorEvent;
  'fleur-filter': FleurFilterEvent;
  'fleur-select': FleurSelectEvent;
  'fleur-zoom': FleurZoomEvent;
}

export type FleurEventName = keyof FleurEventMap;
