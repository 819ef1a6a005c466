/** Attribute values parsed once, at the edge; the rest of the element trusts these types. */
import type { ReadingMessages } from './i18n/messages.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export const VIEWS = ['flower', 'table'] as const;
export type View = (typeof VIEWS)[number];

/** The reading messages that are plain words (not functions of a count or a name): a button's label. */
export type ReadingWord = {
  [Key in keyof ReadingMessages]: ReadingMessages[Key] extends string ? Key : never;
}[keyof ReadingMessages];

/** What the rest of the element needs to know of a view. */
export interface ViewDeclaration {
  /** The words of its button in the controls. */
  readonly label: ReadingWord;
  /** It shows the drawing: the keyboard walks its marks, a zoomed petal's notes and a badge's list go with it. */
  readonly drawing: boolean;
  /** It lists every item already: printing adds no table after it. */
  readonly listsItems: boolean;
}

/**
 * Each view, declared once (like `FILTER_LISTS`): the controls offer one button per entry, and the keyboard, the
 * notes and printing read what it is. A new view is one more keyword above, one entry here and its messages.
 */
export const VIEW_DECLARATIONS: Readonly<Record<View, ViewDeclaration>> = {
  flower: { label: 'viewFlower', drawing: true, listsItems: false },
  table: { label: 'viewTable', drawing: false, listsItems: true },
};

/** The formats the drawing exports to. */
export const EXPORT_FORMATS = ['svg', 'png'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an export format is: its button's words, its file's media type, the element's method that makes it. */
export interface ExportFormatDeclaration {
  readonly label: ReadingWord;
  readonly mediaType: string;
  readonly method: 'toSVG' | 'toPNG';
}

/** Each export format, declared once: the controls offer one button per entry, the download reads the rest. */
export const EXPORT_FORMAT_DECLARATIONS: Readonly<Record<ExportFormat, ExportFormatDeclaration>> = {
  svg: { label: 'exportSvg', mediaType: 'image/svg+xml', method: 'toSVG' },
  png: { label: 'exportPng', mediaType: 'image/png', method: 'toPNG' },
};

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
