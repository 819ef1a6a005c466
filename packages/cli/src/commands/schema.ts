import { catalogueJsonSchemaText } from 'fleur-pleine-sante-catalogue/json-schema.js';
import { type CommandIO, EXIT } from '../io.js';
import { type CliMessages, cliMessages } from '../messages.js';
import { writeOutput } from '../read-input.js';

/** `fleur schema [--out file]`: prints or writes the catalogue's JSON Schema. */
export async function schemaCommand(
  options: { out?: string | undefined },
  io: CommandIO,
  messages: CliMessages = cliMessages('fr'),
): Promise<number> {
  const text = catalogueJsonSchemaText();
  if (!options.out) {
    io.stdout(text);
    return EXIT.ok;
  }
  const failure = await writeOutput(io, options.out, text, messages);
  if (failure !== undefined) {
    io.stderr(`${failure}\n`);
    return EXIT.invalid;
  }
  io.stderr(`${messages.wrote(options.out)}\n`);
  return EXIT.ok;
}
