import { describe, expect, it, vi } from 'vitest';
import { memo } from '../../../packages/flower/src/model/memo.js';

describe('memo', () => {
  it('memo(compute)(same inputs) returns the same object without computing again', () => {
    const compute = vi.fn((items: readonly string[], lang: string) => new Set(items.map((id) => `${lang}:${id}`)));
    const remembered = memo(compute);
    const items = ['a', 'b'];
    const first = remembered(items, 'fr');
    expect(remembered(items, 'fr')).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('memo(compute)(a changed input) computes again, and forgets the older inputs', () => {
    const compute = vi.fn((value: string | undefined) => ({ value }));
    const remembered = memo(compute);
    const fr = remembered('fr');
    const en = remembered('en');
    expect(en).not.toBe(fr);
    expect(remembered('fr')).not.toBe(fr);
    expect(remembered(undefined)).toEqual({ value: undefined });
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
