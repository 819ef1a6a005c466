import { createIssue, type Issue } from './issues.js';
import { checkLinks } from './links.js';
import { checkLocales } from './locales.js';
import { isRecord, type RawRecord } from './raw.js';
import { checkReferences } from './references.js';
import { type Catalogue, CatalogueSchema } from './schema/catalogue.js';
import { MAX_ITEMS } from './schema/limits.js';
import { checkUnknownFields } from './unknown-fields.js';
import { fromZodIssues, typeOf } from './zod-issues.js';

/** Longest JSON text `parseCatalogue` will read (a catalogue at its caps stays well below). */
export const MAX_JSON_LENGTH = 50_000_000;

export type ParseResult =
  | { readonly ok: true; readonly catalogue: Catalogue; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly warnings: readonly Issue[] };

export function failure(issues: readonly Issue[], warnings: readonly Issue[] = []): ParseResult {
  return { ok: false, issues, warnings };
}

/** JSON text → value, or the issue that says why not. */
function readJson(text: string): { value: unknown } | { issue: Issue } {
  if (text.length > MAX_JSON_LENGTH)
    return { issue: createIssue('too-large', [], { size: text.length, max: MAX_JSON_LENGTH }) };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { issue: createIssue('invalid-json', [], { detail: detail.slice(0, 200) }) };
  }
}

function validate(root: RawRecord): ParseResult {
  const issues: Issue[] = [];
  let input = root;
  // A runaway list is reported once, and only its first MAX_ITEMS entries are checked further.
  if (Array.isArray(root.items) && root.items.length > MAX_ITEMS) {
    issues.push(createIssue('too-many', ['items'], { count: root.items.length, max: MAX_ITEMS }));
    input = { ...root, items: root.items.slice(0, MAX_ITEMS) };
  }
  const parsed = CatalogueSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) issues.push(...fromZodIssues(parsed.error.issues));
  const references = checkReferences(input);
  const locales = checkLocales(input);
  issues.push(...references.errors, ...locales.errors, ...checkLinks(input));
  const warnings = [...references.warnings, ...locales.warnings, ...checkUnknownFields(input)];
  if (issues.length > 0 || !parsed.success) return failure(dedupe(issues), warnings);
  return { ok: true, catalogue: parsed.data, warnings };
}

/** The schema and the semantic pass can both see one problem (e.g. an empty id); report it once. */
function dedupe(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.code}\u0000${issue.path.join('\u0000')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Validates a catalogue — a parsed JSON value or JSON text — and returns either the typed catalogue (with
 * warnings) or every problem found, each with its JSON path. Never throws on user data.
 *
 * @example
 * const result = parseCatalogue(await response.text());
 * if (!result.ok) console.log(result.issues.map((issue) => formatIssue(issue, 'en')));
 */
export function parseCatalogue(input: unknown): ParseResult {
  try {
    let value = input;
    if (typeof input === 'string') {
      const json = readJson(input);
      if ('issue' in json) return failure([json.issue]);
      value = json.value;
    }
    if (!isRecord(value))
      return failure([createIssue('invalid-type', [], { expected: 'object', received: typeOf(value) })]);
    return validate(value);
  } catch (error) {
    // Last line of defence (a getter that throws, a stack overflow on exotic input): still a result, not a throw.
    const detail = error instanceof Error ? error.message : String(error);
    return failure([createIssue('invalid-value', [], { received: detail.slice(0, 200) })]);
  }
}
