export interface FleurFilterDetail {
  readonly kinds: readonly string[];
  readonly audiences: readonly string[];
  readonly objectives: readonly string[];
  readonly factors: readonly string[];
  readonly query: string;
  /** How many items pass the filters, out of `total`. */
  readonly matching: number;
  readonly total: number;
}

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
