import { localized } from './localize.js';
import type { Item } from './schema/item.js';

/**
 * The name drawn next to an item's mark on the flower: its localized `shortTitle` when it has a non-empty one,
 * else its localized title (both through {@link localized}, with the same language fallbacks).
 *
 * @example
 * itemLabelText({ title: { fr: 'Harmonie Mutuelle Semi de Paris' }, shortTitle: { fr: 'Semi de Paris' } }, 'fr', 'fr');
 * // → 'Semi de Paris'
 */
export function itemLabelText(
  item: Pick<Item, 'title' | 'shortTitle'>,
  locale: string,
  fallbackLocale?: string,
): string {
  const short = localized(item.shortTitle, locale, fallbackLocale);
  return short.trim() === '' ? localized(item.title, locale, fallbackLocale) : short;
}
