import type {
  FleurErrorEvent,
  FleurFilterEvent,
  FleurPleineSante,
  FleurSelectEvent,
  FleurZoomEvent,
} from 'fleur-pleine-sante';
import type { Args } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { cssPropertyArgs, manifestArgs } from './manifest-args.js';

export const TAG = 'fleur-pleine-sante';

/**
 * The args of a `<fleur-pleine-sante>` story, named as in the manifest: attribute names for attribute-backed
 * members (`no-controls`), property names otherwise (`catalogue`), Storybook's action names for events, and any
 * `--fleur-*` custom property (set on the story's wrapper, from where it inherits into the element).
 */
export interface FleurArgs extends Args {
  catalogue?: unknown;
  src?: string;
  lang?: string;
  selected?: string;
  petal?: string;
  kinds?: string;
  audiences?: string;
  objectives?: string;
  factors?: string;
  query?: string;
  theme?: FleurPleineSante['theme'];
  view?: FleurPleineSante['view'];
  'no-controls'?: boolean;
  'petal-size'?: FleurPleineSante['petalSize'];
  timeout?: number;
  onFleurSelect?: (event: FleurSelectEvent) => void;
  onFleurFilter?: (event: FleurFilterEvent) => void;
  onFleurZoom?: (event: FleurZoomEvent) => void;
  onFleurError?: (event: FleurErrorEvent) => void;
}

/** One element, every arg applied through the manifest. */
export function renderFlower(args: FleurArgs): TemplateResult {
  return html`<div class="story-flower" style=${styleMap(cssPropertyArgs(args))}>
    <fleur-pleine-sante ${manifestArgs(TAG, args)}></fleur-pleine-sante>
  </div>`;
}
