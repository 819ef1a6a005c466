import type { CatalogueInput } from 'fleur-pleine-sante-catalogue';
import harmonieJson from '../../data/harmonie-mutuelle-2023.json';
import dahlgrenJson from '../../tests/fixtures/dahlgren-whitehead.json';
import { syntheticCatalogue } from '../../tests/fixtures/synthetic-catalogue.js';

/** The Harmonie Mutuelle 2023 catalogue: 73 items on the three petals of the report. */
export const harmonie = harmonieJson;

/** Another determinant model, five petals (Dahlgren and Whitehead), fictitious actions. */
export const dahlgren = dahlgrenJson;

/** Harmonie as a catalogue editor first writes it: the report's full titles, no `shortTitle`. */
export const harmonieFullTitles = {
  ...harmonie,
  id: 'harmonie-titres-complets',
  items: harmonie.items.map(({ shortTitle: _dropped, ...item }) => item),
} as CatalogueInput;

/** A generated catalogue of 80 items whose titles run from 10 to 120 characters, in French and English. */
export const longTitles = syntheticCatalogue({ items: 80, titleLength: [10, 120], seed: 7 }) as CatalogueInput;

/** A seeded, dense catalogue: items cluster on a few factors, which turn into count badges. */
export const dense = syntheticCatalogue({ items: 600, petals: 3, seed: 7 }) as CatalogueInput;

/** Valid and empty: the petals and a "nothing to show" message. */
export const empty = { ...harmonie, id: 'harmonie-sans-elements', items: [] } as CatalogueInput;

/**
 * Invalid in several ways at once, so the error state lists every issue with its JSON path: a label left empty, an
 * unknown factor, a duplicate id, an unknown kind, a `javascript:` link, a missing title.
 */
export const invalid: unknown = {
  version: 1,
  id: 'catalogue-avec-erreurs',
  defaultLocale: 'fr',
  title: { fr: 'Catalogue avec erreurs', en: 'Catalogue with errors' },
  petals: [
    { id: 'economic', label: { fr: 'Économiques', en: 'Economic' } },
    { id: 'social', label: { fr: '', en: 'Social' } },
  ],
  factors: [
    { id: 'income', petal: 'economic', label: { fr: 'Revenus', en: 'Income' } },
    { id: 'sleep', petal: 'social', label: { fr: 'Sommeil', en: 'Sleep' } },
  ],
  kinds: [{ id: 'offer', label: { fr: 'Offre', en: 'Offer' } }],
  audiences: [{ id: 'member', label: { fr: 'Adhérents', en: 'Members' } }],
  objectives: [],
  items: [
    { id: 'sommeil', kind: 'offer', title: { fr: 'Bien dormir', en: 'Sleep well' }, factors: ['sleeep'] },
    {
      id: 'sommeil',
      kind: 'offre',
      title: { fr: 'Conseils sommeil', en: 'Sleep advice' },
      factors: ['sleep'],
      links: [{ href: 'javascript:alert(1)' }],
    },
    { id: 'revenus', kind: 'offer', factors: ['income'] },
  ],
};
