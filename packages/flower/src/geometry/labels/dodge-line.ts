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

/** What {@link dodgeWithin} returns when the positions cannot all keep their bounds: the item best left out. */
export interface DodgeConflict {
  conflict: number;
}

/**
 * {@link dodgeLine} with bounds of its own for each position: least squares to `ideal`, order kept, each at least
 * `gaps[i]` after the one before it, and `low[i] ≤ position ≤ high[i]`. The bounds are first made consistent with the
 * order (a position is at least what any earlier one's lower bound implies, at most what any later one's upper
 * bound implies); where that leaves no room, the result names the item whose own bounds are narrowest among the
 * two that clash, for the caller to set elsewhere and try again.
 */
export function dodgeWithin(
  ideal: readonly number[],
  gaps: readonly number[],
  low: readonly number[],
  high: readonly number[],
): number[] | DodgeConflict {
  const n = ideal.length;
  if (n === 0) return [];
  const offsets = [0];
  for (let i = 1; i < n; i++) offsets.push(offsets[i - 1]! + (gaps[i] ?? 0));
  // In z = position − offset, "apart by the gaps" becomes "non-decreasing".
  const lower = runningBound(
    low.map((value, i) => value - offsets[i]!),
    1,
  );
  const upper = runningBound(
    high.map((value, i) => value - offsets[i]!),
    -1,
  );
  for (let i = 0; i < n; i++) {
    if (lower.value[i]! <= upper.value[i]! + 1e-9) continue;
    const a = lower.from[i]!;
    const b = upper.from[i]!;
    const room = (k: number) => high[k]! - low[k]!;
    return { conflict: room(a) <= room(b) ? a : b };
  }
  const free = dodgeLine(
    ideal.map((value, i) => value - offsets[i]!),
    new Array(n).fill(0),
    Number.NEGATIVE_INFINITY,
    Number.POSITIVE_INFINITY,
  );
  // Clamping an isotonic fit between non-decreasing bounds keeps it isotonic and optimal.
  return (free ?? []).map((z, i) => Math.min(upper.value[i]!, Math.max(lower.value[i]!, z)) + offsets[i]!);
}

/**
 * The bound each position inherits from the order: the running maximum of the lower bounds from the start
 * (`direction` 1), or the running minimum of the upper bounds from the end (−1), with the index each comes from.
 */
function runningBound(values: readonly number[], direction: 1 | -1): { value: number[]; from: number[] } {
  const n = values.length;
  const value: number[] = new Array(n);
  const from: number[] = new Array(n);
  for (let step = 0; step < n; step++) {
    const i = direction === 1 ? step : n - 1 - step;
    const own = values[i]!;
    const previous = step === 0 ? null : value[i - direction]!;
    const keep = previous !== null && direction * previous > direction * own;
    value[i] = keep ? previous : own;
    from[i] = keep ? from[i - direction]! : i;
  }
  return { value, from };
}
