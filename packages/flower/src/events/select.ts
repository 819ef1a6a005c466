import type { Item } from 'fleur-pleine-sante-catalogue';

export interface FleurSelectDetail {
  /** The selected item's id, or `null` when the selection was cleared. */
  readonly id: string | null;
  readonly item: Item | null;
}

/** Fired when the reader selects an item (click, Enter, Space) or clears the selection (Escape, close). */
export class FleurSelectEvent extends CustomEvent<FleurSelectDetail> {
  constructor(detail: FleurSelectDetail) {
    super('fleur-select', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fleur-select': FleurSelectEvent;
  }
}
