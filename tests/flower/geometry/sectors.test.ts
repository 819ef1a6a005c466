import { petalSpans, splitByArea, TAU } from 'fleur-pleine-sante/geometry.js';
import { describe, expect, it } from 'vitest';
import { assertInDelta } from '../../helpers/assert-in-delta.js';

describe('petalSpans', () => {
  it('petalSpans(weights) covers the full turn, clockwise, with no gap or overlap', () => {
    const spans = petalSpans([1, 3, 2, 5]);
    expect(spans).toHaveLength(4);
    spans.forEach((span, i) => {
      expect(span.endAngle).toBeGreaterThan(span.startAngle);
      if (i > 0) assertInDelta(span.startAngle, spans[i - 1]?.endAngle);
    });
    assertInDelta((spans.at(-1)?.endAngle ?? 0) - (spans[0]?.startAngle ?? 0), TAU);
  });

  it('petalSpans(weights) centres the first petal at 12 o’clock, as d3.pie with a start angle', () => {
    const [first] = petalSpans([4, 7, 3]);
    assertInDelta(((first?.startAngle ?? 0) + (first?.endAngle ?? 0)) / 2, 0);
  });

  it('petalSpans(weights, rotation) turns the flower', () => {
    const [first] = petalSpans([1, 1], Math.PI / 2);
    assertInDelta(((first?.startAngle ?? 0) + (first?.endAngle ?? 0)) / 2, Math.PI / 2);
  });

  it('petalSpans(weights) gives busier petals more room, but never crushes the others', () => {
    const [small, large] = petalSpans([1, 100]).map((span) => span.endAngle - span.startAngle);
    expect(large).toBeGreaterThan(small ?? 0);
    expect(small).toBeGreaterThanOrEqual(TAU / 4 - 1e-9); // half of the turn is shared equally
  });

  it('petalSpans(equal weights) gives equal spans', () => {
    const spans = petalSpans([2, 2, 2]).map((span) => span.endAngle - span.startAngle);
    assertInDelta(spans, [TAU / 3, TAU / 3, TAU / 3]);
  });
});

describe('splitByArea', () => {
  it('splitByArea(span, weights, density) gives equal weights equal areas', () => {
    const density = (angle: number) => 1 + angle; // more area per radian further on
    const parts = splitByArea({ startAngle: 0, endAngle: 2 }, [1, 1, 1, 1], density, 0);
    const area = (a: number, b: number) => b - a + (b * b - a * a) / 2;
    const areas = parts.map((part) => area(part.startAngle, part.endAngle));
    for (const a of areas) expect(a).toBeCloseTo(areas[0] ?? 0, 2);
    expect(parts[0]?.startAngle).toBe(0);
    expect(parts.at(-1)?.endAngle).toBe(2);
  });

  it('splitByArea(span, weights, density) follows the weights', () => {
    const parts = splitByArea({ startAngle: 0, endAngle: 3 }, [1, 2], () => 1, 0);
    assertInDelta(
      parts,
      [
        { startAngle: 0, endAngle: 1 },
        { startAngle: 1, endAngle: 3 },
      ],
      0.02,
    );
  });

  it('splitByArea(span, [], density) returns no sectors', () => {
    expect(splitByArea({ startAngle: 0, endAngle: 1 }, [], () => 1)).toEqual([]);
  });
});
