import * as z from 'zod/mini';
import { CatalogueSchema } from './schema/catalogue.js';
import { editorDocs } from './schema/descriptions.js';

type JsonSchemaNode = { [key: string]: unknown };

/**
 * The schema's address. An npm CDN serves every file of a published package, so this URL resolves to the file
 * shipped in `fleur-pleine-sante-catalogue` (`catalogue.schema.json`) with no site of our own to keep alive. The range is the
 * package's compatible range (`0.1` while the version is 0.1.x, `1` from 1.0.0): a catalogue pointing at it keeps
 * getting fixes, and a breaking release gets a new `$id`. jsDelivr rather than unpkg: it serves npm files from a
 * multi-CDN with an uptime commitment. A test checks that the range follows the package's version.
 */
export const CATALOGUE_SCHEMA_ID =
  'https://cdn.jsdelivr.net/npm/fleur-pleine-sante-catalogue@0.1/catalogue.schema.json';

/**
 * The keywords of the schema that only editors read (VS Code's hover text, pattern messages and unknown-field
 * warnings): standard JSON Schema validators do not know them, and ajv's default strict mode refuses a schema with
 * unknown keywords. Declare them once and the schema compiles with every other check of strict mode kept:
 * `new Ajv2020().addVocabulary(EDITOR_KEYWORDS).compile(schema)`.
 */
export const EDITOR_KEYWORDS: string[] = [
  'markdownDescription',
  'patternErrorMessage',
  'errorMessage',
  'deprecationMessage',
];

/** What editors show on a field the library does not know; `parseCatalogue` reports it as a warning. */
const UNKNOWN_FIELD =
  'Unknown field: the library ignores it (a typo?). / Champ inconnu : la bibliothèque l’ignore (une faute de frappe ?).';

/**
 * Unknown fields are warnings, for the editor as for `parseCatalogue` (which drops them and reports
 * `unknown-field` warnings; `fleur validate --strict` turns warnings into errors). `additionalProperties: false`
 * would make them errors for every JSON Schema validator, so instead any other key is accepted and annotated as
 * deprecated: VS Code shows `deprecationMessage` as a warning on the key, other editors the standard `deprecated`.
 */
function annotateUnknownFields(node: unknown): void {
  if (Array.isArray(node)) node.forEach(annotateUnknownFields);
  else if (typeof node === 'object' && node !== null) {
    const schema = node as JsonSchemaNode;
    Object.values(schema).forEach(annotateUnknownFields);
    if (schema.type === 'object' && schema.properties !== undefined && schema.additionalProperties === undefined)
      schema.additionalProperties = { deprecated: true, deprecationMessage: UNKNOWN_FIELD };
  }
}

/**
 * The JSON Schema (draft 2020-12) of a catalogue file, generated from the zod schema (the single source of truth)
 * with the editor help of `schema/descriptions.ts`: an English `description` and an English and French
 * `markdownDescription` on every field, readable `patternErrorMessage`s. Shipped as
 * `fleur-pleine-sante-catalogue/catalogue.schema.json` and copied to `data/catalogue.schema.json`; catalogue files point to it
 * with `"$schema"` for completion, hover help and checks in editors.
 */
export function catalogueJsonSchema(): JsonSchemaNode {
  const schema = z.toJSONSchema(CatalogueSchema, {
    io: 'input',
    target: 'draft-2020-12',
    metadata: editorDocs,
  }) as JsonSchemaNode;
  annotateUnknownFields(schema);
  const { $schema, ...rest } = schema;
  return { $schema, $id: CATALOGUE_SCHEMA_ID, title: 'Fleur de la pleine santé — catalogue', ...rest };
}

/** The schema as the text written to disk (stable key order, trailing newline). */
export function catalogueJsonSchemaText(): string {
  return `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`;
}
