#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { renderCommand } from './commands/render.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { type CommandIO, EXIT, processIO } from './io.js';

const USAGE = `Usage: fleur <command> [options]

Commands:
  validate <file…> [--lang fr|en] [--json]   check catalogues; every problem with its JSON path
  render <file> --out <file.svg|file.png> [--width 1200] [--height 900] [--lang fr|en] [--petal <id>] [--theme light|dark]
                                             draw the flower as a static SVG or PNG
  schema [--out <file>]                      print or write the catalogue's JSON Schema
`;

type Command = (args: string[], io: CommandIO) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  validate: (args, io) => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { lang: { type: 'string' }, json: { type: 'boolean' } },
    });
    if (positionals.length === 0) return usage(io);
    return validateCommand({ files: positionals, lang: values.lang, json: values.json }, io);
  },
  render: (args, io) => {
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
    return renderCommand(
      {
        file,
        out: values.out,
        width: Number(values.width),
        height: Number(values.height),
        lang: values.lang,
        petal: values.petal,
        theme: values.theme,
        scale: Number(values.scale),
      },
      io,
    );
  },
  schema: (args, io) => {
    const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
    return schemaCommand({ out: values.out }, io);
  },
};

async function usage(io: CommandIO): Promise<number> {
  io.stderr(USAGE);
  return EXIT.usage;
}

/** Runs one command line; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: readonly string[], io: CommandIO = processIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const command = name === undefined ? undefined : COMMANDS[name];
  if (command === undefined) return usage(io);
  try {
    return await command(args, io);
  } catch (error) {
    // parseArgs rejects unknown flags by throwing: that is a usage error, not a crash.
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return EXIT.usage;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '');
if (invokedDirectly) process.exitCode = await main(process.argv.slice(2));
