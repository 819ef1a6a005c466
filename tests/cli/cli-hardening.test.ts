import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CommandIO, processIO } from '../../packages/cli/src/io.js';
import { type AtomicWriteFs, writeFileAtomic } from '../../packages/cli/src/output.js';
import { main } from '../../packages/cli/src/main.js';
import { minimalCatalogue } from '../helpers/fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'fleur-cli-hardening-'));

/** Runs the CLI with the real file system, capturing what it writes to the terminal. */
async function fleur(
  argv: string[],
  io: Partial<CommandIO> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    ...processIO,
    ...io,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** C0 and C1 control characters other than line feed and tab, and bidi overrides: what must never reach a terminal. */
const TERMINAL_UNSAFE = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;
const hasUnsafe = (text: string) =>
  [...text].some((char) => char !== '\n' && char !== '\t' && TERMINAL_UNSAFE.test(char));

/** A failure as the issue asks: non-zero, exactly one line on stderr, no stack trace. */
function expectOneLineFailure(result: { code: number; stderr: string }, code: 1 | 2): void {
  expect(result.code).toBe(code);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:|EISDIR|ENOENT|ENOSPC/);
}

const catalogueText = JSON.stringify(minimalCatalogue());

describe('fleur writes nothing to the terminal that the terminal would obey', () => {
  it('an ESC sequence and a bidi override in catalogue text are escaped in validate messages', async () => {
    const hostile = minimalCatalogue();
    hostile.items[0]!.factors = ['\u001b]0;pwned\u0007\u001b[2J\u202eesrever'];
    const result = await fleur(['validate', file('esc.json', JSON.stringify(hostile)), '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Unknown factor');
    expect(hasUnsafe(result.stdout + result.stderr)).toBe(false);
  });

  it('--json output carries no raw C1 or bidi character and still parses back to the same text', async () => {
    const hostile = minimalCatalogue();
    hostile.items[0]!.factors = ['x\u009b31mred\u202e'];
    const result = await fleur(['validate', file('c1.json', JSON.stringify(hostile)), '--json']);
    expect(hasUnsafe(result.stdout)).toBe(false);
    const report = JSON.parse(result.stdout);
    expect(JSON.stringify(report)).toContain('x\u009b31mred\u202e');
  });

  it('a file name with an ESC in it is escaped in the error that names it', async () => {
    const result = await fleur(['validate', join(dir, 'evil\u001b[31m.json')]);
    expect(result.stderr).toContain('evil\\u001b[31m.json');
    expect(hasUnsafe(result.stderr)).toBe(false);
  });
});

describe('fleur reads what editors and shells give it', () => {
  it('accepts a catalogue saved with a UTF-8 BOM (validate and render)', async () => {
    const path = file('bom.json', `\ufeff${catalogueText}`);
    expect((await fleur(['validate', path])).code).toBe(0);
    expect((await fleur(['render', path, '--out', join(dir, 'bom.svg')])).code).toBe(0);
  });

  it('a directory as input is a one-line message naming the path', async () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder, { recursive: true });
    const render = await fleur(['render', folder, '--out', join(dir, 'x.svg')]);
    expectOneLineFailure(render, 1);
    expect(render.stderr).toBe(`Impossible de lire ${folder} : c’est un dossier, pas un fichier.\n`);
    const validate = await fleur(['validate', folder, '--lang', 'en']);
    expect(validate.stderr).toBe(`${folder}: unreadable (it is a directory, not a file)\n`);
  });

  it('a missing input and an unreadable one name the path', async () => {
    const missing = await fleur(['render', join(dir, 'nope.json'), '--out', join(dir, 'x.svg'), '--lang', 'en']);
    expectOneLineFailure(missing, 1);
    expect(missing.stderr).toBe(`Cannot read ${join(dir, 'nope.json')}: no such file.\n`);
    const denied = await fleur(['render', 'locked.json', '--out', join(dir, 'x.svg'), '--lang', 'en'], {
      readText: () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })),
    });
    expect(denied.stderr).toBe('Cannot read locked.json: permission denied.\n');
  });
});

