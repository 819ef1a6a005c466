import { type Catalogue, type Item, localized } from '@fleur/catalogue';

/** The active filters. Empty lists mean "no restriction"; ids unknown to the catalogue are ignored. */
export interface Filters {
  readonly kinds: readonly string[];
  readonly audiences: readonly string[];
  readonly objectives: readonly string[];
  readonly factors: readonly string[];
  readonly query: string;
}

/** The list-valued filters a chip toggles. */
export type FilterList = 'kinds' | 'audiences' | 'objectives';

export const NO_FILTERS: Filters = { kinds: [], audiences: [], objectives: [], factors: [], query: '' };

export function hasActiveFilters(filters: Filters): boolean {
  return (
    filters.kinds.length + filters.audiences.length + filters.objectives.length + filters.factors.length > 0 ||
    filters.query.trim() !== ''
  );
}

/** Case- and accent-insensitive form for search: `Équilibre` and `equilibre` match. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const intersects = (wanted: readonly string[], values: readonly string[] | undefined) =>
  wanted.length === 0 || (values ?? []).some((value) => wanted.includes(value));

/** The searchable text of an item in every language it has, so a French reader finds "sleep" too. */
function searchableText(item: Item, catalogue: Catalogue, locale: string): string {
  const texts = [item.title, item.summary].flatMap((text) =>
    text === undefined ? [] : typeof text === 'string' ? [text] : Object.values(text),
  );
  texts.push(localized(item.title, locale, catalogue.defaultLocale));
  return foldForSearch(texts.join('\n'));
}

/**
 * Ids of the items that pass every filter: within one list any id matches (kind A or kind B), across lists all
 * must match (kind and audience); the query must appear in the title or summary, every word of it.
 */
export function matchingItemIds(catalogue: Catalogue, filters: Filters, locale: string): Set<string> {
  const words = foldForSearch(filters.query).split(/\s+/).filter(Boolean);
  const matching = new Set<string>();
  for (const item of catalogue.items) {
    if (!intersects(filters.kinds, [item.kind])) continue;
    if (!intersects(filters.audiences, item.audiences)) continue;
    if (!intersects(filters.objectives, item.objectives)) continue;
    if (!intersects(filters.factors, item.factors)) continue;
    if (words.length > 0) {
      const text = searchableText(item, catalogue, locale);
      if (!words.every((word) => text.includes(word))) continue;
    }
    matching.add(item.id);
  }
  return matching;
}
