import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import {
  CATALOGUE_SCHEMA_ID,
  catalogueJsonSchema,
  catalogueJsonSchemaText,
  EDITOR_KEYWORDS,
} from 'fleur-pleine-sante-catalogue/json-schema.js';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const committed = (path: string) => readFileSync(new URL(path, root), 'utf8');

type Node = { [key: string]: unknown };
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every sub-schema of `node` with the JSON-pointer-like path where it sits. */
function* walk(node: unknown, path = '#'): Generator<[Node, string]> {
  if (Array.isArray(node)) for (const [index, child] of node.entries()) yield* walk(child, `${path}/${index}`);
  else if (isNode(node)) {
    yield [node, path];
    for (const [key, child] of Object.entries(node)) yield* walk(child, `${path}/${key}`);
  }
}

/** Each property declared by an object of the schema, as `path → its schema`. */
function declaredProperties(schema: unknown): [string, Node][] {
  const found: [string, Node][] = [];
  for (const [node, path] of walk(schema))
    if (isNode(node.properties))
      for (const [name, property] of Object.entries(node.properties))
        if (isNode(property)) found.push([`${path}/properties/${name}`, property]);
  return found;
}

describe('catalogueJsonSchema()', () => {
  it('is what the catalogue package ships and data/ holds (run `npm run schema` after changing the zod schema)', () => {
    const text = catalogueJsonSchemaText();
    expect(committed('packages/catalogue/catalogue.schema.json')).toBe(text);
    expect(committed('data/catalogue.schema.json')).toBe(text);
  });

  it('is exported by the catalogue package as ./catalogue.schema.json and packed with it', () => {
    const pkg = JSON.parse(committed('packages/catalogue/package.json')) as {
      exports: Record<string, unknown>;
      files: string[];
    };
    expect(pkg.exports['./catalogue.schema.json']).toBe('./catalogue.schema.json');
    expect(pkg.files).toContain('catalogue.schema.json');
  });

  it('has an $id on an npm CDN naming the file inside the published package, in its compatible version range', () => {
    const pkg = JSON.parse(committed('packages/catalogue/package.json')) as { name: string; version: string };
    const [major, minor] = pkg.version.split('.');
    const range = major === '0' ? `0.${minor}` : major;
    expect(catalogueJsonSchema().$id).toBe(CATALOGUE_SCHEMA_ID);
    expect(CATALOGUE_SCHEMA_ID).toBe(`https://cdn.jsdelivr.net/npm/${pkg.name}@${range}/catalogue.schema.json`);
  });

  it('describes the contract: required fields and caps', () => {
    const schema = catalogueJsonSchema() as {
      required: string[];
      properties: Record<string, { maxItems?: number; minItems?: number }>;
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['version', 'id', 'defaultLocale', 'title', 'petals', 'items']),
    );
    expect(schema.required).not.toContain('audiences');
    expect(schema.properties.items?.maxItems).toBe(10_000);
    expect(schema.properties.petals).toMatchObject({ minItems: 2, maxItems: 8 });
    expect(committed('data/catalogue.schema.json')).toContain('"maxLength": 10000');
  });

  it('gives every property of every object an English description and an English and French markdownDescription', () => {
    const properties = declaredProperties(catalogueJsonSchema());
    // Every object of the format: catalogue, petal, factor, vocabulary entry, item, figure, link, reference.
    expect(properties.length).toBeGreaterThanOrEqual(45);
    const undocumented = properties
      .filter(([, property]) => {
        const { description, markdownDescription } = property;
        return (
          typeof description !== 'string' ||
          description.length < 10 ||
          typeof markdownDescription !== 'string' ||
          !markdownDescription.startsWith(description) ||
          !markdownDescription.includes('*Français :* ')
        );
      })
      .map(([path]) => path);
    expect(undocumented).toEqual([]);
  });

  it('tells different fields apart even where they share a zod schema (an item id is not a petal id)', () => {
    const schema = catalogueJsonSchema() as Node;
    const description = (path: string) => {
      const found = [...walk(schema)].find(([, at]) => at === path)?.[0];
      return found?.description;
    };
    const petalId = description('#/properties/petals/items/properties/id');
    const itemId = description('#/properties/items/items/properties/id');
    const itemKind = description('#/properties/items/items/properties/kind');
    expect(petalId).toMatch(/petal/);
    expect(itemId).toMatch(/selected/);
    expect(new Set([petalId, itemId, itemKind]).size).toBe(3);
  });

  it('gives readable messages for the id, language-tag and colour patterns', () => {
    const patterns = [...walk(catalogueJsonSchema())].filter(([node]) => typeof node.pattern === 'string');
    expect(patterns.length).toBeGreaterThan(10);
    for (const [node, path] of patterns) expect(node.patternErrorMessage, path).toEqual(expect.any(String));
    const messageFor = (pattern: string) =>
      patterns.find(([node]) => node.pattern === pattern)?.[0].patternErrorMessage;
    expect(messageFor('^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$')).toMatch(/hex colour like #1a6b3c.*couleur hexadécimale/);
    expect(messageFor('^[A-Za-z0-9][A-Za-z0-9._:-]*$')).toMatch(/^An id: .*Un identifiant/);
    expect(messageFor('^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$')).toMatch(/language tag like fr, en or fr-CA/);
  });

  it('marks unknown fields of every object as deprecated (an editor warning), not forbidden', () => {
    const objects = [...walk(catalogueJsonSchema())].filter(([node]) => isNode(node.properties));
    expect(objects.length).toBeGreaterThanOrEqual(8);
    for (const [node, path] of objects)
      expect(node.additionalProperties, path).toEqual({
        deprecated: true,
        deprecationMessage: expect.stringMatching(/^Unknown field: .*Champ inconnu/),
      });
  });
});

describe('the shipped schema in ajv (the README recipe)', () => {
  const shipped = () => JSON.parse(committed('packages/catalogue/catalogue.schema.json')) as object;

  it("is refused by ajv's default strict mode as it is: VS Code's keywords are unknown to it", () => {
    expect(() => new Ajv2020().compile(shipped())).toThrow(/strict mode: unknown keyword: "markdownDescription"/);
  });

  it('compiles under new Ajv2020() defaults once EDITOR_KEYWORDS are declared, as the README shows, and validates', () => {
    const recipe = 'const validate = new Ajv2020().addVocabulary(EDITOR_KEYWORDS).compile(schema);';
    expect(committed('README.md')).toContain(recipe);
    // Strict mode stays on: any other keyword it does not know would still throw here.
    const validate = new Ajv2020().addVocabulary(EDITOR_KEYWORDS).compile(shipped());
    expect(validate(JSON.parse(committed('data/harmonie-mutuelle-2023.json')))).toBe(true);
    expect(validate({ version: 1, id: 'x' })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: 'required' });
  });
});
