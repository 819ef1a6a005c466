// Times `layoutFlower` for 45, 500 and 5000 items (medians after a warm-up), on deterministic seeded catalogues
// shaped like the Harmonie Mutuelle one: 3 petals, up to 6 factors each, about a third of the items crossing petals.
// `npm run bench` calls `benchLayout()`; run this file directly (`npx tsx scripts/bench-layout.ts`) for a table.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { layoutFlower } from '../packages/flower/src/geometry/index.js';
import { seededCatalogue } from '../tests/helpers/random-catalogue.js';

/** One line of the benchmark: median time of `runs` layouts of a catalogue of `items` items. */
export interface LayoutBenchResult {
  items: number;
  medianMs: number;
  runs: number;
}

/** What to measure; every field has a default. */
export interface LayoutBenchOptions {
  sizes?: readonly number[];
  /** Timed runs per size (at least 7), after two untimed warm-up runs. */
  runs?: number;
  width?: number;
  height?: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Median `layoutFlower` time per catalogue size, desktop drawing (1200 × 900) by default. */
export async function benchLayout(options: LayoutBenchOptions = {}): Promise<LayoutBenchResult[]> {
  const { sizes = [45, 500, 5000], width = 1200, height = 900 } = options;
  const runs = Math.max(7, options.runs ?? 9);
  const results: LayoutBenchResult[] = [];
  for (const items of sizes) {
    const catalogue = seededCatalogue(2023, { petals: 3, maxFactors: 6, items, crossingShare: 0.35 });
    const layoutOptions = { width, height, locale: 'fr' };
    for (let i = 0; i < 2; i++) layoutFlower(catalogue, layoutOptions);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      layoutFlower(catalogue, layoutOptions);
      times.push(performance.now() - started);
      // Let the event loop breathe between runs, so a caller's timers and I/O are not starved.
      await new Promise((resolve) => setImmediate(resolve));
    }
    results.push({ items, medianMs: Math.round(median(times) * 100) / 100, runs });
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await benchLayout();
  console.log('items | layoutFlower median (ms) | runs');
  for (const { items, medianMs, runs } of results) {
    console.log(`${String(items).padStart(5)} | ${medianMs.toFixed(2).padStart(24)} | ${runs}`);
  }
}
