import { ISSUE_CODES, issueMessage, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validCatalogue } from '../helpers/catalogue-arbitrary.js';
import { minimalCatalogue } from '../helpers/fixture.js';

/** The reference target whose entries a top-level list holds (`objectives` → `objective`). */
const REFERENCE_TARGET_OF_LIST: Readonly<Record<string, string>> = {
  petals: 'petal',
  factors: 'factor',
  kinds: 'kind',
  audiences: 'audience',
  objectives: 'objective',
};

/** Hundreds of parses: seconds when the machine is quiet, several times that on a busy one; never a timing test. */
const PROPERTY_TIME = 120_000;

describe('parseCatalogue properties', () => {
  it(
    'never throws on arbitrary JSON values, and every issue has a known code and messages',
    () => {
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
    },
    PROPERTY_TIME,
  );

  it(
    'when any field of a valid catalogue is replaced by an arbitrary value, blames that field or keeps the others',
    () => {
      const base = minimalCatalogue() as Record<string, unknown>;
      const baseline = parseCatalogue(base);
      if (!baseline.ok) throw new Error('the minimal catalogue must be valid');
      fc.assert(
        fc.property(fc.constantFrom(...Object.keys(base)), fc.anything(), (key, value) => {
          const result = parseCatalogue({ ...base, [key]: value });
          if (result.ok) {
            // Accepted: then every other field is what it was.
            const { [key]: _replaced, ...others } = result.catalogue as Record<string, unknown>;
            const { [key]: _original, ...before } = baseline.catalogue as Record<string, unknown>;
            expect(others).toEqual(before);
          } else {
            // Refused: an issue points at the replaced field, or at a reference into the list it held (an optional
            // list removed leaves the items naming its entries); every issue reads in both languages.
            const target = REFERENCE_TARGET_OF_LIST[key];
            const blamed = result.issues.some(
              (issue) =>
                issue.path[0] === key || (issue.code === 'unknown-reference' && issue.params.target === target),
            );
            expect(blamed).toBe(true);
            for (const issue of result.issues) {
              expect(issueMessage(issue, 'fr').length).toBeGreaterThan(0);
              expect(issueMessage(issue, 'en').length).toBeGreaterThan(0);
            }
          }
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIME,
  );

  it(
    'parses any generated valid catalogue back to itself, from a value and from JSON text',
    () => {
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
    },
    PROPERTY_TIME,
  );
});
