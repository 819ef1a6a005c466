import { html, type TemplateResult } from 'lit';
import type { TextContext } from '../../model/item-text.js';

/** Ids the drawing's `aria-describedby` points to (unique per shadow root, so flowers never collide). */
export const DESCRIPTION_IDS = 'fleur-summary fleur-help';

/**
 * What a screen reader hears after the drawing's name: a generated summary ("73 offres, services et initiatives
 * sur 3 familles de facteurs : …") and the keyboard instructions; plus the polite live region for announcements.
 */
export function renderDescriptions(context: TextContext, announcement: string): TemplateResult {
  const { catalogue, messages, text } = context;
  const petalNames = catalogue.petals.map((petal) => text(petal.label)).join(', ');
  return html`
    <p class="visually-hidden" id="fleur-summary">
      ${messages.summary(catalogue.items.length, catalogue.petals.length, petalNames)} ${text(catalogue.title)}
    </p>
    <p class="visually-hidden" id="fleur-help">${messages.keyboardHelp}</p>
    <div class="visually-hidden" role="status">${announcement}</div>
  `;
}
