import { readFileSync } from 'node:fs';
import { catalogueJsonSchema, catalogueJsonSchemaText } from '@fleur/catalogue/json-schema.js';
import { describe, expect, it } from 'vitest';

const committed = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('catalogueJsonSchema()', () => {
  it('is what data/catalogue.schema.json holds (run `npm run schema` after changing the zod schema)', () => {
    expect(committed('data/catalogue.schema.json')).toBe(catalogueJsonSchemaText());
  });

  it('describes the contract: required fields, closed objects, caps', () => {
    const schema = catalogueJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { maxItems?: number; minItems?: number }>;
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['version', 'id', 'defaultLocale', 'title', 'petals', 'items']),
    );
    expect(schema.required).not.toContain('audiences');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.items?.maxItems).toBe(10_000);
    expect(schema.properties.petals).toMatchObject({ minItems: 2, maxItems: 8 });
    expect(committed('data/catalogue.schema.json')).toContain('"maxLength": 10000');
  });
});
