import { expect } from 'vitest';

/** Whether `actual` equals `expected` with every number within `delta` (recursing into arrays and plain objects). */
export function inDelta(actual: unknown, expected: unknown, delta: number): boolean {
  if (typeof expected === 'number') return typeof actual === 'number' && Math.abs(actual - expected) <= delta;
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((value, i) => inDelta(actual[i], value, delta))
    );
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    const keys = Object.keys(expected);
    return (
      keys.length === Object.keys(actual).length &&
      keys.every((key) =>
        inDelta((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], delta),
      )
    );
  }
  return Object.is(actual, expected);
}

/**
 * Asserts that `actual` equals `expected` up to `delta` on every number, as d3's test helper of the same name: for
 * geometry, where 1e-12 of floating-point noise must not fail a test.
 */
export function assertInDelta(actual: unknown, expected: unknown, delta = 1e-6): void {
  if (!inDelta(actual, expected, delta)) {
    expect.fail(`expected ${JSON.stringify(actual)} to be within ${delta} of ${JSON.stringify(expected)}`);
  }
}
