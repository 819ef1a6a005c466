import { petalPath, petalShape, pointRadial, sectorPath } from 'fleur-pleine-sante/geometry.js';
import { describe, expect, it } from 'vitest';
import { assertInDelta } from '../../helpers/assert-in-delta.js';

const shape = petalShape({ startAngle: -1, endAngle: 1, innerRadius: 40, waistRadius: 120, outerRadius: 200 });

/** Angular width of the petal at `radius`: how much of the ring of that radius is inside it, in radians. */
function widthAt(radius: number): number {
  let inside = 0;
  for (let a = -1; a <= 1; a += 0.001) if (radius >= shape.inner(a) && radius <= shape.outer(a)) inside += 0.001;
  return inside;
}

describe('petalShape', () => {
  it('petalShape(options) reaches the outer radius at its middle angle (the tip)', () => {
    assertInDelta(shape.outer(0), 200);
    assertInDelta(shape.inner(0), 40);
    expect(shape.outer(0.9)).toBeLessThan(200);
  });

  it('petalShape(options) is widest at its waist and narrows towards the heart and the tip: a petal, not a pie slice', () => {
    // A pie slice would be as wide (in angle) at the heart as at the rim.
    const base = widthAt(45);
    const waist = widthAt(120);
    const tip = widthAt(195);
    expect(waist).toBeCloseTo(2, 2);
    expect(base).toBeLessThan(0.75 * waist);
    expect(tip).toBeLessThan(0.5 * waist);
  });

  it('petalShape(options) closes its outline smoothly at the sides of its span', () => {
    assertInDelta(shape.inner(1), 120);
    assertInDelta(shape.outer(1), 120);
    expect(Number.isNaN(shape.outer(1.5))).toBe(true);
  });

  it('petalShape(options) handles a span that wraps past 12 o’clock', () => {
    const wrapped = petalShape({ startAngle: 5.5, endAngle: 7, innerRadius: 40, waistRadius: 120, outerRadius: 200 });
    assertInDelta(wrapped.outer(6.25), 200);
    assertInDelta(wrapped.outer(6.25 - 2 * Math.PI), 200);
  });
});

describe('petalPath and sectorPath', () => {
  it('petalPath(shape, cx, cy) is a closed SVG path around the tip point', () => {
    const d = petalPath(shape, 100, 300);
    expect(d).toMatch(/^M[\d.-]+,[\d.-]+C/);
    expect(d.endsWith('Z')).toBe(true);
    expect(d).not.toMatch(/\d\.\d{3}/); // two decimals at most
    const tip = pointRadial(0, 200, 100, 300);
    expect(d).toContain(`${tip.x},${tip.y}`);
  });

  it('sectorPath(shape, span, cx, cy) follows the petal outline between two angles', () => {
    const d = sectorPath(shape, { startAngle: -0.2, endAngle: 0.3 }, 0, 0);
    expect(d.startsWith('M')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    const corner = pointRadial(-0.2, shape.outer(-0.2));
    expect(d.startsWith(`M${Math.round(corner.x * 100) / 100},${Math.round(corner.y * 100) / 100}`)).toBe(true);
  });
});
