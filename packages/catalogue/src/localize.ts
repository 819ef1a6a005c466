import { displayText } from './display-text.js';
import { normalizeLanguageTag, primarySubtag } from './language-tag.js';
import type { LocalizedText } from './schema/localized-text.js';

/** The translation under `locale` (an own key, compared case-insensitively: `fr-ca` finds `fr-CA`), if any. */
function translation(text: Readonly<Record<string, string>>, locale: string | undefined): string | undefined {
  if (locale === undefined) return undefined;
  if (Object.hasOwn(text, locale)) return text[locale];
  const folded = locale.toLowerCase();
  const key = Object.keys(text).find((candidate) => candidate.toLowerCase() === folded);
  return key === undefined ? undefined : text[key];
}

/**
 * The text to show a reader: the exact language, else its primary subtag (`fr-CA` → `fr`), else the fallback
 * (the catalogue's default language), else any translation, with control characters removed (see
 * {@link displayText}). `locale` may be anything a page writes in `lang` (`fr_FR`, `EN`, `constructor`): it is
 * normalised first, and only the text's own keys are read. Shared by the element and the CLI renderer.
 */
export function localized(text: LocalizedText | undefined, locale: string, fallbackLocale?: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return displayText(text);
  if (typeof text !== 'object' || text === null) return '';
  const tag = normalizeLanguageTag(locale);
  const found =
    translation(text, tag) ??
    translation(text, tag === undefined ? undefined : primarySubtag(tag)) ??
    translation(text, fallbackLocale) ??
    Object.values(text).find((value) => typeof value === 'string');
  return typeof found === 'string' ? displayText(found) : '';
}
