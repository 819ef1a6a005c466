import { Command } from 'commander';
import { renderCommand } from './commands/render.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import type { CommandIO } from './io.js';
import type { CliMessages } from './messages.js';
import { PAGE_PRESETS } from 'fleur-pleine-sante/static.js';
import { HEIGHT_RANGE, MAX_PNG_PIXELS, SCALE_RANGE, WIDTH_RANGE } from './options.js';
import { TEXT_MODES } from './page/render-page.js';
import { cliVersion } from './version.js';

/** The command names, in the order `fleur --help` lists them. */
export const COMMAND_NAMES = ['validate', 'render', 'schema'] as const;

const EXIT_CODES = `
Exit codes:
  0  success: every catalogue is valid (warnings allowed, unless --strict)
  1  a catalogue is invalid or unreadable, or an output file cannot be written
  2  the command line is wrong: unknown command or option, missing or bad value
`;

const VALIDATE_EXAMPLE = `
Each problem is one line, file:line:column, severity, JSON path (with the entry's id) and message:
  data/catalogue.json:329:20 error items[8] (kalixia).factors[1]: Unknown factor: “nope”.
A JSON syntax error also shows the line, with a caret under the column.

Examples:
  fleur validate data/catalogue.json --lang en
  fleur validate data/*.json --strict --json
${EXIT_CODES}`;

const RENDER_EXAMPLE = `
Examples:
  fleur render data/catalogue.json --out flower.svg --lang en
  fleur render data/catalogue.json --out flower.png --width 1600 --height 1200 --scale 1 --theme dark
  fleur render data/catalogue.json --out kit.pdf --page a4-portrait
  fleur render data/catalogue.json --out slide.pdf --page slide-16x9 --lang en
  fleur render data/catalogue.json --out offer.html --width 640 --src /catalogue.json --no-controls
  fleur render data/catalogue.json --out - --format png > flower.png
${EXIT_CODES}`;

/** What the commands run with, and where they leave their exit code. */
export interface ProgramContext {
  readonly io: CommandIO;
  readonly messages: CliMessages;
  setExitCode(code: number): void;
}

const LANG_HELP = 'language of the messages: fr or en (default: fr)';

function validateProgram(program: Command, { io, setExitCode }: ProgramContext): void {
  program
    .command('validate')
    .description('check catalogue files; every problem with its line, column and JSON path')
    .argument('<file...>', 'catalogue files (JSON)')
    .option('--lang <code>', LANG_HELP)
    .option('--json', 'print one JSON object per file (issues with line and column) for tools')
    .option('--strict', 'treat warnings (unknown fields, missing translations) as errors')
    .addHelpText('after', VALIDATE_EXAMPLE)
    .action(async (files: string[], options: { lang?: string; json?: boolean; strict?: boolean }) => {
      setExitCode(await validateCommand({ files, ...options }, io));
    });
}

function renderProgram(program: Command, { io, setExitCode }: ProgramContext): void {
  program
    .command('render')
    .description(
      'draw a page of the flower (title, named flower, legend, source) as SVG, PNG or PDF, or the element with a declarative shadow root in HTML (the catalogue is validated first)',
    )
    .argument('<file>', 'catalogue file (JSON)')
    .requiredOption('--out <file>', 'output file (.svg .png .pdf .html) or - (stdout) (required)')
    .option(
      '--format <name>',
      'svg, png, pdf or html, for --out - or a file named otherwise (default: the extension; svg)',
    )
    // Defaults are written in the descriptions and applied by renderCommand, which checks every value.
    .option(
      '--page <name>',
      `a named page instead of --width/--height: ${PAGE_PRESETS.join(', ')} (default for a PDF: a4-landscape; A4 PDFs go on with the table of items)`,
    )
    .option('--width <px>', `page width in pixels, ${WIDTH_RANGE.min}–${WIDTH_RANGE.max} (default: 1200)`)
    .option('--height <px>', `page height in pixels, ${HEIGHT_RANGE.min}–${HEIGHT_RANGE.max} (default: 900)`)
    .option(
      '--text <mode>',
      `how an SVG carries its text: ${TEXT_MODES.join(', ')} (default: embed, a subset of the font inside the file; outline: glyphs as paths; system: the font named only)`,
    )
    .option(
      '--scale <factor>',
      `PNG pixels per drawing pixel, ${SCALE_RANGE.min}–${SCALE_RANGE.max} (default: 2); a PNG has at most ${MAX_PNG_PIXELS / 1e6} megapixels`,
    )
    .option('--lang <code>', 'language of the drawing and the messages: fr or en (default: fr)')
    .option('--petal <id>', 'id of a petal to zoom on')
    .option('--theme <name>', 'light or dark (default: light)')
    .option('--src <url>', 'html: the URL the element loads the catalogue from (default: the catalogue written inline)')
    .option('--no-controls', 'html: without the filters, search and view toggle (an offer page)')
    .option('--css <file>', 'svg, png: a stylesheet whose --fleur-* colours and font family restyle the drawing')
    .addHelpText('after', RENDER_EXAMPLE)
    .action(async (file: string, options: { out: string }) => {
      setExitCode(await renderCommand({ ...options, file }, io));
    });
}

function schemaProgram(program: Command, { io, messages, setExitCode }: ProgramContext): void {
  program
    .command('schema')
    .description('print (or write) the JSON Schema of catalogues, for editors’ completion and checks')
    .option('--out <file>', 'write it to this file instead of printing it (- prints it)')
    .option('--lang <code>', LANG_HELP)
    .addHelpText('after', `\nExample:\n  fleur schema --out catalogue.schema.json\n${EXIT_CODES}`)
    .action(async (options: { out?: string }) => {
      setExitCode(await schemaCommand(options, io, messages));
    });
}

/**
 * The `fleur` command line: commands, options and help texts (in English; what is said about a catalogue follows
 * `--lang`). Commander never exits the process nor writes errors itself: `main` turns its errors into exit codes
 * and localized one-line messages.
 */
export function createProgram(context: ProgramContext): Command {
  const { io } = context;
  const program = new Command('fleur')
    .description('Check catalogues of the « fleur de la pleine santé », draw the flower, print the JSON Schema.')
    .version(cliVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .helpCommand('help [command]', 'show the help of a command')
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: () => undefined,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .addHelpText('after', EXIT_CODES);
  validateProgram(program, context);
  renderProgram(program, context);
  schemaProgram(program, context);
  return program;
}
