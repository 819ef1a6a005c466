import * as z from 'zod/mini';
import { CatalogueSchema } from './schema/catalogue.js';

type JsonSchemaNode = { [key: string]: unknown };

/** Objects declared with `properties` reject other keys, so editors flag typos such as `sumary`. */
function closeObjects(node: unknown): void {
  if (Array.isArray(node)) node.forEach(closeObjects);
  else if (typeof node === 'object' && node !== null) {
    const schema = node as JsonSchemaNode;
    if (schema.type === 'object' && schema.properties !== undefined && schema.additionalProperties === undefined)
      schema.additionalProperties = false;
    Object.values(schema).forEach(closeObjects);
  }
}

/**
 * The JSON Schema of a catalogue file, generated from the zod schema (the single source of truth). Written to
 * `data/catalogue.schema.json`; catalogue files point to it with `"$schema"` for completion in editors.
 */
export function catalogueJsonSchema(): JsonSchemaNode {
  const schema = z.toJSONSchema(CatalogueSchema, { io: 'input', target: 'draft-2020-12' }) as JsonSchemaNode;
  closeObjects(schema);
  return {
    $schema: schema.$schema,
    $id: 'https://fleur-pleine-sante.example/catalogue.schema.json',
    title: 'Fleur de la pleine santé — catalogue',
    description:
      'Petals and factors of a health-determinant model, and the offers, services and initiatives acting on them. ' +
      'References between lists (item → factor, factor → petal, …) and translations are checked by parseCatalogue.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

/** The schema as the text written to disk (stable key order, trailing newline). */
export function catalogueJsonSchemaText(): string {
  return `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`;
}
