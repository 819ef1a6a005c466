import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowerHull, hullEndReach, hullSideReach } from '../../../packages/flower/src/geometry/labels/flower-hull.js';

/** A trapezium whose top and bottom lie between whole pixels (y = ±100.4), as a real flower's hull does. */
const trapezium = flowerHull(
  [
    { x: -50, y: -100.4 },
    { x: 50, y: -100.4 },
    { x: 60, y: 100.4 },
    { x: -60, y: 100.4 },
  ],
  0,
);

describe('flowerHull reaches', () => {
  it('a band that meets the hull at its very end gets the hull’s reach there, never NaN or ∞', () => {
    // The band from 100 to 101 px ends past the hull's bottom (100.4): the reach is the bottom edge's, about 60.
    const right = hullSideReach(trapezium, 1, 100, 101);
    expect(right).toBeGreaterThanOrEqual(59.9);
    expect(right).toBeLessThanOrEqual(60.1);
    const left = hullSideReach(trapezium, -1, -101.2, -100.2);
    expect(left).toBeGreaterThanOrEqual(49.9);
    expect(left).toBeLessThanOrEqual(50.5);
  });

  it('a band that misses the hull (by more than the pixel its samples are rounded to) reaches −∞', () => {
    expect(hullSideReach(trapezium, 1, 102, 120)).toBe(Number.NEGATIVE_INFINITY);
    expect(hullEndReach(trapezium, 1, 70, 80)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('any band over any hull: a number, finite when the band meets the hull, at least the reach of its vertices in it', () => {
    const point = fc.record({
      x: fc.double({ min: -500, max: 500, noNaN: true }),
      y: fc.double({ min: -500, max: 500, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 3, maxLength: 12 }),
        fc.double({ min: -600, max: 600, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.constantFrom<1 | -1>(1, -1),
        (points, low, extent, side) => {
          const hull = flowerHull(points, 2);
          const reach = hullSideReach(hull, side, low, low + extent);
          expect(Number.isNaN(reach)).toBe(false);
          expect(reach).not.toBe(Number.POSITIVE_INFINITY);
          const inBand = hull.vertices.filter((p) => p.y >= low && p.y <= low + extent);
          // To a thousandth of a pixel: a hull a few millionths across once read 1e-6 short of its vertex (float noise).
          for (const vertex of inBand) expect(reach).toBeGreaterThanOrEqual(side * vertex.x - 1e-3);
          if (inBand.length > 0) expect(Number.isFinite(reach)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
