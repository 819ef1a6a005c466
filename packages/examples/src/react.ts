import { execFile } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Example } from './example.js';
import { exampleSource } from './example.js';
import { pinned } from './pinned.js';
import { CATALOGUE, newSite } from './site-files.js';

const run = promisify(execFile);

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
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...APP_TOOLS.map(pinned)], {
      cwd: project.folder,
    });
    const bin = (name: string) => join(project.folder, 'node_modules', '.bin', name);
    await run(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: root });
    // As an author's shell runs it: a test runner's NODE_ENV=test would give Vite Lit's development build.
    await run(bin('vite'), ['build', '--logLevel', 'warn'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    return { root: join(root, 'dist'), page: '/index.html', headers: { 'content-security-policy': REACT_APP_POLICY } };
  },
};
