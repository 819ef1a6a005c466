import { describe, expect, it } from 'vitest';
import { boxCorners, boxesHit, circleHitsBox, pointBoxDistance } from '../../../packages/flower/src/geometry/boxes.js';
import { assertInDelta } from '../../helpers/assert-in-delta.js';

const box = { cx: 0, cy: 0, width: 40, height: 10, angle: 0 };
const turned = { cx: 0, cy: 0, width: 40, height: 10, angle: Math.PI / 2 };

describe('boxes', () => {
  it('boxCorners(box) turns the box clockwise about its centre', () => {
    assertInDelta(
      boxCorners(turned).map((p) => [p.x, p.y]),
      [
        [5, -20],
        [5, 20],
        [-5, 20],
        [-5, -20],
      ],
    );
  });

  it('pointBoxDistance(point, box) is 0 inside and Euclidean outside, for turned boxes too', () => {
    expect(pointBoxDistance({ x: 3, y: 2 }, box)).toBe(0);
    assertInDelta(pointBoxDistance({ x: 23, y: 9 }, box), 5);
    assertInDelta(pointBoxDistance({ x: 0, y: 23 }, turned), 3);
    assertInDelta(pointBoxDistance({ x: 15, y: 0 }, turned), 10);
  });

  it('circleHitsBox(circle, box, gap) counts the gap', () => {
    expect(circleHitsBox({ x: 0, y: 10, r: 6 }, box)).toBe(true);
    expect(circleHitsBox({ x: 0, y: 24, r: 6 }, turned)).toBe(true);
    expect(circleHitsBox({ x: 0, y: 14, r: 6 }, box)).toBe(false);
    expect(circleHitsBox({ x: 0, y: 14, r: 6 }, box, 4)).toBe(true);
  });

  it('boxesHit(a, b, gap) separates boxes on any axis of either box', () => {
    expect(boxesHit(box, turned)).toBe(true);
    expect(boxesHit(box, { ...box, cx: 41 })).toBe(false);
    expect(boxesHit(box, { ...box, cx: 41 }, 2)).toBe(true);
    // Diagonal neighbours whose bounding boxes overlap but which do not touch.
    const a = { cx: 0, cy: 0, width: 40, height: 4, angle: Math.PI / 4 };
    const b = { cx: 12, cy: -12, width: 40, height: 4, angle: Math.PI / 4 };
    expect(boxesHit(a, b)).toBe(false);
  });
});
