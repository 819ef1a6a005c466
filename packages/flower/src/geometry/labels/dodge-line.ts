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
  // Indices below are in range by construction (0 ≤ i < n), hence the non-null assertions.
  const offsets = [0];
  for (let i = 1; i < n; i++) offsets.push(offsets[i - 1]! + (gaps[i] ?? 0));
  const last = offsets[n - 1]!;
  if (high - low < last - 1e-9) return null;
  // Pool adjacent violators: blocks of equal value, merged while a block's mean is below the previous one's.
  const sums: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    sums.push(ideal[i]! - offsets[i]!);
    counts.push(1);
    for (let k = sums.length - 1; k > 0 && sums[k - 1]! / counts[k - 1]! > sums[k]! / counts[k]!; k--) {
      sums[k - 1]! += sums.pop()!;
      counts[k - 1]! += counts.pop()!;
    }
  }
  const result: number[] = [];
  sums.forEach((sum, b) => {
    const value = Math.min(high - last, Math.max(low, sum / counts[b]!));
    for (let c = 0; c < counts[b]!; c++) result.push(value + offsets[result.length]!);
  });
  return result;
}
