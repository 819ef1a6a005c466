import { html, nothing, type TemplateResult } from 'lit';
import type { DrawingMessages } from '../../i18n/index.js';

/** Why the drawing shows no mark: an empty catalogue, or filters that keep nothing. */
export function renderStageNote(
  itemCount: number,
  matchingCount: number,
  messages: DrawingMessages,
): TemplateResult | typeof nothing {
  if (itemCount === 0) return html`<p class="fleur__note">${messages.empty}</p>`;
  if (matchingCount === 0) return html`<p class="fleur__note">${messages.noMatch}</p>`;
  return nothing;
}

/** The hint in the details' place while nothing is selected (or before the reading parts bring the details). */
export function renderDetailsHint(messages: DrawingMessages): TemplateResult {
  return html`<p class="details details--empty" part="details-placeholder">${messages.detailsHint}</p>`;
}

/**
 * The controls' place before their chunk arrives: held empty while it loads; a short notice, with a button to try
 * again (`retry`), when it could not be loaded (the flower itself needs nothing from it).
 */
export function renderControlsPlaceholder(
  failed: boolean,
  messages: DrawingMessages,
  retry: () => void,
): TemplateResult {
  if (!failed) return html`<div class="controls controls--loading" part="controls"></div>`;
  return html`<div class="controls controls--unavailable" part="controls" role="status">
    <p>${messages.partsUnavailable}</p>
    <button type="button" class="chip" @click=${retry}>${messages.retry}</button>
  </div>`;
}
