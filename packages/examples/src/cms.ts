import type { Example } from './example.js';
import { exampleSource } from './example.js';
import { newSite } from './site-files.js';

/** The host cms/index.html loads the drop-in from: a stand-in for a real npm CDN (`.example` is reserved for this). */
export const CMS_CDN_ORIGIN = 'https://cdn.example';

/**
 * A CMS page: no build step, no Content-Security-Policy; one `<script type="module">` loading the drop-in from an
 * npm CDN (another origin, so its lazy parts are fetched from the CDN by relative URLs) and one
 * `<fleur-pleine-sante src="catalogue.json">` beside the page.
 */
export const cmsExample: Example = {
  name: 'cms',
  summary: 'a CMS page: one script tag from an npm CDN and src="catalogue.json"',
  async build(project) {
    return {
      root: newSite(project, exampleSource('cms'), 'cms'),
      page: '/index.html',
      headers: {},
      cdnOrigin: CMS_CDN_ORIGIN,
      dropIn: true,
    };
  },
};
