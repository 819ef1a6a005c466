import { execFile, type SpawnSyncReturns, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROKEN, brokenText, FIELD_BEFORE_MISSING_COMMA, missingCommaText } from './broken-fixtures.js';
import { lineColumnOf } from './run-fleur.js';

// The CLI as a stranger gets it: the catalogue, flower and cli packages built, packed with `npm pack`, installed
// from their tarballs into a fresh project outside the repository, and run with `npx fleur`.

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = join(root, 'node_modules', '.bin', 'tsc');
const PACKAGES = ['catalogue', 'flower', 'cli'] as const;
const cliVersion = (JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')) as { version: string })
  .version;

/** The environment without what `npm test` adds (`npm_config_*`, `npm_package_*`…), which would aim npm at the repo. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'INIT_CWD'),
) as NodeJS.ProcessEnv;

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: STEP_TIMEOUT });
}

function succeed(command: string, args: readonly string[], cwd: string): void {
  const result = run(command, args, cwd);
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr || result.error}`);
}

let work = '';
let app = '';

/** Slow steps are given this long (the machine may be shared). */
const STEP_TIMEOUT = 120_000;

/** `npx fleur …` in the fresh project, as a user types it. */
function fleur(...args: string[]) {
  const result = run('npx', ['fleur', ...args], app);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Builds each package as `npm run build` does (tsc with its tsconfig.build.json), but into a copy outside the
 * repository, so tests reading the repository's own dist folders never see them half-written; then packs the
 * copies and installs the three tarballs into a new project.
 */
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'fleur-installed-cli-'));
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  const copies = PACKAGES.map((name) => ({ source: join(root, 'packages', name), copy: join(work, 'packages', name) }));
  // The three compilations run side by side: each spends most of its time loading TypeScript and the sources.
  await Promise.all(
    copies.map(({ source, copy }) => {
      cpSync(source, copy, {
        recursive: true,
        filter: (path) => !/^(?:dist|node_modules)(?:[/\\]|$)/.test(relative(source, path)),
      });
      const args = ['-p', join(source, 'tsconfig.build.json'), '--outDir', join(copy, 'dist')];
      return promisify(execFile)(tsc, args, { cwd: root, env, timeout: STEP_TIMEOUT });
    }),
  );
  for (const { copy } of copies) succeed('npm', ['pack', '--silent', '--pack-destination', tarballs], copy);
  app = join(work, 'app');
  mkdirSync(app);
  succeed('npm', ['init', '-y'], app);
  const packed = readdirSync(tarballs).map((file) => join(tarballs, file));
  succeed('npm', ['install', '--no-audit', '--no-fund', ...packed], app);
  copyFileSync(join(root, BROKEN), join(app, 'broken.json'));
  writeFileSync(join(app, 'syntax.json'), missingCommaText());
  copyFileSync(join(root, 'data/harmonie-mutuelle-2023.json'), join(app, 'catalogue.json'));
}, 5 * STEP_TIMEOUT);

// The installed project holds the CLI's dependencies (fonts, PDF writer): removing it takes seconds on a busy machine,
// more than the 10 s default.
afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
}, STEP_TIMEOUT);

describe('the fleur command installed from the packed tarballs', { timeout: 60_000 }, () => {
  it('npx fleur --help prints the commands and the exit codes (exit 0)', () => {
    const run = fleur('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: fleur /);
    expect(run.stdout).toMatch(/\n {2}validate .*\n[\s\S]*\n {2}render .*\n[\s\S]*\n {2}schema /);
    expect(run.stdout).toContain('Exit codes:');
  });

  it('npx fleur --version prints the installed version; validate --help its own usage', () => {
    expect(fleur('--version')).toMatchObject({ code: 0, stdout: `${cliVersion}\n` });
    expect(fleur('validate', '--help').stdout).toMatch(/^Usage: fleur validate \[options\] <file\.\.\.>/);
  });

  it('npx fleur validate broken.json exits 1 with the error’s line and column', () => {
    const run = fleur('validate', 'broken.json', '--lang', 'en');
    const { line, column } = lineColumnOf(brokenText, '"sleeep"');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`broken.json:${line}:${column} error items[2] (kalixia).factors[1]: Unknown factor`);
  });

  it('a JSON syntax error comes with its line, column and a caret; never an offset', () => {
    const run = fleur('validate', 'syntax.json', '--lang', 'en');
    const text = missingCommaText();
    const { line, column } = lineColumnOf(text, `${FIELD_BEFORE_MISSING_COMMA}\n`);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`syntax.json:${line}:${column + FIELD_BEFORE_MISSING_COMMA.length} error document:`);
    expect(run.stdout).toContain(`  ${line} |       ${FIELD_BEFORE_MISSING_COMMA}\n`);
    expect(run.stdout).toMatch(/\n {2}\s+\| {7}\s+\^\n/);
    expect(run.stdout).not.toMatch(/position \d/);
  });

  it('npx fleur render … --out writes an SVG and a PNG (exit 0)', () => {
    expect(fleur('render', 'catalogue.json', '--out', 'x.svg', '--lang', 'en').code).toBe(0);
    const svg = readFileSync(join(app, 'x.svg'), 'utf8');
    expect(svg).toMatch(/^(?:<\?xml[^>]*>\s*)?<svg[\s>]/);
    expect(svg).toContain('Economic factors');
    expect(fleur('render', 'catalogue.json', '--out', 'x.png', '--width', '400', '--height', '300').code).toBe(0);
    const png = readFileSync(join(app, 'x.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(800);
  });

  it('usage errors exit 2: --lang de, an unknown flag, an unknown command', () => {
    expect(fleur('validate', 'broken.json', '--lang', 'de').code).toBe(2);
    expect(fleur('validate', 'broken.json', '--colour').code).toBe(2);
    expect(fleur('draw').code).toBe(2);
  });
});
