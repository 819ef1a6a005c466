import { copyFileSync, cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExampleProject } from './example-project.js';

/** The catalogue every example shows: the Harmonie Mutuelle 2023 catalogue of the repository's data folder. */
export const CATALOGUE = fileURLToPath(new URL('../../../data/harmonie-mutuelle-2023.json', import.meta.url));

/** The drop-in's files in the flower package: the main file and its lazy parts, `fleur-*.js`. */
const DROP_IN_FILE = /^fleur-[\w.-]+\.js$/;

/** Copies an example's own files (its folder under packages/examples) and the catalogue into a new site folder. */
export function newSite(project: ExampleProject, source: string, name: string): string {
  const root = join(project.folder, 'sites', name);
  cpSync(source, root, { recursive: true });
  copyFileSync(CATALOGUE, join(root, 'catalogue.json'));
  return root;
}

/**
 * Self-hosting the drop-in, as its README says: copies `node_modules/fleur-pleine-sante/dist/fleur-*.js` (the main file
 * and its lazy parts, side by side) into `destination`. Returns the names copied.
 */
export function copyDropIn(project: ExampleProject, destination: string): string[] {
  const dist = join(project.installed('fleur-pleine-sante'), 'dist');
  mkdirSync(destination, { recursive: true });
  const files = readdirSync(dist).filter((name) => DROP_IN_FILE.test(name));
  for (const name of files) copyFileSync(join(dist, name), join(destination, name));
  return files;
}
