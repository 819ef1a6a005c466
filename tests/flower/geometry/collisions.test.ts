import { describe, expect, it } from 'vitest';
import {
  boxCorners,
  boxesHit,
  circleHitsBox,
  CollisionIndex,
  pointBoxDistance,
} from '../../../packages/flower/src/geometry/collisions.js';
import { assertInDelta } from '../../helpers/assert-in-delta.js';

const box = { cx: 0, cy: 0, width: 40, height: 10, angle: 0 };
const turned = { cx: 0, cy: 0, width: 40, height: 10, angle: Math.PI / 2 };

describe('collisions', () => {
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

  it('CollisionIndex answers for circles and boxes, and clones independently', () => {
    const index = new CollisionIndex(20);
    index.addCircle({ x: 100, y: 100, r: 10 });
    index.addBox({ cx: 0, cy: 0, width: 30, height: 10, angle: 0 });
    expect(index.hitsCircle({ x: 118, y: 100, r: 6 }, 3)).toBe(true);
    expect(index.hitsCircle({ x: 130, y: 100, r: 6 }, 3)).toBe(false);
    expect(index.hitsCircleAt(0, 12, 6, 2)).toBe(true);
    expect(index.hitsBox({ cx: 100, cy: 112, width: 20, height: 10, angle: 0 }, 1)).toBe(true);
    expect(index.hitsBox({ cx: 100, cy: 120, width: 20, height: 10, angle: 0 }, 1)).toBe(false);
    const copy = index.clone();
    copy.addCircle({ x: 300, y: 300, r: 10 });
    expect(copy.hitsCircle({ x: 300, y: 300, r: 1 }, 0)).toBe(true);
    expect(index.hitsCircle({ x: 300, y: 300, r: 1 }, 0)).toBe(false);
    // The heart is much larger than a cell: it is still found from far away.
    index.addCircle({ x: 500, y: 500, r: 90 });
    expect(index.hitsCircle({ x: 500, y: 595, r: 6 }, 0)).toBe(true);
  });
});
