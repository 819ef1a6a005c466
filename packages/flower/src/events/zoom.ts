export interface FleurZoomDetail {
  /** The zoomed petal's id, or `null` when the reader went back to the whole flower. */
  readonly petal: string | null;
}

/** Fired when the reader zooms into a petal or leaves the zoom. */
export class FleurZoomEvent extends CustomEvent<FleurZoomDetail> {
  constructor(detail: FleurZoomDetail) {
    super('fleur-zoom', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fleur-zoom': FleurZoomEvent;
  }
}
