import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentedCopyPatterns, patternToRegExp } from './documented.js';
import type { ExampleProject } from './example-project.js';

/** The catalogue every example shows: the Harmonie Mutuelle 2023 catalogue of the repository's data folder. */
export const CATALOGUE = fileURLToPath(new URL('../../../data/harmonie-mutuelle-2023.json', import.meta.url));

/** The repository's README: the recipes the examples follow are read from it. */
export const readme = (): string => readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** Copies an example's own files (its folder under packages/examples) and the catalogue into a new site folder. */
export function newSite(project: ExampleProject, source: string, name: string): string {
  const root = join(project.folder, 'sites', name);
  cpSync(source, root, { recursive: true });
  copyFileSync(CATALOGUE, join(root, 'catalogue.json'));
  return root;
}

/**
 * Self-hosting the drop-in by the README's copy step, read from the README: the files of
 * `node_modules/fleur-pleine-sante/dist/` it names (the main file, its lazy parts and their source maps) copied side by
 * side into `destination`. Returns the names copied.
 */
export function copyDropIn(project: ExampleProject, destination: string): string[] {
  const dist = join(project.installed('fleur-pleine-sante'), 'dist');
  mkdirSync(destination, { recursive: true });
  const patterns = documentedCopyPatterns(readme()).map(patternToRegExp);
  const files = readdirSync(dist).filter((name) => patterns.some((pattern) => pattern.test(name)));
  for (const name of files) copyFileSync(join(dist, name), join(destination, name));
  return files;
}
