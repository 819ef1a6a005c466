import { readFile } from 'node:fs/promises';
import { renderFleurHtml } from 'fleur-pleine-sante/static.js';
import { Flower } from './flower';

/**
 * A server component (app router): the flower is drawn into the page's HTML at build time, in a declarative shadow
 * root, so a reader sees it before any script; the client component registers the element, which takes it over.
 */
export default async function OffersPage() {
  const catalogue = JSON.parse(await readFile('public/catalogue.json', 'utf8'));
  const markup = await renderFleurHtml(catalogue, { width: 640, lang: 'fr', src: '/catalogue.json', noControls: true });
  return (
    <main>
      <h1>Nos offres et les facteurs de santé</h1>
      <p>Chaque offre, service ou initiative est placé sur les facteurs de santé sur lesquels il agit.</p>
      <Flower markup={markup} />
    </main>
  );
}
