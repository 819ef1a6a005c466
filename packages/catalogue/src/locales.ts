import { createIssue, type Issue } from './issues.js';
import { asString, isRecord, type RawRecord } from './raw.js';
import { localizedTexts } from './texts.js';

/**
 * Every translated text must have the catalogue's default language (error); a text missing a language that
 * other texts of the catalogue have is a warning, since the reader then sees the default language.
 */
export function checkLocales(root: RawRecord): { errors: Issue[]; warnings: Issue[] } {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const defaultLocale = asString(root.defaultLocale);
  const translated = [...localizedTexts(root)].filter(([text]) => isRecord(text)) as [RawRecord, (string | number)[]][];
  const used = new Set<string>();
  for (const [text] of translated) for (const locale of Object.keys(text)) used.add(locale);
  for (const [text, path] of translated) {
    if (defaultLocale !== undefined && !Object.hasOwn(text, defaultLocale)) {
      errors.push(createIssue('missing-default-locale', path, { locale: defaultLocale }));
    }
    for (const locale of used)
      if (locale !== defaultLocale && !Object.hasOwn(text, locale))
        warnings.push(createIssue('missing-translation', path, { locale }, 'warning'));
  }
  return { errors, warnings };
}
