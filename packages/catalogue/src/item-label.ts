import { localized } from './localize.js';
import type { Item } from './schema/item.js';
import type { LocalizedText } from './schema/localized-text.js';

/** The text in the reader's own language (exact tag or primary subtag), or `undefined`: no fallback here. */
function inLanguage(text: LocalizedText | undefined, locale: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[locale] ?? text[locale.split('-')[0] ?? locale];
}

const nonEmpty = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

/**
 * The name drawn next to an item's mark on the flower: its `shortTitle` when it has a non-empty one, else its
 * title, both through {@link localized}. A short title in the reader's language wins; when only the title is
 * translated into it, the translated title is shown rather than a short title in another language.
 *
 * @example
 * itemLabelText({ title: { fr: 'Semi-marathon de Paris' }, shortTitle: { fr: 'Semi de Paris' } }, 'fr', 'fr');
 * // → 'Semi de Paris'
 */
export function itemLabelText(
  item: Pick<Item, 'title' | 'shortTitle'>,
  locale: string,
  fallbackLocale?: string,
): string {
  const short = inLanguage(item.shortTitle, locale);
  if (nonEmpty(short)) return short;
  if (nonEmpty(inLanguage(item.title, locale))) return localized(item.title, locale, fallbackLocale);
  const fallbackShort = localized(item.shortTitle, locale, fallbackLocale);
  return nonEmpty(fallbackShort) ? fallbackShort : localized(item.title, locale, fallbackLocale);
}
