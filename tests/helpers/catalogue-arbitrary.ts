import type { Catalogue } from 'fleur-pleine-sante-catalogue';
import fc from 'fast-check';

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const text = fc.string({ minLength: 1, maxLength: 40 }).filter((value) => value.trim().length > 0);
const localizedText = fc.oneof(text, fc.record({ fr: text, en: text }));

function uniqueIds(min: number, max: number) {
  return fc.uniqueArray(id, { minLength: min, maxLength: max });
}

/**
 * Valid catalogues with every optional field exercised: 2–8 petals, 1–4 factors per petal, 0–30 items whose
 * references all resolve. Text is plain strings or `{fr, en}` objects, so every label has the default language.
 */
export const validCatalogue: fc.Arbitrary<Catalogue> = fc
  .record({
    petalIds: uniqueIds(2, 8),
    factorsPerPetal: fc.integer({ min: 1, max: 4 }),
    kindIds: uniqueIds(1, 4),
    audienceIds: uniqueIds(0, 4),
    objectiveIds: uniqueIds(0, 4),
    itemCount: fc.integer({ min: 0, max: 30 }),
    seedTexts: fc.array(localizedText, { minLength: 1, maxLength: 8 }),
    color: fc.option(fc.constantFrom('#abc', '#1f9e89', '#C9881A'), { nil: undefined }),
  })
  .chain(({ petalIds, factorsPerPetal, kindIds, audienceIds, objectiveIds, itemCount, seedTexts, color }) => {
    const textAt = (i: number) => seedTexts[i % seedTexts.length]!;
    const factorIds = petalIds.flatMap((petal) => Array.from({ length: factorsPerPetal }, (_, i) => `${petal}-f${i}`));
    const pick = <T>(values: readonly T[], min: number) =>
      values.length === 0
        ? fc.constant([] as T[])
        : fc.subarray([...values], { minLength: Math.min(min, values.length) });
    const item = (index: number) =>
      fc.record(
        {
          id: fc.constant(`item-${index}`),
          kind: fc.constantFrom(...kindIds),
          title: localizedText,
          summary: localizedText,
          factors: pick(factorIds, 1),
          audiences: pick(audienceIds, 0),
          objectives: pick(objectiveIds, 0),
          figures: fc.array(
            fc.record({ value: fc.double({ noNaN: true, noDefaultInfinity: true }), label: localizedText }),
          ),
          links: fc.array(
            fc.record(
              { href: fc.constantFrom('https://example.org/a', 'mailto:a@b.fr', 'http://x.fr') },
              { requiredKeys: ['href'] },
            ),
            { maxLength: 2 },
          ),
          year: fc.integer({ min: 1900, max: 2100 }),
          region: localizedText,
        },
        { requiredKeys: ['id', 'kind', 'title', 'factors', 'audiences'] },
      );
    return fc.tuple(...Array.from({ length: itemCount }, (_, i) => item(i))).map(
      (items): Catalogue => ({
        version: 1,
        id: 'generated',
        defaultLocale: 'fr',
        title: textAt(0),
        petals: petalIds.map((petalId, i) => ({ id: petalId, label: textAt(i), ...(color ? { color } : {}) })),
        factors: factorIds.map((factorId, i) => ({
          id: factorId,
          petal: factorId.replace(/-f\d+$/, ''),
          label: textAt(i + 1),
        })),
        kinds: kindIds.map((kindId, i) => ({ id: kindId, label: textAt(i + 2) })),
        audiences: audienceIds.map((audienceId, i) => ({ id: audienceId, label: textAt(i + 3) })),
        objectives: objectiveIds.map((objectiveId, i) => ({ id: objectiveId, label: textAt(i + 4) })),
        items,
      }),
    );
  });
