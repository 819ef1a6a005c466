import { describe, expect, it } from 'vitest';
import { MARK_SYMBOL_NAMES, markSymbolName, markSymbolPath } from '../../../packages/flower/src/render/mark-symbol.js';

const points = (path: string) =>
  [...path.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map(
    (match) => [Number(match[1]), Number(match[2])] as const,
  );

describe('markSymbolPath(kindIndex, r)', () => {
  it.each(MARK_SYMBOL_NAMES.map((name, index) => [name, index] as const))(
    'keeps the %s inside the mark circle',
    (_, index) => {
      for (const r of [8, 12, 18]) {
        const path = markSymbolPath(index, r);
        expect(path).toMatch(/Z$/);
        for (const [x, y] of points(path)) expect(Math.hypot(x, y)).toBeLessThanOrEqual(r * 1.05);
        for (const [, radius] of path.matchAll(/A(\d+(?:\.\d+)?)/g)) expect(Number(radius)).toBeLessThanOrEqual(r);
      }
    },
  );

  it('gives each of the first five kinds its own shape and cycles after', () => {
    expect(new Set([0, 1, 2, 3, 4].map(markSymbolName)).size).toBe(5);
    expect(markSymbolName(5)).toBe(markSymbolName(0));
    expect(markSymbolName(-1)).toBe('circle');
  });
});
