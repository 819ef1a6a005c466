import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { installAppTools, runTool } from './app-build.js';
import type { Example } from './example.js';
import { exampleSource } from './example.js';
import { CATALOGUE, newSite } from './site-files.js';

/**
 * The app's own tooling, at the versions this repository is tested with. The app is TypeScript, so `next build` needs
 * typescript and the React and Node types installed; it must not rely on another example having brought them.
 */
const APP_TOOLS = ['next', 'react', 'react-dom', 'typescript', '@types/react', '@types/react-dom', '@types/node'];

/**
 * A Next.js app (app router), exported as a static site: a server component draws the flower into the HTML at build
 * time with `renderFleurHtml`, a client component registers the element from the installed package (bundled by
 * Next), and the element takes the drawing over; the page names the chosen offer from `fleur-select`.
 */
export const nextExample: Example = {
  name: 'next',
  summary:
    'a Next.js app (app router, static export) drawing the flower in a server component, taken over by the element',
  async build(project) {
    const root = newSite(project, exampleSource('next'), 'next');
    copyFileSync(CATALOGUE, join(root, 'public', 'catalogue.json'));
    await installAppTools(project, APP_TOOLS);
    // As an author's shell runs it: a test runner's NODE_ENV=test is not a production build.
    await runTool(project, 'next', ['build'], root, {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    });
    return { root: join(root, 'out'), page: '/index.html', headers: {}, serverRendered: true };
  },
};
