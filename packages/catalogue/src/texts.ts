import type { IssuePath } from './issues.js';
import { isRecord, type RawRecord, records } from './raw.js';
import { CatalogueSchema } from './schema/catalogue.js';
import { z } from './schema/zod.js';

type Schema = z.core.$ZodType;

/** The schema inside `optional(…)` and `_default(…)`: where a field may be absent, its value has the inner shape. */
function unwrapped(schema: Schema): Schema {
  if (schema instanceof z.core.$ZodOptional || schema instanceof z.core.$ZodDefault)
    return unwrapped(schema._zod.def.innerType);
  return schema;
}

/**
 * A localized text, as the schema declares it (`LocalizedTextSchema`, `LocalizedShortTextSchema` and their clones):
 * a union of one string and a record of strings keyed by language.
 */
function isLocalizedText(schema: Schema): boolean {
  if (!(schema instanceof z.core.$ZodUnion)) return false;
  const [text, translations, ...others] = schema._zod.def.options;
  return others.length === 0 && text instanceof z.core.$ZodString && translations instanceof z.core.$ZodRecord;
}

/**
 * The values under `value` that `schema` declares as localized text, with their paths. The fields come from the
 * zod schema itself, so a new localized field (a petal's `shortLabel`, a reference's `label`) is covered by
 * declaring it there. Reads unvalidated JSON defensively: a value of the wrong shape is skipped (the schema check
 * reports it), a present field is yielded whatever its value.
 */
function* textsIn(schema: Schema, value: unknown, path: IssuePath): Generator<[unknown, IssuePath]> {
  const inner = unwrapped(schema);
  if (isLocalizedText(inner)) {
    yield [value, path];
    return;
  }
  if (inner instanceof z.core.$ZodObject && isRecord(value))
    for (const [key, field] of Object.entries(inner._zod.def.shape))
      if (key in value) yield* textsIn(field, value[key], [...path, key]);
  if (inner instanceof z.core.$ZodArray)
    for (const [entry, index] of records(value)) yield* textsIn(inner._zod.def.element, entry, [...path, index]);
}

/** Every localized-text value of a raw catalogue, with its path. */
export function localizedTexts(root: RawRecord): Generator<[unknown, IssuePath]> {
  return textsIn(CatalogueSchema, root, []);
}

/** The references of `owner` (the catalogue, a petal, a factor), each with its path. */
function* references(owner: RawRecord, path: IssuePath): Generator<[RawRecord, IssuePath]> {
  for (const [reference, r] of records(owner.references)) yield [reference, [...path, 'references', r]];
}

/** Links of a raw catalogue with their path: items' links and references' pages. */
export function* linkHrefs(root: RawRecord): Generator<[unknown, IssuePath]> {
  for (const owner of [
    [root, []] as const,
    ...[...records(root.petals)].map(([p, i]) => [p, ['petals', i]] as const),
    ...[...records(root.factors)].map(([f, i]) => [f, ['factors', i]] as const),
  ])
    for (const [reference, path] of references(owner[0], owner[1]))
      if ('href' in reference) yield [reference.href, [...path, 'href']];
  for (const [item, index] of records(root.items))
    for (const [link, l] of records(item.links)) yield [link.href, ['items', index, 'links', l, 'href']];
}
