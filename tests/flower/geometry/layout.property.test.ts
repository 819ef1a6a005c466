import { estimatedWidth, layoutFlower } from 'fleur-pleine-sante/geometry.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueArbitrary } from '../../helpers/random-catalogue.js';
import {
  keyProblems,
  labelCollisions,
  leaderCrossings,
  leadersThroughForeignPetals,
  namingProblems,
  outOfBounds,
  placementProblems,
  targetProblems,
  unaccountedItems,
} from './layout-invariants.js';

/** Any drawing from 280 to 4000 px wide, of any aspect from 1:3 to 3:1 (phones, squares, slides, A4, wide desktops). */
const size = fc
  .integer({ min: 280, max: 4000 })
  .chain((width) =>
    fc.tuple(
      fc.constant(width),
      fc.integer({ min: Math.max(200, Math.round(width / 3)), max: Math.min(4000, Math.round(width * 3)) }),
    ),
  );
const locale = fc.constantFrom('fr', 'en');
/** Runs per property; raise it locally (FLEUR_PROPERTY_RUNS=1000) to search harder. */
const RUNS = Number(process.env.FLEUR_PROPERTY_RUNS ?? 0) || undefined;
const runs = (n: number) => ({ numRuns: RUNS ?? n });
/** Generous: a busy CI machine can be several times slower than a quiet laptop. */
const TIMEOUT = 60_000 * Math.max(1, (RUNS ?? 0) / 60);
/** Zoom into the first petal now and then, so zoomed layouts keep the same promises. */
const zoom = fc.constantFrom(null, null, null, 'petal-0');

describe('layoutFlower properties (random catalogues: 2–8 petals, 1–6 factors each, 0–500 items, titles of 1–200 characters in several scripts; drawings 280–4000 px wide, 1:3 to 3:1)', () => {
  it(
    'layoutFlower(catalogue, size) keeps every promise: exactly the size asked, targets ≥ 24 px apart, labels clear of labels and targets, all inside, every item once, every mark named once (beside it or in the key), no two leaders crossing, no leader through a foreign petal, every mark in its petal (or between petals)',
    () => {
      fc.assert(
        fc.property(catalogueArbitrary(), size, zoom, locale, (catalogue, [width, height], petal, lang) => {
          const layout = layoutFlower(catalogue, { width, height, petal, locale: lang });
          expect([layout.width, layout.height]).toEqual([width, height]);
          expect(targetProblems(layout)).toEqual([]);
          expect(labelCollisions(layout)).toEqual([]);
          expect(outOfBounds(layout)).toEqual([]);
          expect(unaccountedItems(layout, catalogue)).toEqual([]);
          expect(namingProblems(layout)).toEqual([]);
          expect(leaderCrossings(layout)).toEqual([]);
          expect(leadersThroughForeignPetals(layout)).toEqual([]);
          expect(keyProblems(layout)).toEqual([]);
          expect(placementProblems(layout)).toEqual([]);
        }),
        runs(60),
      );
    },
    TIMEOUT,
  );

  it(
    'layoutFlower(catalogue, size, {measureText}) keeps its promises in any font: names measured narrower or far wider than the built-in table never overlap, cross or leave the drawing',
    () => {
      fc.assert(
        fc.property(
          catalogueArbitrary(200),
          size,
          fc.double({ min: 0.7, max: 1.8, noNaN: true }),
          (catalogue, [width, height], scale) => {
            const measureText = (text: string, fontSize: number, weight: 'normal' | 'bold') =>
              scale * estimatedWidth(text, fontSize, weight);
            const layout = layoutFlower(catalogue, { width, height, measureText });
            expect(labelCollisions(layout)).toEqual([]);
            expect(outOfBounds(layout)).toEqual([]);
            expect(namingProblems(layout)).toEqual([]);
            expect(leaderCrossings(layout)).toEqual([]);
            expect(keyProblems(layout)).toEqual([]);
            // The boxes are the measured widths: a name set in the wide font is as wide as that font draws it.
            for (const label of layout.labels)
              expect(label.box.width).toBeCloseTo(
                Math.max(...label.lines.map((line) => measureText(line.text, label.fontSize, 'normal'))),
                1,
              );
          },
        ),
        runs(25),
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
