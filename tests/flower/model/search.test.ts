import { parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { MAX_QUERY_LENGTH, matchingItemIds, NO_FILTERS } from 'fleur-pleine-sante';
import { describe, expect, it } from 'vitest';
import { minimalCatalogue } from '../../helpers/fixture.js';

const parsed = parseCatalogue(minimalCatalogue());
if (!parsed.ok) throw new Error('fixture');
const catalogue = parsed.catalogue;
const search = (query: string) => [...matchingItemIds(catalogue, { ...NO_FILTERS, query }, 'fr')].sort();

describe('matchingItemIds(catalogue, { query }) reads at most MAX_QUERY_LENGTH characters of the query', () => {
  it('a 1 MB query searches its first 200 characters: words past them are ignored', () => {
    const query = `semi${' '.repeat(1_000_000)}nowhere`;
    expect(MAX_QUERY_LENGTH).toBe(200);
    expect(search(query)).toEqual(['semi']);
    expect(search(query)).toEqual(search(query.slice(0, MAX_QUERY_LENGTH)));
  });

  it('a query of a million repeated words is one word', () => {
    expect(search('e '.repeat(500_000))).toEqual(search('e'));
  });

  it('a cut never leaves half of a surrogate pair', () => {
    const query = `${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀`;
    expect(() => search(query)).not.toThrow();
    expect(search(query)).toEqual([]);
  });
});
