// `npm run bench`: layout in Node (Harmonie with names at 1200 × 900, synthetic catalogues of 45, 500 and 5000 items)
// and catalogue-to-paint in Chromium, the element against a bare-d3 page drawing the same petals and one dot per item.
// Medians of several runs; ratios against a baseline measured in the same run, which is what to compare across
// machines (the absolute times move 2–3× with the machine's load).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { syntheticCatalogue } from '../../tests/fixtures/synthetic-catalogue.js';
import { alias } from '../../vite.config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { layoutFlower } from '../../packages/flower/src/geometry/index.js';
import { manyFlowersBench } from './bench/many-flowers-bench.js';

const SIZES = [45, 500, 5000];
const RUNS = 15;

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Medians of `RUNS` runs after warm-up ones: the steady state, not the JIT's first runs (several times slower). */
function medianTime(run: () => void): number {
  for (let i = 0; i < 30; i++) run();
  return median(Array.from({ length: RUNS }, () => time(run)));
}

function nodeBench(items: number) {
  const catalogue = syntheticCatalogue({ items, seed: 7 });
  const text = JSON.stringify(catalogue);
  const options = { width: 1200, height: 864, locale: 'fr' };
  return { parse: medianTime(() => parseCatalogue(text)), layout: medianTime(() => layoutFlower(catalogue, options)) };
}

function harmonieBench() {
  const result = parseCatalogue(
    readFileSync(new URL('../../data/harmonie-mutuelle-2023.json', import.meta.url), 'utf8'),
  );
  if (!result.ok) throw new Error('the Harmonie catalogue does not validate');
  const catalogue = result.catalogue;
  const layout = layoutFlower(catalogue, { width: 1200, height: 900, locale: 'fr' });
  return {
    named: layout.labels.length,
    items: catalogue.items.length,
    layout: medianTime(() => layoutFlower(catalogue, { width: 1200, height: 900, locale: 'fr' })),
  };
}

interface Interactions {
  select: number;
  hover: number;
}

async function browserBench(): Promise<{
  paint: Map<number, { element: number; reference: number }>;
  interactions: Map<number, Interactions>;
}> {
  const server = await createServer({
    configFile: false,
    root: new URL('./bench/', import.meta.url).pathname,
    resolve: { alias },
    server: { host: '127.0.0.1', port: 0 },
    logLevel: 'error',
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const results = new Map<number, { element: number; reference: number }>();
  const interactions = new Map<number, Interactions>();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await page.waitForFunction(() => 'fleurBench' in window);
    for (const items of SIZES) {
      const times = await page.evaluate(
        ([n, runs]) =>
          (
            window as unknown as {
              fleurBench(n: number, runs: number): Promise<{ element: number[]; reference: number[] }>;
            }
          ).fleurBench(n, runs),
        [items, RUNS] as const,
      );
      results.set(items, { element: median(times.element), reference: median(times.reference) });
      const measured = await page.evaluate(
        ([n, runs]) =>
          (
            window as unknown as {
              fleurInteractions(n: number, runs: number): Promise<{ select: number[]; hover: number[] }>;
            }
          ).fleurInteractions(n, runs),
        [items, RUNS] as const,
      );
      interactions.set(items, { select: median(measured.select), hover: median(measured.hover) });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { paint: results, interactions };
}

const format = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1).padStart(8);
const harmonie = harmonieBench();
const node = new Map(SIZES.map((items) => [items, nodeBench(items)]));
const { paint: browser, interactions } = await browserBench();
const base = { parse: node.get(45)!.parse, layout: node.get(45)!.layout };

console.log(`\nMedians of ${RUNS} runs (ms). Node ${process.version}, ${new Date().toISOString()}`);
console.log(
  `Harmonie (${harmonie.items} items, ${harmonie.named} named), layout at 1200 × 900 in Node: ${format(harmonie.layout).trim()} ms (budget 10)`,
);
console.log('\nitems | parse (Node) |   ×45 | layout (Node) |   ×45 | element→paint | bare d3→paint | element ÷ d3');
console.log('------|--------------|-------|---------------|-------|---------------|---------------|-------------');
for (const items of SIZES) {
  const { parse, layout } = node.get(items)!;
  const { element, reference } = browser.get(items)!;
  console.log(
    `${String(items).padStart(5)} | ${format(parse)}     | ${(parse / base.parse).toFixed(1).padStart(5)} | ${format(layout)}      | ${(layout / base.layout).toFixed(1).padStart(5)} | ${format(element)}      | ${format(reference)}      | ${(element / reference).toFixed(2).padStart(8)}`,
  );
}
console.log('\nitems | selected → painted | hover → tooltip painted (Chromium, medians; one frame is 16.7 ms)');
console.log('------|--------------------|------------------------');
for (const items of SIZES) {
  const { select, hover } = interactions.get(items)!;
  console.log(`${String(items).padStart(5)} | ${format(select)}           | ${format(hover)}`);
}
console.log(
  '\nBudgets: Harmonie layout ≤ 10 ms, 5000-item layout ≤ 60 ms (Node); element ÷ d3 ≤ 1.5 at 45 and 500 items.',
);

const many = await manyFlowersBench(5);
console.log(
  `\n50 flowers on one page (Chromium, ${many.longest.length} runs): longest main-thread block, median ${format(median(many.longest)).trim()} ms ` +
    `(max ${format(Math.max(...many.longest)).trim()}; budget 200), ${median(many.counts)} long tasks`,
);
