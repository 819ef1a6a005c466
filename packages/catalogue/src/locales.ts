import { createIssue, type Issue } from './issues.js';
import { asString, isRecord, type RawRecord } from './raw.js';
import { LocaleSchema } from './schema/localized-text.js';
import { localizedTexts } from './texts.js';

/** Languages a default-language issue lists, at most (a catalogue of junk keys must not make a page-long message). */
const LISTED_LOCALES = 5;

/**
 * Every translated text must have the catalogue's default language (error); a text missing a language that
 * other texts of the catalogue have is a warning, since the reader then sees the default language. A default
 * language no text has is one error at `defaultLocale` (a typo or a wrong choice), not one per text.
 */
export function checkLocales(root: RawRecord): { errors: Issue[]; warnings: Issue[] } {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const defaultLocale = asString(root.defaultLocale);
  const translated = [...localizedTexts(root)].filter(([text]) => isRecord(text)) as [RawRecord, (string | number)[]][];
  const used = new Set<string>();
  for (const [text] of translated) for (const locale of Object.keys(text)) used.add(locale);
  // A default that is no language tag at all is the schema's to report (invalid-locale), once, not per text.
  const tag = LocaleSchema.safeParse(defaultLocale).success;
  if (defaultLocale !== undefined && tag && used.size > 0 && !used.has(defaultLocale)) {
    const listed = [...used].slice(0, LISTED_LOCALES).join(', ');
    errors.push(createIssue('unused-default-locale', ['defaultLocale'], { locale: defaultLocale, used: listed }));
    return { errors, warnings };
  }
  for (const [text, path] of translated) {
    if (defaultLocale !== undefined && tag && !Object.hasOwn(text, defaultLocale)) {
      errors.push(createIssue('missing-default-locale', path, { locale: defaultLocale }));
    }
    for (const locale of used)
      if (locale !== defaultLocale && !Object.hasOwn(text, locale))
        warnings.push(createIssue('missing-translation', path, { locale }, 'warning'));
  }
  return { errors, warnings };
}
