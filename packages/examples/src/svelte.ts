import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkerOutput, installAppTools, runTool, viteBuild } from './app-build.js';
import type { Example } from './example.js';
import { exampleSource } from './example.js';
import type { ExampleProject } from './example-project.js';
import { CATALOGUE, newSite } from './site-files.js';

const APP_TOOLS = ['svelte', 'svelte-check', 'typescript', 'vite', '@sveltejs/vite-plugin-svelte'];

/** The Svelte app's policy: everything from the site itself. */
export const SVELTE_APP_POLICY = "default-src 'self'";

const appFolder = (project: ExampleProject) => join(project.folder, 'sites', 'svelte');

/** svelte-check on the app: errors and warnings both fail it. */
const SVELTE_CHECK = ['--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human'];

/**
 * A Svelte 5 app using the bare tag with the `fleur-pleine-sante/svelte` types: `svelte-check` checks its markup
 * against the installed package (`{catalogue}` from a `.json` import, a typed `onfleur-select`), then Vite bundles
 * it. Served under `default-src 'self'`.
 */
export const svelteExample: Example = {
  name: 'svelte',
  summary: `a Svelte 5 app built with Vite, using the bare tag, under "${SVELTE_APP_POLICY}"`,
  async build(project) {
    const root = newSite(project, exampleSource('svelte'), 'svelte');
    copyFileSync(CATALOGUE, join(root, 'src', 'catalogue.json'));
    await installAppTools(project, APP_TOOLS);
    await runTool(project, 'svelte-check', SVELTE_CHECK, root);
    await viteBuild(project, root);
    return { root: join(root, 'dist'), page: '/index.html', headers: { 'content-security-policy': SVELTE_APP_POLICY } };
  },
};

/**
 * What `svelte-check` says of a component with this markup, written beside the built example's App.svelte (the
 * example must have been built): `ok` and its output.
 */
export async function svelteMarkupCheck(project: ExampleProject, markup: string) {
  const file = join(appFolder(project), 'src', 'Check.svelte');
  writeFileSync(file, `<script lang="ts"></script>\n\n${markup}\n`);
  try {
    return await checkerOutput(project, 'svelte-check', SVELTE_CHECK, appFolder(project));
  } finally {
    rmSync(file, { force: true });
  }
}
