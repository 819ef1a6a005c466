import { ISSUE_CODES, issueMessage, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validCatalogue } from '../helpers/catalogue-arbitrary.js';
import { minimalCatalogue } from '../helpers/fixture.js';

describe('parseCatalogue properties', () => {
  it('never throws on arbitrary JSON values, and every issue has a known code and messages', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseCatalogue(value);
        expect(result.ok).toBe(false);
        for (const issue of result.ok ? [] : result.issues) {
          expect(ISSUE_CODES).toContain(issue.code);
          expect(issueMessage(issue, 'fr').length).toBeGreaterThan(0);
          expect(issueMessage(issue, 'en').length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
    // Generous: hundreds of generated catalogues, on a machine other jobs share.
  }, 60_000);

  it('never throws when any field of a valid catalogue is replaced by an arbitrary value', () => {
    const base = minimalCatalogue() as Record<string, unknown>;
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(base)), fc.anything(), (key, value) => {
        const result = parseCatalogue({ ...base, [key]: value });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    // Generous: hundreds of generated catalogues, on a machine other jobs share.
  }, 60_000);

  it('parses any generated valid catalogue back to itself, from a value and from JSON text', () => {
    fc.assert(
      fc.property(validCatalogue, (catalogue) => {
        const fromValue = parseCatalogue(catalogue);
        expect(fromValue.ok ? [] : fromValue.issues).toEqual([]);
        expect(fromValue.ok && fromValue.catalogue).toEqual(catalogue);
        const fromText = parseCatalogue(JSON.stringify(catalogue));
        expect(fromText.ok && fromText.catalogue).toEqual(JSON.parse(JSON.stringify(catalogue)));
      }),
      { numRuns: 150 },
    );
    // Generous: hundreds of generated catalogues, on a machine other jobs share.
  }, 60_000);
});
