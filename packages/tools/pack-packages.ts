import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A workspace package that is published (not `private`). */
export interface PublicPackage {
  /** Its npm name (`fleur-pleine-sante`, `fleur-pleine-sante-catalogue`, …). */
  readonly name: string;
  /** Its folder, relative to the repository root (`packages/flower`). */
  readonly folder: string;
}

/** A public package packed by `npm pack`, as a registry would receive it. */
export interface PackedPackage extends PublicPackage {
  /** Absolute path of the `.tgz`. */
  readonly tarball: string;
  /** The files in the tarball, relative to the package folder. */
  readonly files: readonly string[];
}

/** The repository root, absolute. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Manifest {
  name: string;
  private?: boolean;
  workspaces?: string[];
}

const readManifest = (folder: string): Manifest =>
  JSON.parse(readFileSync(join(REPOSITORY_ROOT, folder, 'package.json'), 'utf8')) as Manifest;

/**
 * Every workspace package that is not `private`, read from the root workspaces (`packages/*`), so a package added
 * later is packed and checked with no change here.
 */
export function publicPackages(): PublicPackage[] {
  const folders = (readManifest('.').workspaces ?? []).flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const parent = pattern.slice(0, -2);
    return readdirSync(join(REPOSITORY_ROOT, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(REPOSITORY_ROOT, parent, entry.name, 'package.json')))
      .map((entry) => `${parent}/${entry.name}`);
  });
  return folders
    .map((folder) => ({ folder, manifest: readManifest(folder) }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ folder, manifest }) => ({ name: manifest.name, folder }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

interface NpmPackResult {
  name: string;
  filename: string;
  files: { path: string }[];
}

/** Every file a package's `exports` and `bin` point at (`./dist/index.js`, …), relative to its folder. */
function entryFiles(folder: string): string[] {
  const manifest = JSON.parse(readFileSync(join(REPOSITORY_ROOT, folder, 'package.json'), 'utf8')) as {
    exports?: unknown;
    bin?: unknown;
  };
  const leaves = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(leaves)
        : [];
  return [...leaves(manifest.exports), ...leaves(manifest.bin)];
}

/**
 * Packs `packages` (default: every public one) into `destination` with one `npm pack` and returns the tarballs.
 * Packs what is built: a package whose entry files are missing is refused with the command that builds them, since
 * its tarball would install and then fail on import.
 */
export function packPackages(destination: string, packages = publicPackages()): PackedPackage[] {
  const missing = packages.flatMap(({ folder }) =>
    entryFiles(folder)
      .filter((file) => !existsSync(join(REPOSITORY_ROOT, folder, file)))
      .map((file) => join(folder, file)),
  );
  if (missing.length > 0) throw new Error(`${missing.join(', ')} missing: run \`npm run build\` first.`);
  const output = execFileSync(
    'npm',
    [
      'pack',
      '--json',
      '--silent',
      '--pack-destination',
      destination,
      ...packages.flatMap(({ folder }) => ['--workspace', folder]),
    ],
    { cwd: REPOSITORY_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const results = JSON.parse(output) as NpmPackResult[];
  return packages.map((pkg) => {
    const result = results.find(({ name }) => name === pkg.name);
    if (!result) throw new Error(`npm pack gave no tarball for ${pkg.name}`);
    return { ...pkg, tarball: join(destination, result.filename), files: result.files.map(({ path }) => path) };
  });
}
