import { type Catalogue, localized } from '@fleur/catalogue';
import { html, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/index.js';

/** Ids the drawing's `aria-describedby` points to (unique per shadow root, so flowers never collide). */
export const DESCRIPTION_IDS = 'fleur-summary fleur-help';

/**
 * What a screen reader hears after the drawing's name: a generated summary ("73 offres, services et initiatives
 * sur 3 familles de facteurs : …") and the keyboard instructions; plus the polite live region for announcements.
 */
export function renderDescriptions(
  catalogue: Catalogue,
  lang: string,
  messages: Messages,
  announcement: string,
): TemplateResult {
  const text = (value: Parameters<typeof localized>[0]) => localized(value, lang, catalogue.defaultLocale);
  const petalNames = catalogue.petals.map((petal) => text(petal.label)).join(', ');
  return html`
    <p class="visually-hidden" id="fleur-summary">
      ${messages.summary(catalogue.items.length, catalogue.petals.length, petalNames)} ${text(catalogue.title)}
    </p>
    <p class="visually-hidden" id="fleur-help">${messages.keyboardHelp}</p>
    <div class="visually-hidden" role="status">${announcement}</div>
  `;
}
