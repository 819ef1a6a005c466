import { layoutFlower } from 'fleur-pleine-sante/geometry.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueArbitrary } from '../../helpers/random-catalogue.js';
import {
  labelCollisions,
  namingProblems,
  outOfBounds,
  placementProblems,
  targetProblems,
  unaccountedItems,
} from './layout-invariants.js';

/** Any width from a small phone to a wide desktop, with a height a page would give it. */
const size = fc
  .integer({ min: 280, max: 1600 })
  .chain((width) =>
    fc.tuple(fc.constant(width), fc.integer({ min: Math.round(width * 0.6), max: Math.round(width * 1.4) })),
  );
const locale = fc.constantFrom('fr', 'en');
/** Runs per property; raise it locally (FLEUR_PROPERTY_RUNS=1000) to search harder. */
const RUNS = Number(process.env.FLEUR_PROPERTY_RUNS ?? 0) || undefined;
const runs = (n: number) => ({ numRuns: RUNS ?? n });
/** Generous: a busy CI machine can be several times slower than a quiet laptop. */
const TIMEOUT = 60_000 * Math.max(1, (RUNS ?? 0) / 60);
/** Zoom into the first petal now and then, so zoomed layouts keep the same promises. */
const zoom = fc.constantFrom(null, null, null, 'petal-0');

describe('layoutFlower properties (random catalogues: 2–8 petals, 1–6 factors each, 0–500 items; widths 280–1600)', () => {
  it(
    'layoutFlower(catalogue, size) keeps every promise: targets ≥ 24 px apart, labels clear of labels and targets, all inside, every item once, every mark named or none, every mark in its petal (or between petals)',
    () => {
      fc.assert(
        fc.property(catalogueArbitrary(), size, zoom, locale, (catalogue, [width, height], petal, lang) => {
          const layout = layoutFlower(catalogue, { width, height, petal, locale: lang });
          expect(targetProblems(layout)).toEqual([]);
          expect(labelCollisions(layout)).toEqual([]);
          expect(outOfBounds(layout)).toEqual([]);
          expect(unaccountedItems(layout, catalogue)).toEqual([]);
          expect(namingProblems(layout)).toEqual([]);
          expect(placementProblems(layout)).toEqual([]);
        }),
        runs(60),
      );
    },
    TIMEOUT,
  );

  it(
    'layoutFlower(catalogue, size) is deterministic: same input, deep-equal output',
    () => {
      fc.assert(
        fc.property(catalogueArbitrary(150), size, zoom, (catalogue, [width, height], petal) => {
          const first = layoutFlower(catalogue, { width, height, petal });
          const second = layoutFlower(structuredClone(catalogue), { width, height, petal });
          expect(second).toEqual(first);
        }),
        runs(15),
      );
    },
    TIMEOUT,
  );

  it(
    'layoutFlower(catalogue) draws petals of equal span unless petalSize is "items"',
    () => {
      fc.assert(
        fc.property(catalogueArbitrary(60), size, (catalogue, [width, height]) => {
          const spans = (layout: ReturnType<typeof layoutFlower>) =>
            layout.petals.map((petal) => petal.endAngle - petal.startAngle);
          const equal = spans(layoutFlower(catalogue, { width, height }));
          for (const span of equal) expect(span).toBeCloseTo(equal[0] ?? 0, 3);
          const counts = catalogue.petals.map(
            (petal) =>
              catalogue.items.filter((item) =>
                item.factors.some((id) => catalogue.factors.find((factor) => factor.id === id)?.petal === petal.id),
              ).length,
          );
          const sized = spans(layoutFlower(catalogue, { width, height, petalSize: 'items' }));
          // The busiest petal is at least as wide as the quietest one.
          const busiest = counts.indexOf(Math.max(...counts));
          const quietest = counts.indexOf(Math.min(...counts));
          expect(sized[busiest] ?? 0).toBeGreaterThanOrEqual((sized[quietest] ?? 0) - 1e-3);
        }),
        runs(20),
      );
    },
    TIMEOUT,
  );
});
