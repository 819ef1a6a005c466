import { readFileSync } from 'node:fs';
import { type Issue, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { EDITOR_KEYWORDS } from 'fleur-pleine-sante-catalogue/json-schema.js';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { minimalCatalogue } from '../helpers/fixture.js';

/**
 * The editor (any JSON Schema validator, here ajv on the shipped draft 2020-12 schema) and the parser behind the
 * CLI give one verdict on the same file: what one rejects the other rejects, and an unknown field is a warning for
 * both (accepted; the parser reports it, VS Code shows the schema's `deprecationMessage`).
 */
const root = new URL('../../', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

// The editor-only keywords VS Code reads, declared as the README shows: ajv's strict mode stays on for everything else.
const validate = new Ajv2020({ allErrors: true })
  .addVocabulary(EDITOR_KEYWORDS)
  .compile(readJson('packages/catalogue/catalogue.schema.json') as object);

function verdicts(catalogue: unknown) {
  const schemaAccepts = validate(catalogue);
  const result = parseCatalogue(catalogue);
  return {
    schemaAccepts,
    parserAccepts: result.ok,
    schemaErrors: (validate.errors ?? []).map((error) => `${error.instancePath} ${error.keyword}`),
    issues: result.ok ? [] : result.issues.map((issue: Issue) => `${issue.code} ${issue.path.join('.')}`),
    warnings: result.warnings.map((issue: Issue) => `${issue.code} ${issue.path.join('.')}`),
  };
}

type Json = Record<string, unknown>;
const harmonie = () => readJson('data/harmonie-mutuelle-2023.json') as Json;

/** The object at a dotted path (`items.3.figures.0`), which the test expects to exist. */
function objectAt(root: Json, path: string): Json {
  let node: unknown = root;
  for (const key of path.split('.').filter(Boolean)) node = (node as Json)[key];
  if (typeof node !== 'object' || node === null) throw new Error(`no object at ${path}`);
  return node as Json;
}

/** A copy of `catalogue` with the field at `path` set to `value`, or removed when `value` is `REMOVE`. */
const REMOVE = Symbol('remove');
function edited(catalogue: Json, path: string, value: unknown): Json {
  const copy = structuredClone(catalogue);
  const keys = path.split('.');
  const field = keys.pop() as string;
  const owner = objectAt(copy, keys.join('.'));
  if (value === REMOVE) delete owner[field];
  else owner[field] = value;
  return copy;
}

/** The dotted path of the first entry of `list` whose items have `field` (e.g. the first item with figures). */
function firstWith(catalogue: Json, list: string, field: string): string {
  const index = (catalogue[list] as Json[]).findIndex((entry) => entry[field] !== undefined);
  return `${list}.${index}`;
}

describe('the JSON Schema and parseCatalogue agree', () => {
  it.each([
    ['data/harmonie-mutuelle-2023.json', harmonie],
    ['tests/fixtures/dahlgren-whitehead.json', () => readJson('tests/fixtures/dahlgren-whitehead.json')],
    ['the minimal test catalogue', minimalCatalogue],
  ])('both accept %s', (_name, load) => {
    const verdict = verdicts(load());
    expect(verdict.schemaErrors).toEqual([]);
    expect(verdict.issues).toEqual([]);
    expect(verdict).toMatchObject({ schemaAccepts: true, parserAccepts: true });
  });

  it.each([
    ['a bad colour', 'petals.0.color', 'green', 'invalid-color petals.0.color', '/petals/0/color pattern'],
    ['a colour missing a digit', 'petals.1.color', '#1a6b3', 'invalid-color petals.1.color', '/petals/1/color pattern'],
    ['an item id with a space', 'items.0.id', 'semi de paris', 'invalid-id items.0.id', '/items/0/id pattern'],
    ['a catalogue id starting with a dash', 'id', '-test', 'invalid-id id', '/id pattern'],
    // A missing localized text is reported as «expected a localized text, received nothing».
    ['a missing title', 'title', REMOVE, 'invalid-type title', ' required'],
    ['an item missing its factors', 'items.1.factors', REMOVE, 'required items.1.factors', '/items/1 required'],
    ['version 2', 'version', 2, 'invalid-version version', '/version const'],
    ['version "1" as a string', 'version', '1', 'invalid-version version', '/version'],
    ['a bad language tag', 'defaultLocale', 'French', 'invalid-locale defaultLocale', '/defaultLocale pattern'],
  ])('both reject %s', (_name, path, value, issue, schemaError) => {
    const verdict = verdicts(edited(minimalCatalogue() as Json, path, value));
    expect(verdict).toMatchObject({ schemaAccepts: false, parserAccepts: false });
    expect(verdict.issues).toContain(issue);
    expect(verdict.schemaErrors.some((error) => error.startsWith(schemaError))).toBe(true);
  });

  it.each([
    ['the catalogue', () => ''],
    ['a petal', () => 'petals.0'],
    ['a factor', () => 'factors.2'],
    ['a kind', () => 'kinds.0'],
    ['an item', () => 'items.3'],
    ['a figure', (c: Json) => `${firstWith(c, 'items', 'figures')}.figures.0`],
    ['a link', (c: Json) => `${firstWith(c, 'items', 'links')}.links.0`],
    ['a reference', () => 'references.0'],
  ])('an unknown field in %s is a warning for both: accepted, and reported by the parser', (_name, ownerPath) => {
    const path = `${ownerPath(harmonie())}.sumary`.replace(/^\./, '');
    const verdict = verdicts(edited(harmonie(), path, 'typo'));
    expect(verdict).toMatchObject({ schemaAccepts: true, parserAccepts: true });
    expect(verdict.warnings.filter((warning) => warning.startsWith('unknown-field'))).toEqual([
      `unknown-field ${path}`,
    ]);
  });
});
