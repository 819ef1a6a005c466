// Eleventy builds the offer page at build time: the flower is drawn into the HTML (a declarative shadow root), so a
// reader sees it before any script, and with JavaScript off. The drop-in, copied beside the page, takes it over.
import { readFile } from 'node:fs/promises';
import { renderFleurHtml } from 'fleur-pleine-sante/static.js';

export default function (eleventyConfig) {
  // `{% fleur "catalogue.json", 640 %}`: the element, drawn from the catalogue file at that width.
  eleventyConfig.addShortcode('fleur', async (file, width) => {
    const catalogue = JSON.parse(await readFile(file, 'utf8'));
    return renderFleurHtml(catalogue, { width, lang: 'fr', src: file, noControls: true });
  });
  eleventyConfig.addPassthroughCopy({
    'catalogue.json': 'catalogue.json',
    'favicon.svg': 'favicon.svg',
    assets: 'assets',
  });
  return { dir: { input: 'pages', output: '_site' } };
}
