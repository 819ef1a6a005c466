import { join } from 'node:path';
import { installAppTools, runTool } from './app-build.js';
import type { Example } from './example.js';
import { exampleSource } from './example.js';
import { copyDropIn, newSite } from './site-files.js';

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
    await installAppTools(project, ['@11ty/eleventy']);
    await runTool(project, 'eleventy', ['--quiet'], root);
    return { root: join(root, '_site'), page: '/index.html', headers: {}, dropIn: true, serverRendered: true };
  },
};
