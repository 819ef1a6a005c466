/** Attribute values parsed once, at the edge; the rest of the element trusts these types. */

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export const VIEWS = ['flower', 'table'] as const;
export type View = (typeof VIEWS)[number];

/** The formats the drawing exports to. */
export const EXPORT_FORMATS = ['svg', 'png'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A keyword attribute: the value if it is one of `keywords`, else `fallback` (unknown values are ignored). */
export function keyword<const K extends readonly string[], F extends K[number] | undefined>(
  value: string | null | undefined,
  keywords: K,
  fallback: F,
): K[number] | F {
  const normalized = (value ?? '').trim().toLowerCase();
  return (keywords as readonly string[]).includes(normalized) ? (normalized as K[number]) : fallback;
}

/**
 * A keyword property's next value, as an attribute or a property sets it: absent (`null`, `undefined`, a removed
 * attribute) is the default; a keyword (in any case) is itself; anything else keeps `current`. Never `undefined`, so
 * the property reads a keyword at every moment, whether the value came from the page, the URL hash or code.
 */
export function nextKeyword<const K extends readonly string[]>(
  value: unknown,
  keywords: K,
  defaultValue: K[number],
  current: K[number],
): K[number] {
  if (value === null || value === undefined) return defaultValue;
  return keyword(String(value), keywords, current);
}

/** `"offer  service"` → `['offer', 'service']`: space-separated ids, duplicates removed, order kept. */
export function idList(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/\s+/).filter((id) => id.length > 0))];
}

/** The inverse of {@link idList}: `''` for no ids, so the attribute disappears when reflected. */
export function idListAttribute(ids: readonly string[]): string {
  return ids.join(' ');
}
