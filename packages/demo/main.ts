import { ELEMENT_PROPERTIES, type FleurPleineSante } from 'fleur-pleine-sante';
import 'fleur-pleine-sante/fleur-pleine-sante.js';
import model from '../../tests/fixtures/dahlgren-whitehead.json';

const texts = {
  fr: {
    title: 'Fleur de la pleine santé',
    harmonie: 'Catalogue Harmonie Mutuelle 2023',
    model: 'Un autre modèle : cinq pétales (Dahlgren et Whitehead)',
    events: 'Événements',
  },
  en: {
    title: 'The full-health flower',
    harmonie: 'Harmonie Mutuelle 2023 catalogue',
    model: 'Another model: five petals (Dahlgren and Whitehead)',
    events: 'Events',
  },
} as const;

const second = document.querySelector<FleurPleineSante>('#model');
if (second) second.catalogue = model;

// The flowers have no lang of their own: they follow the page's, as a CMS page would set it.
function setLanguage(lang: 'fr' | 'en') {
  document.documentElement.lang = lang;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]'))
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]'))
    node.textContent = texts[lang][node.dataset.i18n as keyof (typeof texts)['fr']];
}
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]'))
  button.addEventListener('click', () => setLanguage(button.dataset.lang === 'en' ? 'en' : 'fr'));

const log = document.querySelector('#log');
for (const type of ['fleur-select', 'fleur-filter', 'fleur-zoom', 'fleur-error'] as const)
  document.addEventListener(type, (event) => {
    const entry = document.createElement('li');
    const target = (event.target as HTMLElement).id;
    entry.textContent = `${new Date().toLocaleTimeString()} #${target} ${type} ${JSON.stringify(event.detail, (key, value) => (key === 'item' ? value?.id : value))}`;
    log?.prepend(entry);
  });

// Deep links for screenshots and reviews: ?selected=semi-de-paris&petal=social&theme=dark&dense=500&titles=full …
const params = new URLSearchParams(location.search);
const harmonie = document.querySelector<FleurPleineSante>('#harmonie');
// Every attribute of the element (its public properties, kebab-cased) except the page's own `lang`.
for (const property of ELEMENT_PROPERTIES) {
  const name = property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  if (property !== 'catalogue' && property !== 'lang' && params.has(name))
    harmonie?.setAttribute(name, params.get(name) ?? '');
}
if (params.has('lang')) setLanguage(params.get('lang') === 'en' ? 'en' : 'fr');
if (params.has('dense') && harmonie) {
  const { syntheticCatalogue } = await import('../../tests/fixtures/synthetic-catalogue.js');
  harmonie.catalogue = syntheticCatalogue({ items: Number(params.get('dense')) || 500 });
}
// The catalogue as an editor first writes it (no short titles): ?titles=full.
if (params.get('titles') === 'full' && harmonie) {
  const [{ withoutShortTitles }, response] = await Promise.all([
    import('../../tests/fixtures/label-grid.js'),
    fetch('./harmonie-mutuelle-2023.json'),
  ]);
  harmonie.catalogue = withoutShortTitles(await response.json());
}