describe('fleur render leaves a whole file or nothing', () => {
  it('an output path that is a directory fails in one line and leaves no temporary file', async () => {
    const out = join(dir, 'taken.svg');
    mkdirSync(out, { recursive: true });
    const result = await fleur(['render', file('ok.json', catalogueText), '--out', out]);
    expectOneLineFailure(result, 1);
    expect(result.stderr).toContain(`Impossible d’écrire ${out}`);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writeFileAtomic on a full disk removes its partial temporary file and never touches the target', async () => {
    const target = join(dir, 'full.svg');
    writeFileSync(target, 'previous');
    const created: string[] = [];
    const fullDisk: AtomicWriteFs = {
      writeFile: async (path) => {
        created.push(path);
        writeFileSync(path, 'half a fil');
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
      rename: () => Promise.reject(new Error('not reached')),
      rm: async (path, options) => (await import('node:fs/promises')).rm(path, options),
      lstat: async (path) => (await import('node:fs/promises')).lstat(path),
    };
    await expect(writeFileAtomic(target, '<svg/>', fullDisk)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(created).toHaveLength(1);
    expect(existsSync(created[0]!)).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe('previous');
  });

  it('the CLI reports a full disk in words, in one line', async () => {
    const result = await fleur(
      ['render', file('ok2.json', catalogueText), '--out', join(dir, 'y.svg'), '--lang', 'en'],
      {
        writeFile: () =>
          Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })),
      },
    );
    expectOneLineFailure(result, 1);
    expect(result.stderr).toContain('no space left on the disk; no file was left behind');
  });

  it('a symlink to /dev/full as output is replaced, never half-written through', async () => {
    const out = join(dir, 'linked.svg');
    symlinkSync('/dev/full', out);
    const result = await fleur(['render', file('ok3.json', catalogueText), '--out', out]);
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<svg');
  });
});

describe('fleur render options are checked against documented ranges before drawing', () => {
  const input = () => file('opts.json', catalogueText);
  it.each([
    ['--scale', '-1'],
    ['--scale', 'abc'],
    ['--scale', '1e6'],
    ['--scale', '100'],
    ['--scale', ''],
    ['--scale', 'Infinity'],
    ['--width', '0x4b0'],
    ['--width', '99999'],
    ['--height', '12px'],
  ])('%s %j exits 2 with one line and writes nothing', async (flag, value) => {
    const out = join(dir, `never-${flag.slice(2)}-${encodeURIComponent(value)}.png`);
    const result = await fleur(['render', input(), '--out', out, `${flag}=${value}`, '--lang', 'en']);
    expectOneLineFailure(result, 2);
    expect(result.stderr).toMatch(new RegExp(`^${flag} takes a`));
    expect(existsSync(out)).toBe(false);
  });

  it('caps the PNG pixel count before rendering (4000 × 4000 at scale 2 would be 64 MP)', async () => {
    const out = join(dir, 'huge.png');
    const result = await fleur([
      'render',
      input(),
      '--out',
      out,
      '--width',
      '4000',
      '--height',
      '4000',
      '--scale',
      '2',
    ]);
    expectOneLineFailure(result, 2);
    expect(result.stderr).toContain('64000000 pixels');
    expect(existsSync(out)).toBe(false);
  });

  it('--lang constructor is a usage error in one line, not a crash', async () => {
    const result = await fleur(['render', input(), '--out', join(dir, 'c.svg'), '--lang', 'constructor']);
    expectOneLineFailure(result, 2);
    expect(result.stderr).toContain('--lang');
  });

  it('--lang en_US renders in English', async () => {
    const out = join(dir, 'en-us.svg');
    expect((await fleur(['render', input(), '--out', out, '--lang', 'en_US'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Paris Half Marathon');
  });

  it('a command named like an Object property is unknown (usage, exit 2)', async () => {
    for (const name of ['constructor', 'toString', '__proto__']) {
      const result = await fleur([name]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Usage: fleur');
    }
  });

  it('an unknown flag is one line in the reader’s language', async () => {
    const result = await fleur(['validate', input(), '--colour', '--lang', 'en']);
    expectOneLineFailure(result, 2);
    expect(result.stderr).toMatch(/^Invalid command line: Unknown option '--colour'\. See fleur --help\.\n$/);
  });

  it('the rendered SVG calls no server: no remote url(), no @import, no external href', async () => {
    const out = join(dir, 'closed.svg');
    expect((await fleur(['render', 'data/harmonie-mutuelle-2023.json', '--out', out])).code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    // Its fonts are inside it (data: URLs, base64 only); nothing else is referenced.
    expect(svg).not.toMatch(/url\((?!#|data:font\/ttf;base64,[A-Za-z0-9+/=]+\))|@import|(?:xlink:)?href="(?!#)/);
    expect(svg).toContain('url(data:font/ttf;base64,');
  });
});

describe('fleur render with arbitrary flag values (fast-check)', () => {
  it('always exits 0, 1 or 2; a failure is one line without a stack; nothing unsafe reaches the terminal', async () => {
    const input = file('fuzz.json', catalogueText);
    const flag = fc.constantFrom('--width', '--height', '--scale', '--lang', '--petal', '--theme');
    await fc.assert(
      fc.asyncProperty(flag, fc.string({ unit: 'binary', maxLength: 40 }), async (name, value) => {
        const result = await fleur(['render', input, '--out', join(dir, 'fuzz.svg'), `${name}=${value}`]);
        expect([0, 1, 2]).toContain(result.code);
        if (result.code !== 0) expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect(hasUnsafe(result.stdout + result.stderr)).toBe(false);
      }),
      { numRuns: 60, seed: 12 },
    );
  }, 60_000);
});
