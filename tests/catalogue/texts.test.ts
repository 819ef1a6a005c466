import { describe, expect, it } from 'vitest';
import { formatPath } from '../../packages/catalogue/src/issues.js';
import { localizedTexts } from '../../packages/catalogue/src/texts.js';

/** A catalogue with every localized field of the format filled once (values need not be valid: this walks raw JSON). */
const everyText = {
  version: 1,
  id: 'all-texts',
  defaultLocale: 'fr',
  title: 'T',
  description: 'D',
  references: [{ label: 'R', href: 'https://example.org' }],
  petals: [{ id: 'p', label: 'L', shortLabel: 'S', description: 'D', color: '#000', references: [{ label: 'R' }] }],
  factors: [{ id: 'f', petal: 'p', label: 'L', description: 'D', references: [{ label: 'R' }] }],
  kinds: [{ id: 'k', label: 'L', description: 'D' }],
  audiences: [{ id: 'a', label: 'L', description: 'D' }],
  objectives: [{ id: 'o', label: 'L', description: 'D' }],
  items: [
    {
      id: 'i',
      kind: 'k',
      title: 'T',
      shortTitle: 'S',
      summary: 'S',
      region: 'R',
      source: 'not localized: one string',
      factors: ['f'],
      figures: [{ value: 1, label: 'F', unit: '%' }],
      links: [{ href: 'https://example.org', label: 'L' }],
    },
  ],
};

describe('localizedTexts (the texts translations are checked on)', () => {
  it('finds every localized field of the format, and nothing else', () => {
    expect([...localizedTexts(everyText)].map(([, path]) => formatPath(path)).sort()).toEqual(
      [
        'title',
        'description',
        'references[0].label',
        'petals[0].label',
        'petals[0].shortLabel',
        'petals[0].description',
        'petals[0].references[0].label',
        'factors[0].label',
        'factors[0].description',
        'factors[0].references[0].label',
        'kinds[0].label',
        'kinds[0].description',
        'audiences[0].label',
        'audiences[0].description',
        'objectives[0].label',
        'objectives[0].description',
        'items[0].title',
        'items[0].shortTitle',
        'items[0].summary',
        'items[0].region',
        'items[0].figures[0].label',
        'items[0].links[0].label',
      ].sort(),
    );
  });

  it('reads unvalidated JSON: entries of the wrong shape are skipped, a present field is yielded whatever it holds', () => {
    const texts = [
      ...localizedTexts({ title: 42, petals: ['not an object', { label: null }], items: 'none', kinds: [{}] }),
    ];
    expect(texts.map(([value, path]) => [value, formatPath(path)])).toEqual([
      [42, 'title'],
      [null, 'petals[1].label'],
    ]);
  });
});
