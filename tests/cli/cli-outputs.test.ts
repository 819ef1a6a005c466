import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CommandIO, processIO } from '../../packages/cli/src/io.js';
import { main } from '../../packages/cli/src/main.js';
import { minimalCatalogue } from '../helpers/fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'fleur-cli-outputs-'));

/** What one command line did: exit code, text on stdout and stderr, and the bytes written to stdout as such. */
async function fleur(argv: string[], io: Partial<CommandIO> = {}) {
  let stdout = '';
  let stderr = '';
  const bytes: Uint8Array[] = [];
  const code = await main(argv, {
    ...processIO,
    stdoutIsTerminal: false,
    ...io,
    stdout: (text) => {
      stdout += text;
    },
    stdoutBytes: (data) => {
      bytes.push(data);
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr, bytes: Buffer.concat(bytes) };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const catalogueText = JSON.stringify(minimalCatalogue());
const noTemporaryFiles = () => expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);

describe('fleur validate --json: one JSON object per input on stdout, unreadable ones included', () => {
  it('four inputs (valid, invalid, missing, a directory) give four objects in order, and nothing on stderr', async () => {
    const broken = minimalCatalogue();
    broken.items[0]!.factors = ['nope'];
    const inputs = [
      file('good.json', catalogueText),
      file('broken.json', JSON.stringify(broken)),
      join(dir, 'missing.json'),
      join(dir, 'a-directory'),
    ];
    mkdirSync(inputs[3]!, { recursive: true });
    const result = await fleur(['validate', ...inputs, '--json', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const records = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((record) => [record.file, record.ok])).toEqual([
      [inputs[0], true],
      [inputs[1], false],
      [inputs[2], false],
      [inputs[3], false],
    ]);
    expect(records[2].issues).toEqual([
      expect.objectContaining({ code: 'unreadable', severity: 'error', message: 'unreadable (no such file)' }),
    ]);
    expect(records[3].issues[0]).toMatchObject({ code: 'unreadable', line: null, column: null, path: [] });
    expect(records[3].issues[0].message).toContain('it is a directory');
    expect(records[3].warnings).toEqual([]);
  });
});

describe('fleur render --out only ever replaces a regular file', () => {
  it('a named pipe (FIFO) as --out is refused in one line, and stays a FIFO', async () => {
    const out = join(dir, 'pipe.svg');
    execFileSync('mkfifo', [out]);
    const result = await fleur(['render', file('fifo-in.json', catalogueText), '--out', out, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `Cannot write ${out}: it is not a regular file (a device, a named pipe or a socket): write to a file, or to standard output with --out -; no file was left behind.\n`,
    );
    expect(lstatSync(out).isFIFO()).toBe(true);
    noTemporaryFiles();
  });

  it('a device node (a copy of /dev/full, made as root) as --out is refused, and stays a device', async () => {
    // The machines of this project (developers' and CI's) run as root, which mknod needs.
    const out = join(dir, 'full.png');
    execFileSync('mknod', [out, 'c', '1', '7']);
    const result = await fleur(['render', file('device-in.json', catalogueText), '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('ce n’est pas un fichier ordinaire');
    expect(lstatSync(out).isCharacterDevice()).toBe(true);
    noTemporaryFiles();
  });

  it('a regular file is still replaced whole', async () => {
    const out = file('previous.svg', 'previous');
    const result = await fleur(['render', file('regular-in.json', catalogueText), '--out', out]);
    expect(result.code).toBe(0);
    expect(lstatSync(out).isFile()).toBe(true);
  });
});

describe('fleur --out - writes to standard output', () => {
  it('render --out - prints the SVG on stdout, and says nothing else', async () => {
    const result = await fleur(['render', file('stdout-in.json', catalogueText), '--out', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('<?xml')).toBe(true);
    expect(result.stdout).toContain('</svg>');
    expect(result.stderr).toBe('');
    expect(existsSync(join(process.cwd(), '-'))).toBe(false);
  });

  it('render --out - --format png writes the PNG bytes as they are', async () => {
    const result = await fleur(['render', file('png-in.json', catalogueText), '--out', '-', '--format', 'png']);
    expect(result.code).toBe(0);
    expect([...result.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(result.stdout).toBe('');
  });

  it('a PNG is never written to a terminal', async () => {
    const input = file('tty-in.json', catalogueText);
    const result = await fleur(['render', input, '--out', '-', '--format', 'png', '--lang', 'en'], {
      stdoutIsTerminal: true,
    });
    expect(result.code).toBe(1);
    expect(result.bytes.length).toBe(0);
    expect(result.stderr).toContain('A PNG or a PDF is binary');
  });

  it('--format must agree with the extension of a file', async () => {
    const result = await fleur([
      'render',
      file('mismatch-in.json', catalogueText),
      '--out',
      join(dir, 'x.svg'),
      '--format',
      'png',
    ]);
    expect(result.code).toBe(2);
    expect(existsSync(join(dir, 'x.svg'))).toBe(false);
  });

  it('schema --out - prints the JSON Schema', async () => {
    const result = await fleur(['schema', '--out', '-']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).$schema).toContain('json-schema.org');
  });
});

describe('fleur escapes control characters in every path a message shows', () => {
  it('a line feed in --out stays on one line, escaped', async () => {
    const result = await fleur([
      'render',
      file('nl-in.json', catalogueText),
      '--out',
      'flower\nINFO fake.txt',
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      '--out must end with .svg, .png, .pdf or .html, or --format say which, or be - (standard output); got flower\\u000aINFO fake.txt.\n',
    );
  });

  it('a line feed and a tab in a written file name are escaped in « Wrote … »', async () => {
    const out = join(dir, 'two\nlines\t.svg');
    const result = await fleur(['render', file('nl2-in.json', catalogueText), '--out', out, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`Wrote ${join(dir, 'two\\u000alines\\u0009.svg')}\n`);
  });

  it('a line feed in an input file name is escaped in validate’s summary, issue lines and errors', async () => {
    const broken = minimalCatalogue();
    broken.items[0]!.factors = ['nope'];
    const invalid = file('bad\nname.json', JSON.stringify(broken));
    const missing = join(dir, 'gone\nERROR forged.json');
    const result = await fleur(['validate', invalid, missing, '--lang', 'en']);
    const lines = (result.stdout + result.stderr).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.every((line) => line.startsWith(dir))).toBe(true);
    expect(result.stdout).toContain('bad\\u000aname.json: invalid (1)');
    expect(result.stdout).toMatch(/bad\\u000aname\.json:1:\d+ error items\[0\]/);
    expect(result.stderr).toContain('gone\\u000aERROR forged.json: unreadable');
  });
});

describe('fleur render --css: the same judgement of --fleur-* values as the element', () => {
  it('keeps colours and font names that parse, drops junk with one line each, and the SVG carries none of it', async () => {
    const css = file(
      'page.css',
      `:root { --fleur-petal-social: #7a1fa2; --fleur-accent-color: rgb(expression(alert(1))); }
       fleur-pleine-sante { --fleur-background: url(//tracker.example/p.svg#p) red; --fleur-font-family: "Marianne", serif; }
       .x { --fleur-text-color: oklch(60% 0.15 300); --fleur-border-color: var(--elsewhere); --other: red; }`,
    );
    const result = await fleur([
      'render',
      file('css-in.json', catalogueText),
      '--out',
      '-',
      '--css',
      css,
      '--lang',
      'en',
      // The page's font is named when the SVG names its font; embedded text is the kit's font (checked below).
      '--text',
      'system',
    ]);
    expect(result.code).toBe(0);
    const svg = result.stdout;
    expect(svg).toContain('#7a1fa2');
    expect(svg).toContain('oklch(60% 0.15 300)');
    expect(svg).toContain('svg { font-family: "Marianne", serif, ');
    expect(svg).not.toMatch(/expression|tracker|elsewhere/);
    const embedded = await fleur(['render', file('css-in3.json', catalogueText), '--out', '-', '--css', css]);
    expect(embedded.stdout).toContain('#7a1fa2');
    expect(embedded.stdout).toContain(`svg { font-family: "Fleur DejaVu Sans", 'DejaVu Sans'`);
    expect(embedded.stdout).not.toContain('Marianne');
    expect(result.stderr.trimEnd().split('\n').sort()).toEqual([
      '--css: --fleur-accent-color ignored, it is not a colour.',
      '--css: --fleur-background ignored, it is not a colour.',
      '--css: --fleur-border-color ignored, it is not a colour.',
    ]);
  });

  it('an unreadable --css file fails in one line', async () => {
    const result = await fleur([
      'render',
      file('css-in2.json', catalogueText),
      '--out',
      '-',
      '--css',
      join(dir, 'none.css'),
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`Cannot read ${join(dir, 'none.css')}: no such file.\n`);
    expect(result.stdout).toBe('');
  });
});
