import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { installAppTools, runTool, viteBuild } from './app-build.js';
import type { Example } from './example.js';
import { exampleSource } from './example.js';
import { CATALOGUE, newSite } from './site-files.js';

/** The app's own tooling, at the versions this repository is tested with (its root devDependencies). */
const APP_TOOLS = [
  'react',
  'react-dom',
  '@types/react',
  '@types/react-dom',
  'typescript',
  'vite',
  '@vitejs/plugin-react',
];

/** The React app's policy: everything from the site itself (its bundle, its chunks, the catalogue it imports). */
export const REACT_APP_POLICY = "default-src 'self'";

/**
 * A React 19 app using the `fleur-pleine-sante-react` wrapper with a catalogue imported from a `.json` file, built as its
 * author would: `tsc` checks it against the installed packages' types (no cast, typed `onFleurSelect`), then Vite
 * bundles it (the flower's lazy parts become chunks of the app). Served under `default-src 'self'`.
 */
export const reactExample: Example = {
  name: 'react',
  summary: `a React 19 app built with Vite, using fleur-pleine-sante-react, under "${REACT_APP_POLICY}"`,
  async build(project) {
    const root = newSite(project, exampleSource('react'), 'react');
    copyFileSync(CATALOGUE, join(root, 'src', 'catalogue.json'));
    await installAppTools(project, APP_TOOLS);
    await runTool(project, 'tsc', ['-p', 'tsconfig.json'], root);
    await viteBuild(project, root);
    return { root: join(root, 'dist'), page: '/index.html', headers: { 'content-security-policy': REACT_APP_POLICY } };
  },
};
