import type { Filters } from '../model/filters.js';

/** The active filters (one id list per entry of `FILTER_LISTS`, and the query) and how many items pass them. */
export type FleurFilterDetail = Filters & {
  /** How many items pass the filters, out of `total`. */
  readonly matching: number;
  readonly total: number;
};

/** Fired when the reader changes a filter or the search text (never when code sets an attribute). */
export class FleurFilterEvent extends CustomEvent<FleurFilterDetail> {
  constructor(detail: FleurFilterDetail) {
    super('fleur-filter', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fleur-filter': FleurFilterEvent;
  }
}
