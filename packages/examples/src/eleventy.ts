import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Example } from './example.js';
import { exampleSource } from './example.js';
import { pinned } from './pinned.js';
import { copyDropIn, newSite } from './site-files.js';

const run = promisify(execFile);

/**
 * An Eleventy site: its offer page is drawn at build time by a shortcode calling `renderFleurHtml` (the element with
 * its drawing in a declarative shadow root, `src="catalogue.json"`), and the drop-in, self-hosted beside the page,
 * takes the drawing over when it arrives. No Content-Security-Policy.
 */
export const eleventyExample: Example = {
  name: 'eleventy',
  summary: 'an Eleventy site drawing the flower at build time (renderFleurHtml), taken over by the self-hosted drop-in',
  async build(project) {
    const root = newSite(project, exampleSource('eleventy'), 'eleventy');
    copyDropIn(project, join(root, 'assets'));
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', pinned('@11ty/eleventy')], {
      cwd: project.folder,
    });
    await run(join(project.folder, 'node_modules', '.bin', 'eleventy'), ['--quiet'], { cwd: root });
    return { root: join(root, '_site'), page: '/index.html', headers: {}, dropIn: true, serverRendered: true };
  },
};
