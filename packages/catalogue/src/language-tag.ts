/** Longest `lang` value worth reading: real tags are short, and a 1 MB attribute must not cost a regex over 1 MB. */
const MAX_TAG_LENGTH = 64;

/**
 * A page's or a reader's language tag, made canonical: `fr_FR` → `fr-FR`, `EN-gb` → `en-GB` (what CMSs and
 * `navigator.language` give), or `undefined` when the value is not a language tag at all (`constructor`, `<b>`,
 * a 10 000-character string). Never throws, for any value.
 */
export function normalizeLanguageTag(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > MAX_TAG_LENGTH) return undefined;
  // The tags nearly every page has are already canonical: no need to wake Intl (its first call loads locale data).
  if (trimmed === 'fr' || trimmed === 'en') return trimmed;
  try {
    return Intl.getCanonicalLocales(trimmed.replaceAll('_', '-'))[0];
  } catch {
    return undefined;
  }
}

/** The primary language subtag, lower case: `fr-CA` → `fr`. */
export function primarySubtag(tag: string): string {
  return (tag.split('-')[0] ?? tag).toLowerCase();
}
