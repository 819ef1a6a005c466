import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkerOutput, installAppTools, runTool, viteBuild } from './app-build.js';
import type { Example } from './example.js';
import { exampleSource } from './example.js';
import type { ExampleProject } from './example-project.js';
import { CATALOGUE, newSite } from './site-files.js';

const APP_TOOLS = ['vue', 'vue-tsc', 'typescript', 'vite', '@vitejs/plugin-vue'];

/** The Vue app's policy: everything from the site itself. */
export const VUE_APP_POLICY = "default-src 'self'";

const appFolder = (project: ExampleProject) => join(project.folder, 'sites', 'vue');

/**
 * A Vue 3 app using the bare tag with the `fleur-pleine-sante/vue` types: `vue-tsc` checks its template against the
 * installed package (`:catalogue` from a `.json` import, a typed `@fleur-select`), then Vite bundles it with
 * `isCustomElement` set as the README says. Built in development mode, so Vue's own warnings (such as "Failed to
 * resolve component" without `isCustomElement`) reach the console the test reads. Served under `default-src 'self'`.
 */
export const vueExample: Example = {
  name: 'vue',
  summary: `a Vue 3 app built with Vite, using the bare tag, under "${VUE_APP_POLICY}"`,
  async build(project) {
    const root = newSite(project, exampleSource('vue'), 'vue');
    copyFileSync(CATALOGUE, join(root, 'src', 'catalogue.json'));
    await installAppTools(project, APP_TOOLS);
    await runTool(project, 'vue-tsc', ['-p', 'tsconfig.json'], root);
    await viteBuild(project, root, 'development');
    return { root: join(root, 'dist'), page: '/index.html', headers: { 'content-security-policy': VUE_APP_POLICY } };
  },
};

/**
 * What `vue-tsc` says of a component with this template, written beside the built example's App.vue (the example
 * must have been built): `ok` and its output.
 */
export async function vueTemplateCheck(project: ExampleProject, template: string) {
  const file = join(appFolder(project), 'src', 'Check.vue');
  writeFileSync(file, `<script setup lang="ts"></script>\n\n<template>\n  ${template}\n</template>\n`);
  try {
    return await checkerOutput(project, 'vue-tsc', ['-p', 'tsconfig.json'], appFolder(project));
  } finally {
    rmSync(file, { force: true });
  }
}
