#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { renderCommand } from './commands/render.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { type CommandIO, EXIT, processIO } from './io.js';
import { type CliMessages, cliMessages } from './messages.js';
import { argvLocale, langOption } from './options.js';
import { terminalSafe } from './terminal.js';

const USAGE = `Usage: fleur <command> [options]

Commands:
  validate <file…> [--lang fr|en] [--json]   check catalogues; every problem with its JSON path
  render <file> --out <file.svg|file.png> [--width 1200] [--height 900] [--scale 2] [--lang fr|en] [--petal <id>] [--theme light|dark]
                                             draw the flower as a static SVG or PNG
                                             (--width 280–4000, --height 200–4000, --scale 0.25–8, PNG ≤ 50 megapixels)
  schema [--out <file>]                      print or write the catalogue's JSON Schema
`;

type Command = (args: string[], io: CommandIO, messages: CliMessages) => Promise<number>;

const COMMANDS: ReadonlyMap<string, Command> = new Map<string, Command>([
  [
    'validate',
    async (args, io, messages) => {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { lang: { type: 'string' }, json: { type: 'boolean' } },
      });
      if (positionals.length === 0) return usage(io);
      const lang = langOption(values.lang, messages);
      if (!lang.ok) return usageError(io, lang.message);
      return validateCommand({ files: positionals, lang: lang.value, json: values.json }, io);
    },
  ],
  [
    'render',
    async (args, io) => {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          out: { type: 'string' },
          width: { type: 'string', default: '1200' },
          height: { type: 'string', default: '900' },
          lang: { type: 'string', default: 'fr' },
          petal: { type: 'string' },
          theme: { type: 'string', default: 'light' },
          scale: { type: 'string', default: '2' },
        },
      });
      const [file] = positionals;
      if (!file || !values.out) return usage(io);
      return renderCommand({ ...values, file, out: values.out }, io);
    },
  ],
  [
    'schema',
    async (args, io, messages) => {
      const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
      return schemaCommand({ out: values.out }, io, messages);
    },
  ],
]);

async function usage(io: CommandIO): Promise<number> {
  io.stderr(USAGE);
  return EXIT.usage;
}

function usageError(io: CommandIO, message: string): number {
  io.stderr(`${message}\n`);
  return EXIT.usage;
}

/** The first sentence of an error, one line, no stack. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').replace(/\. .*$/, '').replace(/\.$/, '');
}

/** Every byte a command writes goes through {@link terminalSafe}: catalogue text cannot drive the terminal. */
function safeIO(io: CommandIO): CommandIO {
  return {
    ...io,
    stdout: (text) => io.stdout(terminalSafe(text)),
    stderr: (text) => io.stderr(terminalSafe(text)),
  };
}

/**
 * Runs one command line; returns the exit code instead of exiting, so tests can call it. Never throws: a wrong
 * command line exits 2, anything else that fails exits 1, each with one line on stderr and no stack trace.
 */
export async function main(argv: readonly string[], rawIO: CommandIO = processIO): Promise<number> {
  const io = safeIO(rawIO);
  const messages = cliMessages(argvLocale(argv));
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const command = name === undefined ? undefined : COMMANDS.get(name);
  if (command === undefined) return usage(io);
  try {
    return await command(args, io, messages);
  } catch (error) {
    // parseArgs rejects unknown flags and missing values by throwing: a usage error, not a crash.
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    if (code.startsWith('ERR_PARSE_ARGS')) return usageError(io, messages.badCommandLine(firstLine(error)));
    io.stderr(`${messages.unexpected(firstLine(error))}\n`);
    return EXIT.invalid;
  }
}
