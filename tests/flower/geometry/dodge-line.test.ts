import { dodgeLine } from 'fleur-pleine-sante/geometry.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('dodgeLine', () => {
  it('dodgeLine(ideal, gaps, low, high) leaves positions that are far enough apart where they are', () => {
    expect(dodgeLine([10, 40, 90], [0, 20, 20], 0, 100)).toEqual([10, 40, 90]);
  });

  it('dodgeLine(crowded) spreads them evenly around their mean, the least-squares answer', () => {
    expect(dodgeLine([10, 11, 12], [0, 5, 5], 0, 100)).toEqual([6, 11, 16]);
  });

  it('dodgeLine(near a bound) pushes the whole run inside the bounds', () => {
    expect(dodgeLine([1, 2], [0, 10], 0, 100)).toEqual([0, 10]);
    expect(dodgeLine([99, 100], [0, 10], 0, 100)).toEqual([90, 100]);
  });

  it('dodgeLine(too many) says they cannot fit', () => {
    expect(dodgeLine([0, 0, 0], [0, 60, 60], 0, 100)).toBeNull();
  });

  it('dodgeLine(any input) keeps order, gaps and bounds whenever it answers', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: -50, max: 150, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true })),
          {
            maxLength: 40,
          },
        ),
        (pairs) => {
          const ideal = pairs.map(([y]) => y).sort((a, b) => a - b);
          const gaps = pairs.map(([, gap], i) => (i === 0 ? 0 : gap));
          const result = dodgeLine(ideal, gaps, 0, 100);
          if (result === null) {
            expect(gaps.reduce((sum, gap) => sum + gap, 0)).toBeGreaterThan(100 - 1e-9);
            return;
          }
          result.forEach((y, i) => {
            expect(y).toBeGreaterThanOrEqual(-1e-9);
            expect(y).toBeLessThanOrEqual(100 + 1e-9);
            if (i > 0) expect(y - (result[i - 1] ?? 0)).toBeGreaterThanOrEqual((gaps[i] ?? 0) - 1e-9);
          });
        },
      ),
    );
  });
});
