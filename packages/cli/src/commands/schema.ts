import { catalogueJsonSchemaText } from '@fleur/catalogue/json-schema.js';
import { type CommandIO, EXIT } from '../io.js';

/** `fleur schema [--out file]`: prints or writes the catalogue's JSON Schema. */
export async function schemaCommand(options: { out?: string | undefined }, io: CommandIO): Promise<number> {
  const text = catalogueJsonSchemaText();
  if (options.out) {
    await io.writeFile(options.out, text);
    io.stderr(`Wrote ${options.out}\n`);
  } else io.stdout(text);
  return EXIT.ok;
}
