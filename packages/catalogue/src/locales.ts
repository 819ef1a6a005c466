import { createIssue, type Issue } from './issues.js';
import { asString, isRecord, type RawRecord } from './raw.js';
import { LocaleSchema } from './schema/localized-text.js';
import { localizedTexts } from './texts.js';

/** Languages a default-language issue lists, at most (a catalogue of junk keys must not make a page-long message). */
const LISTED_LOCALES = 5;

/** One error at `defaultLocale` when no translated text has it (a typo or a wrong choice), else none. */
function unusedDefault(required: string | undefined, used: ReadonlySet<string>): Issue | undefined {
  if (required === undefined || used.size === 0 || used.has(required)) return undefined;
  const listed = [...used].slice(0, LISTED_LOCALES).join(', ');
  return createIssue('unused-default-locale', ['defaultLocale'], { locale: required, used: listed });
}

/**
 * Every translated text must have the catalogue's default language (error); a text missing a language that
 * other texts of the catalogue have is a warning, since the reader then sees the default language. A default
 * language no text has is one error at `defaultLocale`, not one per text.
 */
export function checkLocales(root: RawRecord): { errors: Issue[]; warnings: Issue[] } {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const defaultLocale = asString(root.defaultLocale);
  const translated = [...localizedTexts(root)].filter(([text]) => isRecord(text)) as [RawRecord, (string | number)[]][];
  const used = new Set<string>();
  for (const [text] of translated) for (const locale of Object.keys(text)) used.add(locale);
  // A default that is no language tag at all is the schema's to report (invalid-locale), once, not per text.
  const required = LocaleSchema.safeParse(defaultLocale).success ? defaultLocale : undefined;
  const unused = unusedDefault(required, used);
  if (unused) return { errors: [unused], warnings };
  for (const [text, path] of translated) {
    if (required !== undefined && !Object.hasOwn(text, required)) {
      errors.push(createIssue('missing-default-locale', path, { locale: required }));
    }
    for (const locale of used)
      if (locale !== defaultLocale && !Object.hasOwn(text, locale))
        warnings.push(createIssue('missing-translation', path, { locale }, 'warning'));
  }
  return { errors, warnings };
}
