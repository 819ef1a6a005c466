import { normalizeLanguageTag, primarySubtag } from './language-tag.js';

/**
 * The languages issue messages are written in; the element's interface and the CLI speak the same ones. A module of
 * its own, so that reading the list does not bring the message tables into a bundle.
 */
export const MESSAGE_LOCALES = ['fr', 'en'] as const;
export type MessageLocale = (typeof MESSAGE_LOCALES)[number];

/** Picks the message language for any value: `en-GB` or `en_US` → `en`; anything else (`constructor`…) → `fr`. */
export function messageLocale(locale: string | undefined): MessageLocale {
  const tag = normalizeLanguageTag(locale);
  const primary = tag === undefined ? '' : primarySubtag(tag);
  return (MESSAGE_LOCALES as readonly string[]).includes(primary) ? (primary as MessageLocale) : 'fr';
}
