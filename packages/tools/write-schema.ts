// `npm run schema`: writes the catalogue's JSON Schema where it is shipped (the catalogue package, whose `$id` points
// at it on npm CDNs) and beside the data (`data/catalogue.schema.json`, which the repository's catalogues name in
// `$schema`). A test fails when either is stale.
import { writeFileSync } from 'node:fs';
import { catalogueJsonSchemaText } from 'fleur-pleine-sante-catalogue/json-schema.js';

/** Where the generated schema is written, from the repository root. */
const SCHEMA_FILES = ['packages/catalogue/catalogue.schema.json', 'data/catalogue.schema.json'] as const;

const text = catalogueJsonSchemaText();
for (const file of SCHEMA_FILES) {
  writeFileSync(new URL(`../../${file}`, import.meta.url), text);
  process.stdout.write(`${file}\n`);
}
