import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandIO } from '../../packages/cli/src/io.js';
import { main } from '../../packages/cli/src/main.js';
import { minimalCatalogue } from '../helpers/fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'fleur-cli-'));
const HARMONIE = 'data/harmonie-mutuelle-2023.json';

async function fleur(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CommandIO = {
    stdout: (text) => {
      stdout += text;
    },
    stdoutBytes: () => {
      throw new Error('no binary output expected');
    },
    stdoutIsTerminal: false,
    stderr: (text) => {
      stderr += text;
    },
    readText: (path) => readFile(path, 'utf8'),
    writeFile: (path, data) => writeFile(path, data),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

function writeCatalogue(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

describe('fleur validate', () => {
  it('accepts the Harmonie catalogue (exit 0)', async () => {
    const { code, stdout } = await fleur('validate', HARMONIE);
    expect(code).toBe(0);
    expect(stdout).toContain('valide (73 éléments)');
  });

  it('lists every problem with its path, in English with --lang en (exit 1)', async () => {
    const broken = minimalCatalogue();
    broken.items[0]!.factors = ['nope'];
    broken.items[1]!.links = [{ href: 'javascript:alert(1)' }];
    const { code, stdout } = await fleur('validate', writeCatalogue('broken.json', broken), '--lang', 'en');
    expect(code).toBe(1);
    expect(stdout).toContain('invalid (2)');
    expect(stdout).toContain(`items[0] (${broken.items[0]!.id}).factors[0]: Unknown factor: “nope”.`);
    expect(stdout).toContain(`items[1] (${broken.items[1]!.id}).links[0].href: Link rejected “javascript:alert(1)”`);
  });

  it('prints JSON with --json', async () => {
    const { stdout } = await fleur('validate', writeCatalogue('bad.json', '{"version": 1,'), '--json');
    const report = JSON.parse(stdout.trim());
    expect(report).toMatchObject({ ok: false, issues: [{ code: 'invalid-json' }] });
    expect(report.issues[0].message).toMatch(/^document : Le fichier n’est pas du JSON valide/);
  });

  it('reports a missing file without crashing', async () => {
    const { code, stderr } = await fleur('validate', join(dir, 'missing.json'));
    expect(code).toBe(1);
    expect(stderr).toContain('illisible');
  });
});

describe('fleur render', () => {
  it('writes an SVG', async () => {
    const out = join(dir, 'flower.svg');
    const { code } = await fleur('render', HARMONIE, '--out', out, '--width', '800', '--height', '800', '--lang', 'en');
    expect(code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('Economic factors');
  });

  it('writes a PNG at twice the size by default', async () => {
    const out = join(dir, 'flower.png');
    expect((await fleur('render', HARMONIE, '--out', out, '--width', '600', '--height', '500')).code).toBe(0);
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 1000]);
  });

  it.each([
    [1600, 1000],
    [1600, 1200],
    [1920, 1080],
    [794, 1123],
  ])('writes a PNG of exactly the size asked: %i × %i at scale 1', async (width, height) => {
    const out = join(dir, `exact-${width}x${height}.png`);
    const args = ['--width', String(width), '--height', String(height), '--scale', '1'];
    expect((await fleur('render', HARMONIE, '--out', out, ...args)).code).toBe(0);
    const png = readFileSync(out);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width, height]);
  });

  it('writes the element with its drawing in a declarative shadow root as HTML', async () => {
    const out = join(dir, 'offer.html');
    const args = ['--out', out, '--width', '640', '--lang', 'en', '--src', '/c.json', '--no-controls'];
    const { code } = await fleur('render', HARMONIE, ...args);
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(
      /^<fleur-pleine-sante lang="en" src="\/c.json" theme="light" no-controls data-fleur-width="640"/,
    );
    expect(html).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(html).toContain('aria-label="Economic factors"');
    expect(html).not.toContain('part="controls"');
    // Without --src the catalogue goes inline; --format html names the format whatever the file's name.
    const inline = join(dir, 'inline.txt');
    expect((await fleur('render', HARMONIE, '--out', inline, '--format', 'html')).code).toBe(0);
    expect(readFileSync(inline, 'utf8')).toContain('<script type="application/json">{');
    expect((await fleur('render', HARMONIE, '--out', inline, '--format', 'gif')).code).toBe(2);
  });

  it('refuses an invalid catalogue with its issues, and wrong options with usage', async () => {
    const invalid = await fleur(
      'render',
      writeCatalogue('petals.json', { ...minimalCatalogue(), petals: [] }),
      '--out',
      join(dir, 'x.svg'),
    );
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('petals');
    expect((await fleur('render', HARMONIE, '--out', join(dir, 'x.gif'))).code).toBe(2);
    expect((await fleur('render', HARMONIE)).code).toBe(2);
  });
});

describe('fleur schema and usage', () => {
  it('prints the JSON Schema', async () => {
    const { code, stdout } = await fleur('schema');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).title).toContain('catalogue');
  });

  it('prints usage for an unknown command or flag (exit 2)', async () => {
    expect((await fleur('draw')).code).toBe(2);
    const unknownFlag = await fleur('validate', HARMONIE, '--colour');
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stderr).toContain('Voir fleur --help');
    expect((await fleur('--help')).stdout).toContain('Commands:');
  });
});
