// `npm test` (after the build): packs every public package as npm would publish it, then lints each tarball with
// publint --strict (package.json fields, exports, files) and attw (types resolve for TypeScript users in every
// ESM resolution mode). Prints both tools' output and fails on any error or warning.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PackedPackage, packPackages, REPOSITORY_ROOT } from './pack-packages.js';

const bin = (name: string) => join(REPOSITORY_ROOT, 'node_modules', '.bin', name);

/** Entry points that are data, not modules with types: attw has nothing to check there. */
const JSON_ENTRY_POINT = /\.json$/;

/**
 * attw's arguments for a package: the `esm-only` profile, since every package here is ESM-only (`"type": "module"`,
 * `import`-only exports), so CommonJS `require` and node10 resolution are out of scope by design; the JSON entry
 * points are left out. A package whose only exports are JSON (the CLI: a bin) has nothing to import, so `null`.
 */
function attwArguments(pkg: PackedPackage): string[] | null {
  const manifest = JSON.parse(readFileSync(join(REPOSITORY_ROOT, pkg.folder, 'package.json'), 'utf8')) as {
    exports?: Record<string, unknown>;
  };
  const entryPoints = Object.keys(manifest.exports ?? { '.': null });
  const jsonEntryPoints = entryPoints.filter((entry) => JSON_ENTRY_POINT.test(entry));
  if (jsonEntryPoints.length === entryPoints.length) return null;
  return [
    pkg.tarball,
    '--profile',
    'esm-only',
    ...(jsonEntryPoints.length > 0 ? ['--exclude-entrypoints', ...jsonEntryPoints] : []),
  ];
}

function run(command: string, args: string[]): boolean {
  const { status } = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return status === 0;
}

/** The packed packages, or a one-line reason on stderr and exit code 1 (nothing built yet, npm failed). */
function packedOrExit(folder: string): PackedPackage[] {
  try {
    return packPackages(folder);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    rmSync(folder, { recursive: true, force: true });
    process.exit(1);
  }
}

const destination = mkdtempSync(join(tmpdir(), 'fleur-packages-'));
const failures: string[] = [];
try {
  for (const pkg of packedOrExit(destination)) {
    console.log(`\n${pkg.name} (${pkg.files.length} files)`);
    if (!run(bin('publint'), ['run', '--strict', pkg.tarball])) failures.push(`publint ${pkg.name}`);
    const attw = attwArguments(pkg);
    if (attw === null) console.log('attw: nothing to import (its only exports are JSON), so nothing to check');
    else if (!run(bin('attw'), [...attw, '--format', 'table-flipped', '--no-emoji'])) failures.push(`attw ${pkg.name}`);
  }
} finally {
  rmSync(destination, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`\nPackage checks failed: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('\nEvery package: publint --strict and attw clean.');
