import { type Catalogue, type Item, localized, type VocabularyEntry } from 'fleur-pleine-sante-catalogue';
import type { DrawingMessages as Messages } from '../i18n/index.js';

/**
 * The id-list filters, as data: the attribute (and property) that holds each, the ids an item carries for it, the
 * catalogue list it chooses from, and its chips' heading (`null`: chosen another way, as factors are, by a select).
 * The element's properties, the parsing, the event's detail, the controls and the reader's actions all follow this
 * table: a new list is a new row (and its messages).
 */
export const FILTER_LISTS = [
  {
    name: 'kinds',
    values: (item: Item): readonly string[] => [item.kind],
    choices: (catalogue: Catalogue): readonly VocabularyEntry[] => catalogue.kinds,
    heading: (messages: Messages): string | null => messages.kind,
  },
  {
    name: 'audiences',
    values: (item: Item): readonly string[] => item.audiences,
    choices: (catalogue: Catalogue): readonly VocabularyEntry[] => catalogue.audiences,
    heading: (messages: Messages): string | null => messages.audiences,
  },
  {
    name: 'objectives',
    values: (item: Item): readonly string[] => item.objectives ?? [],
    choices: (catalogue: Catalogue): readonly VocabularyEntry[] => catalogue.objectives,
    heading: (messages: Messages): string | null => messages.objectives,
  },
  {
    name: 'factors',
    values: (item: Item): readonly string[] => item.factors,
    choices: (catalogue: Catalogue): readonly VocabularyEntry[] => catalogue.factors,
    heading: (): string | null => null,
  },
] as const;

/** The name of an id-list filter: `kinds`, `audiences`, `objectives`, `factors`. */
export type FilterList = (typeof FILTER_LISTS)[number]['name'];

/** The active filters. Empty lists mean "no restriction"; ids unknown to the catalogue are ignored. */
export type Filters = { readonly [List in FilterList]: readonly string[] } & { readonly query: string };

/**
 * The longest search the element reads, in UTF-16 code units: a query is a few words; past this length the rest is
 * ignored, so a page (or a link) setting a megabyte of text costs no more than a long search.
 */
export const MAX_QUERY_LENGTH = 200;

/** `query` cut to {@link MAX_QUERY_LENGTH}, never in the middle of a surrogate pair. */
export function cappedQuery(query: string): string {
  if (query.length <= MAX_QUERY_LENGTH) return query;
  const cut = query.slice(0, MAX_QUERY_LENGTH);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Builds the filters from one value per list (e.g. the parsed attributes) and the query (capped). */
export function filtersFrom(list: (name: FilterList) => readonly string[], query: string): Filters {
  const lists: Partial<Record<FilterList, readonly string[]>> = {};
  for (const { name } of FILTER_LISTS) lists[name] = list(name);
  return { ...(lists as Record<FilterList, readonly string[]>), query: cappedQuery(query) };
}

export const NO_FILTERS: Filters = filtersFrom(() => [], '');

/** How many ids the lists hold together. */
export function activeIdCount(filters: Filters): number {
  return FILTER_LISTS.reduce((sum, { name }) => sum + filters[name].length, 0);
}

export function hasActiveFilters(filters: Filters): boolean {
  return activeIdCount(filters) > 0 || filters.query.trim() !== '';
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
 * Every item's searchable text, folded once (item id → text): what a search reads. Built once per catalogue and
 * language (the element keeps it), so a keystroke costs one pass over the catalogue's text, not a fold of it.
 */
export function searchTexts(catalogue: Catalogue, locale: string): ReadonlyMap<string, string> {
  return new Map(catalogue.items.map((item) => [item.id, searchableText(item, catalogue, locale)]));
}

/** The distinct words of a query, folded (at most {@link MAX_QUERY_LENGTH} characters of it are read). */
function queryWords(query: string): string[] {
  return [...new Set(foldForSearch(cappedQuery(query)).split(/\s+/).filter(Boolean))];
}

/**
 * Ids of the items that pass every filter: within one list any id matches (kind A or kind B), across lists all
 * must match (kind and audience); the query must appear in the title or summary, every word of it. With the query
 * capped, the work is linear in the catalogue's text: each item's text is scanned for at most 100 distinct words.
 */
export function matchingItemIds(
  catalogue: Catalogue,
  filters: Filters,
  locale: string,
  texts: ReadonlyMap<string, string> | undefined = undefined,
): Set<string> {
  const words = queryWords(filters.query);
  const searched = words.length > 0 ? (texts ?? searchTexts(catalogue, locale)) : undefined;
  const matching = new Set<string>();
  for (const item of catalogue.items) {
    if (!FILTER_LISTS.every(({ name, values }) => intersects(filters[name], values(item)))) continue;
    const text = searched?.get(item.id) ?? '';
    if (searched && !words.every((word) => text.includes(word))) continue;
    matching.add(item.id);
  }
  return matching;
}
