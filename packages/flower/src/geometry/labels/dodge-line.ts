/**
 * Positions on a line as close as possible to `ideal` (least squares), keeping their order, each at least `gaps[i]`
 * after the one before it (`gaps[0]` is ignored), all within [`low`, `high`]; `null` when they cannot fit.
 *
 * The classic way to set callout labels in a column: subtracting the cumulative gaps turns "apart by at least the
 * gap" into "non-decreasing", which isotonic regression solves exactly (pool adjacent violators, O(n)); clamping the
 * result into the bounds keeps it optimal.
 *
 * @example
 * dodgeLine([10, 11, 12], [0, 5, 5], 0, 100); // → [6, 11, 16]
 */
export function dodgeLine(
  ideal: readonly number[],
  gaps: readonly number[],
  low: number,
  high: number,
): number[] | null {
  const n = ideal.length;
  if (n === 0) return [];
  const offsets: number[] = [];
  let offset = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0) offset += gaps[i] ?? 0;
    offsets.push(offset);
  }
  const last = offsets[n - 1] ?? 0;
  if (high - low < last - 1e-9) return null;
  // Pool adjacent violators: blocks of equal value, merged while a block's mean is below the previous one's.
  const sums: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    sums.push((ideal[i] ?? 0) - (offsets[i] ?? 0));
    counts.push(1);
    while (sums.length > 1) {
      const k = sums.length - 1;
      const mean = (sums[k] ?? 0) / (counts[k] ?? 1);
      const previous = (sums[k - 1] ?? 0) / (counts[k - 1] ?? 1);
      if (previous <= mean) break;
      sums[k - 1] = (sums[k - 1] ?? 0) + (sums.pop() ?? 0);
      counts[k - 1] = (counts[k - 1] ?? 0) + (counts.pop() ?? 0);
    }
  }
  const result: number[] = [];
  for (let b = 0; b < sums.length; b++) {
    const value = Math.min(high - last, Math.max(low, (sums[b] ?? 0) / (counts[b] ?? 1)));
    for (let c = 0; c < (counts[b] ?? 0); c++) result.push(value + (offsets[result.length] ?? 0));
  }
  return result;
}
