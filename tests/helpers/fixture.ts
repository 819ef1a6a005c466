import type { CatalogueInput } from 'fleur-pleine-sante-catalogue';

/** A small valid catalogue: 3 petals, 5 factors, 3 items. A fresh copy each call, so tests can mutate it. */
export function minimalCatalogue(): CatalogueInput {
  return {
    version: 1,
    id: 'test',
    defaultLocale: 'fr',
    title: { fr: 'Fleur de test', en: 'Test flower' },
    petals: [
      { id: 'economic', label: { fr: 'Économiques', en: 'Economic' }, color: '#b36b00' },
      { id: 'social', label: { fr: 'Sociaux', en: 'Social' } },
      { id: 'environmental', label: { fr: 'Environnementaux', en: 'Environmental' } },
    ],
    factors: [
      { id: 'income', petal: 'economic', label: { fr: 'Revenus', en: 'Income' } },
      { id: 'employment', petal: 'economic', label: { fr: 'Emploi', en: 'Employment' } },
      { id: 'sleep', petal: 'social', label: { fr: 'Sommeil', en: 'Sleep' } },
      { id: 'social-ties', petal: 'social', label: { fr: 'Liens sociaux', en: 'Social ties' } },
      { id: 'mitigation', petal: 'environmental', label: { fr: 'Atténuation', en: 'Mitigation' } },
    ],
    kinds: [
      { id: 'offer', label: { fr: 'Offre', en: 'Offer' } },
      { id: 'service', label: { fr: 'Service', en: 'Service' } },
    ],
    audiences: [{ id: 'member', label: { fr: 'Adhérents', en: 'Members' } }],
    objectives: [{ id: 'obj-1', label: { fr: 'Objectif 1', en: 'Objective 1' } }],
    items: [
      {
        id: 'semi',
        kind: 'offer',
        title: { fr: 'Semi de Paris', en: 'Paris Half Marathon' },
        factors: ['sleep'],
        audiences: ['member'],
        objectives: ['obj-1'],
        figures: [{ value: 46000, label: { fr: 'coureurs', en: 'runners' } }],
        links: [{ href: 'https://example.org/semi' }],
        year: 2023,
      },
      {
        id: 'h2s',
        kind: 'service',
        title: { fr: 'Service social', en: 'Social service' },
        factors: ['income', 'social-ties'],
        audiences: ['member'],
      },
      { id: 'carbone', kind: 'offer', title: 'Offre carbone', factors: ['mitigation'] },
    ],
  };
}

/** `minimalCatalogue()` with a change applied, for one-rule tests. */
export function catalogueWith(change: (catalogue: CatalogueInput & Record<string, unknown>) => void): unknown {
  const catalogue = minimalCatalogue() as CatalogueInput & Record<string, unknown>;
  change(catalogue);
  return catalogue;
}
