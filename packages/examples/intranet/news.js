// The intranet's own widget, written with Lit (lit-html, self-hosted): another Lit on the page than the drop-in's.
// Loaded first, its Lit creates the Trusted Types policy `lit-html`; the drop-in's Lit creates it again, which the
// page's policy allows with 'allow-duplicates'.
import { html, render } from './vendor/lit-html/lit-html.js';

const news = ['Semaine de la prévention : inscriptions ouvertes', 'Nouveau guide « Agir sur les facteurs de santé »'];

render(
  html`<h2>Actualités</h2>
    <ul>
      ${news.map((title) => html`<li>${title}</li>`)}
    </ul>`,
  document.getElementById('news'),
);
