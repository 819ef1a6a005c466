/** Sampling step (pixels) when finding where a name may sit for its leader to stay outside the flower. */
const SAMPLE_STEP = 16;
/** The ends of a run of places are then found to within this (pixels). */
const RUN_PRECISION = 0.5;

/** The last position from `inside` towards `outside` where `ok` holds (it holds at `inside`, not at `outside`). */
function boundary(inside: number, outside: number, ok: (position: number) => boolean): number {
  let a = inside;
  let b = outside;
  while (Math.abs(b - a) > RUN_PRECISION) {
    const mid = (a + b) / 2;
    if (ok(mid)) a = mid;
    else b = mid;
  }
  return a;
}

/**
 * The run of positions in [`from`, `to`] where `ok` holds that holds `ideal`, or the nearest one: sampled every
 * {@link SAMPLE_STEP} pixels, its ends then found by bisection. `null` when `ok` holds nowhere sampled.
 */
export function runNear(
  from: number,
  to: number,
  ideal: number,
  test: (position: number) => boolean,
): [number, number] | null {
  if (to < from) return null;
  const count = Math.max(1, Math.ceil((to - from) / SAMPLE_STEP));
  const at = (k: number) => from + ((to - from) * k) / count;
  const known = new Map<number, boolean>();
  const ok = (k: number) => {
    const seen = known.get(k);
    if (seen !== undefined) return seen;
    const value = test(at(k));
    known.set(k, value);
    return value;
  };
  const best = nearestHolding(Math.round(((ideal - from) / (to - from || 1)) * count), count, ok);
  if (best < 0) return null;
  let low = best;
  while (low > 0 && ok(low - 1)) low--;
  let high = best;
  while (high < count && ok(high + 1)) high++;
  return [
    low > 0 ? boundary(at(low), at(low - 1), test) : at(low),
    high < count ? boundary(at(high), at(high + 1), test) : at(high),
  ];
}

/** The sample nearest `start` (clamped to 0…`count`) where `ok` holds, looking outwards; −1 when none does. */
function nearestHolding(start: number, count: number, ok: (k: number) => boolean): number {
  const from = Math.max(0, Math.min(count, start));
  for (let d = 0; d <= count; d++) {
    if (from - d >= 0 && ok(from - d)) return from - d;
    if (from + d <= count && ok(from + d)) return from + d;
  }
  return -1;
}
