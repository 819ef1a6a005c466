import type { Issue } from 'fleur-pleine-sante-catalogue';

export interface FleurErrorDetail {
  /** Every problem found, each with its JSON path and code; format them with `formatIssue(issue, lang)`. */
  readonly issues: readonly Issue[];
  /**
   * Where the rejected catalogue came from; `render` when the element cannot draw at all (the page's Trusted Types
   * policy refuses Lit's `lit-html` policy: issue code `render-blocked`).
   */
  readonly source: 'property' | 'src' | 'inline' | 'render';
}

/** Fired whenever a catalogue is rejected (invalid data, failed fetch, invalid JSON), or the element cannot draw. */
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
