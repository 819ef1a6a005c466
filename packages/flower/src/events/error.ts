import type { Issue } from 'fleur-pleine-sante-catalogue';

export interface FleurErrorDetail {
  /** Every problem found, each with its JSON path and code; format them with `formatIssue(issue, lang)`. */
  readonly issues: readonly Issue[];
  /** Where the rejected catalogue came from. */
  readonly source: 'property' | 'src' | 'inline';
}

/** Fired whenever a catalogue is rejected (invalid data, failed fetch, invalid JSON). */
export class FleurErrorEvent extends CustomEvent<FleurErrorDetail> {
  constructor(detail: FleurErrorDetail) {
    super('fleur-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fleur-error': FleurErrorEvent;
  }
}
