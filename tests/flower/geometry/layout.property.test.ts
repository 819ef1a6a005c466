import { layoutFlower } from '@fleur/flower/geometry.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueArbitrary } from '../../helpers/random-catalogue.js';
import { labelCollisions, outOfBounds, overlappingCircles, unaccountedItems } from './layout-invariants.js';

/** Phone portrait to wide desktop. */
const SIZES = [
  [280, 400],
  [360, 640],
  [800, 800],
  [1200, 900],
  [1600, 1000],
] as const;

const size = fc.constantFrom(...SIZES);
/** Runs per property; raise it locally (FLEUR_PROPERTY_RUNS=1000) to search harder. */
const RUNS = Number(process.env.FLEUR_PROPERTY_RUNS ?? 0) || undefined;
const runs = (n: number) => ({ numRuns: RUNS ?? n });
/** Generous: a busy CI machine can be several times slower than a quiet laptop. */
const TIMEOUT = 60_000 * Math.max(1, (RUNS ?? 0) / 60);
/** Zoom into the first petal now and then, so zoomed layouts keep the same promises. */
const zoom = fc.constantFrom(null, null, null, 'petal-0');

describe('layoutFlower properties (random catalogues: 2–8 petals, 1–6 factors each, 0–500 items)', () => {
  it(
    'layoutFlower(catalogue, size) never overlaps two marks or badges',
    () => {
      fc.assert(
        fc.property(catalogueArbitrary(), size, zoom, (catalogue, [width, height], petal) => {
          const layout = layoutFlower(catalogue, { width, height, petal });
          expect(overlappingCircles(layout)).toEqual([]);
          // Same layout, other promises: checked here too so that each random catalogue is laid out once.
          expect(outOfBounds(layout)).toEqual([]);
          expect(labelCollisions(layout)).toEqual([]);
          expect(unaccountedItems(layout, catalogue)).toEqual([]);
        }),
        runs(60),
      );
    },
    TIMEOUT,
  );

  it(
    'layoutFlower(catalogue, size) keeps marks, badges and labels inside the drawing',
    () => {
      fc.assert(
        fc.property(catalogueArbitrary(120), size, (catalogue, [width, height]) => {
          expect(outOfBounds(layoutFlower(catalogue, { width, height }))).toEqual([]);
        }),
        runs(25),
      );
    },
    TIMEOUT,
  );

  it(
    'layoutFlower(catalogue, size) keeps labels clear of each other, of marks and of badges',
    () => {
      fc.assert(
        fc.property(catalogueArbitrary(120), size, (catalogue, [width, height]) => {
          expect(labelCollisions(layoutFlower(catalogue, { width, height }))).toEqual([]);
        }),
        runs(25),
      );
    },
    TIMEOUT,
  );

  it(
    'layoutFlower(catalogue, size) shows every item exactly once, as a mark or in a badge',
    () => {
      fc.assert(
        fc.property(catalogueArbitrary(), size, (catalogue, [width, height]) => {
          const layout = layoutFlower(catalogue, { width, height });
          expect(layout.hidden).toEqual([]);
          expect(unaccountedItems(layout, catalogue)).toEqual([]);
        }),
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
    'layoutFlower(catalogue, {petal}) shows every item of the zoomed petal as a mark when they fit',
    () => {
      fc.assert(
        fc.property(catalogueArbitrary(40), fc.constantFrom(...SIZES.slice(2)), (catalogue, [width, height]) => {
          const layout = layoutFlower(catalogue, { width, height, petal: 'petal-0' });
          const onPetal = catalogue.items.filter((item) =>
            item.factors.some((id) => catalogue.factors.find((factor) => factor.id === id)?.petal === 'petal-0'),
          );
          expect(layout.badges).toEqual([]);
          expect(layout.marks.map((mark) => mark.itemId).sort()).toEqual(onPetal.map((item) => item.id).sort());
          expect(overlappingCircles(layout)).toEqual([]);
        }),
        runs(30),
      );
    },
    TIMEOUT,
  );
});
