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
  const lower: number[] = [];
  const lowerFrom: number[] = [];
  for (let i = 0; i < n; i++) {
    const own = low[i]! - offsets[i]!;
    const previous = i > 0 ? lower[i - 1]! : Number.NEGATIVE_INFINITY;
    lower.push(Math.max(own, previous));
    lowerFrom.push(own >= previous ? i : lowerFrom[i - 1]!);
  }
  const upper: number[] = new Array(n);
  const upperFrom: number[] = new Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const own = high[i]! - offsets[i]!;
    const next = i < n - 1 ? upper[i + 1]! : Number.POSITIVE_INFINITY;
    upper[i] = Math.min(own, next);
    upperFrom[i] = own <= next ? i : upperFrom[i + 1]!;
  }
  for (let i = 0; i < n; i++) {
    if (lower[i]! <= upper[i]! + 1e-9) continue;
    const a = lowerFrom[i]!;
    const b = upperFrom[i]!;
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
  return (free ?? []).map((z, i) => Math.min(upper[i]!, Math.max(lower[i]!, z)) + offsets[i]!);
}
