import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type PackedPackage, packPackages } from '../../tools/pack-packages.js';

const run = promisify(execFile);

/** A fresh npm project outside the repository, with the packed public packages installed from their tarballs. */
export interface ExampleProject {
  /** The project folder (its `node_modules` holds the installed packages). */
  readonly folder: string;
  /** The tarballs that were installed. */
  readonly packages: readonly PackedPackage[];
  /** Absolute path of an installed package's folder. */
  installed(name: string): string;
  /** Deletes the project and its tarballs. */
  remove(): void;
}

/**
 * Packs every public package (as `npm publish` would), then installs the tarballs into a new project in the
 * system's temporary folder, as a stranger would: their dependencies (lit, zod, d3) come from the registry, and
 * nothing resolves to the repository's own workspaces.
 */
export async function createExampleProject(): Promise<ExampleProject> {
  const base = mkdtempSync(join(tmpdir(), 'fleur-examples-'));
  const tarballs = join(base, 'tarballs');
  const folder = join(base, 'project');
  mkdirSync(tarballs);
  mkdirSync(folder);
  try {
    const packages = packPackages(tarballs);
    writeFileSync(
      join(folder, 'package.json'),
      `${JSON.stringify({ name: 'fleur-example', private: true, type: 'module' }, null, 2)}\n`,
    );
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', ...packages.map(({ tarball }) => tarball)],
      { cwd: folder },
    );
    return {
      folder,
      packages,
      installed: (name) => join(folder, 'node_modules', name),
      remove: () => rmSync(base, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(base, { recursive: true, force: true });
    throw error;
  }
}
