import { readFileSync } from 'node:fs';
import { localized, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { describe, expect, it } from 'vitest';

const text = readFileSync(new URL('../../data/harmonie-mutuelle-2023.json', import.meta.url), 'utf8');

describe('data/harmonie-mutuelle-2023.json', () => {
  const result = parseCatalogue(text);

  it('validates with no issue and no warning', () => {
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('points editors to the JSON Schema', () => {
    expect(JSON.parse(text).$schema).toBe('./catalogue.schema.json');
  });

  it("draws the report's three petals and their factors", () => {
    if (!result.ok) throw new Error('invalid');
    const { catalogue } = result;
    expect(catalogue.petals.map((petal) => petal.id)).toEqual(['economic', 'social', 'environmental']);
    const factorsOf = (petal: string) => catalogue.factors.filter((f) => f.petal === petal).map((f) => f.id);
    expect(factorsOf('economic')).toEqual(['income', 'socio-professional-category', 'education', 'employment']);
    expect(factorsOf('social')).toHaveLength(7);
    expect(factorsOf('environmental')).toEqual(['physical-chemical-biological', 'adaptation', 'mitigation']);
  });

  it('covers the offers, services and initiatives of the report, each in French and English with its source', () => {
    if (!result.ok) throw new Error('invalid');
    const { items } = result.catalogue;
    expect(items.length).toBeGreaterThan(40);
    for (const kind of ['offer', 'service', 'initiative']) expect(items.some((item) => item.kind === kind)).toBe(true);
    for (const item of items) {
      expect(localized(item.title, 'fr')).not.toBe('');
      expect(typeof item.title === 'object' && item.title.en, `${item.id} has an English title`).toBeTruthy();
      expect(item.source, `${item.id} says where the report names it`).toMatch(/l\. ?\d+/);
    }
    const semi = items.find((item) => item.id === 'semi-de-paris');
    expect(semi?.factors).toContain('physical-activity');
  });

  it('names every item on the flower with a short title in French and English: at most 32 characters, all distinct', () => {
    if (!result.ok) throw new Error('invalid');
    const { items } = result.catalogue;
    for (const locale of ['fr', 'en'] as const) {
      const labels = items.map((item) => {
        const short = typeof item.shortTitle === 'object' ? item.shortTitle[locale] : undefined;
        expect(short, `${item.id} has a ${locale} shortTitle`).toBeTruthy();
        expect(short!.length, `${item.id}: “${short}” fits a label`).toBeLessThanOrEqual(32);
        return short!;
      });
      const repeated = labels.filter((label, index) => labels.indexOf(label) !== index);
      expect(repeated, `${locale} short titles used twice`).toEqual([]);
    }
  });

  it('places shortTitle right after title, so editors read them together', () => {
    for (const item of JSON.parse(text).items as Record<string, unknown>[]) {
      const keys = Object.keys(item);
      expect(keys[keys.indexOf('title') + 1], item.id as string).toBe('shortTitle');
    }
  });
});
