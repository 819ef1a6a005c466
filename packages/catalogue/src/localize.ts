import type { LocalizedText } from './schema/localized-text.js';

/**
 * The text to show a reader: the exact language, else its primary subtag (`fr-CA` → `fr`), else the fallback
 * (the catalogue's default language), else any translation. Shared by the element and the CLI renderer.
 */
export function localized(text: LocalizedText | undefined, locale: string, fallbackLocale?: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const primary = locale.split('-')[0] ?? locale;
  return (
    text[locale] ??
    text[primary] ??
    (fallbackLocale === undefined ? undefined : text[fallbackLocale]) ??
    Object.values(text)[0] ??
    ''
  );
}
