import { catalogueJsonSchemaText } from 'fleur-pleine-sante-catalogue/json-schema.js';
import { type CommandIO, EXIT } from '../io.js';
import { type CliMessages, cliMessages } from '../messages.js';
import { STANDARD_OUTPUT, writeOutput } from '../output.js';

/** `fleur schema [--out file]`: prints (no `--out`, or `--out -`) or writes the catalogue's JSON Schema. */
export async function schemaCommand(
  options: { out?: string | undefined },
  io: CommandIO,
  messages: CliMessages = cliMessages('fr'),
): Promise<number> {
  const text = catalogueJsonSchemaText();
  if (!options.out || options.out === STANDARD_OUTPUT) {
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
