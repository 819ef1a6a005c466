import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROKEN } from './broken-fixtures.js';
import { runFleur } from './run-fleur.js';

const HARMONIE = 'data/harmonie-mutuelle-2023.json';
const cliPackage = JSON.parse(readFileSync('packages/cli/package.json', 'utf8')) as { version: string };

describe('fleur --help and --version', () => {
  it('--help lists the commands and the exit codes (exit 0, on stdout)', async () => {
    const run = await runFleur('--help');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Usage: fleur /);
    for (const command of ['validate', 'render', 'schema']) expect(run.stdout).toMatch(new RegExp(`\\n  ${command} `));
    expect(run.stdout).toContain('Exit codes:\n  0  success');
    expect(run.stdout).toMatch(/\n {2}1 {2}a catalogue is invalid/);
    expect(run.stdout).toMatch(/\n {2}2 {2}the command line is wrong/);
  });

  it.each([
    ['validate', ['--lang <code>', '--json', '--strict', '<file...>']],
    ['render', ['--out <file>', '--width <px>', '--height <px>', '--scale <factor>', '--petal <id>', '--theme <name>']],
    ['schema', ['--out <file>']],
  ])('fleur %s --help shows that command’s usage, options and exit codes', async (command, flags) => {
    const run = await runFleur(command, '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: fleur ${command} `));
    for (const flag of flags) expect(run.stdout).toContain(flag);
    expect(run.stdout).toContain('Exit codes:');
    expect((await runFleur('help', command)).stdout).toBe(run.stdout);
  });

  it('the render help gives the documented ranges', async () => {
    const { stdout } = await runFleur('render', '--help');
    expect(stdout).toContain('280–4000');
    expect(stdout).toContain('0.25–8');
    expect(stdout).toMatch(/at most 50\s+megapixels/);
    expect(stdout).toMatch(/--out <file> .*\(required\)/);
  });

  it('--version and -V print the package version (exit 0)', async () => {
    for (const flag of ['--version', '-V']) {
      const run = await runFleur(flag);
      expect(run).toEqual({ code: 0, stdout: `${cliPackage.version}\n`, stderr: '' });
    }
  });
});

describe('a wrong command line is a clear error (exit 2)', () => {
  it('fleur alone prints the help on stderr', async () => {
    const run = await runFleur();
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Usage: fleur /);
  });

  it('an unknown command names the commands', async () => {
    const run = await runFleur('draw', '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      "Invalid command line: Unknown command 'draw'; the commands are validate, render and schema. See fleur --help.",
    );
  });

  it('an unknown flag on any command, with a suggestion when one is close', async () => {
    const unknown = await runFleur('render', HARMONIE, '--out', 'x.svg', '--colour', 'red', '--lang', 'en');
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toBe("Invalid command line: Unknown option '--colour'. See fleur --help.\n");
    const typo = await runFleur('validate', HARMONIE, '--jsno', '--lang', 'en');
    expect(typo.stderr).toBe(
      "Invalid command line: Unknown option '--jsno' (did you mean --json?). See fleur --help.\n",
    );
    const schema = await runFleur('schema', '--strict');
    expect(schema.code).toBe(2);
    expect(schema.stderr).toBe("Ligne de commande invalide : option inconnue '--strict'. Voir fleur --help.\n");
  });

  it('missing arguments, values and required options, and extra arguments', async () => {
    const cases: [string[], string][] = [
      [['validate'], 'Missing argument <file>'],
      [['render', HARMONIE], '--out is required'],
      [['render', HARMONIE, '--out'], '--out needs a value'],
      [['schema', 'extra'], 'Too many arguments for fleur schema (expected 0, got 1)'],
    ];
    for (const [[command = '', ...args], detail] of cases) {
      const run = await runFleur(command, '--lang', 'en', ...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`Invalid command line: ${detail}. See fleur --help.\n`);
    }
  });

  it('--lang takes fr or en only: de is refused with the accepted values, never read as French', async () => {
    for (const argv of [
      ['validate', BROKEN, '--lang', 'de'],
      ['render', HARMONIE, '--out', 'never.svg', '--lang', 'de'],
    ]) {
      const run = await runFleur(...argv);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('--lang accepte fr ou en (ou une variante régionale comme fr-CA, en-GB) ; reçu : de.\n');
    }
  });

  it('--lang en-GB is English; --theme takes light or dark', async () => {
    expect((await runFleur('validate', BROKEN, '--lang', 'en-GB')).stdout).toContain('Unknown factor');
    const theme = await runFleur('render', HARMONIE, '--out', 'never.svg', '--theme', 'blue', '--lang', 'en');
    expect(theme).toMatchObject({ code: 2, stderr: '--theme takes light or dark (got blue).\n' });
  });
});
