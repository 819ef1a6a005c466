import { parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { describe, expect, it } from 'vitest';
import { catalogueWith } from '../helpers/fixture.js';
import { expectIssue } from '../helpers/issues.js';

describe('references (catalogue, petals, factors)', () => {
  it('are optional and kept as given, on the catalogue, a petal and a factor', () => {
    const result = parseCatalogue(
      catalogueWith((c) => {
        c.references = [{ label: { fr: 'Modèle de Dahlgren et Whitehead', en: 'Dahlgren and Whitehead' } }];
        (c.petals[0] as Record<string, unknown>).references = [{ label: 'Éloi Laurent', href: 'https://example.org/' }];
        (c.factors[0] as Record<string, unknown>).references = [{ label: 'Rémy Slama' }];
      }),
    );
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.warnings).toEqual([]);
    if (!result.ok) return;
    expect(result.catalogue.references?.[0]?.label).toEqual({
      fr: 'Modèle de Dahlgren et Whitehead',
      en: 'Dahlgren and Whitehead',
    });
    expect(result.catalogue.petals[0]?.references?.[0]?.href).toBe('https://example.org/');
    expect(result.catalogue.factors[0]?.references?.[0]?.label).toBe('Rémy Slama');
  });

  it('report an empty label, an unsafe link and an unknown field at their paths', () => {
    const result = parseCatalogue(
      catalogueWith((c) => {
        c.references = [{ label: '   ' }];
        (c.petals[0] as Record<string, unknown>).references = [{ label: 'x', href: 'javascript:alert(1)' }];
        (c.factors[0] as Record<string, unknown>).references = [{ label: 'y', year: 1991 }];
      }),
    );
    expectIssue(result, 'empty-text', 'references[0].label');
    expectIssue(result, 'unsafe-link', 'petals[0].references[0].href');
    expect(result.warnings.map((issue) => issue.code)).toContain('unknown-field');
  });
});
