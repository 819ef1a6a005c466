// `npm run bench`: layout in Node and catalogue-to-paint in Chromium for 45, 500 and 5000 items.
// Medians of several runs; each size also as a ratio to the 45-item time measured in the same run, which is what
// to compare across machines (the absolute times move 2–3× with the machine's load).
import { performance } from 'node:perf_hooks';
import { parseCatalogue } from '@fleur/catalogue';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { syntheticCatalogue } from '../../tests/fixtures/synthetic-catalogue.js';
import { alias } from '../../vite.config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { layoutFlower } from '../../packages/flower/src/geometry/index.js';

const SIZES = [45, 500, 5000];
const RUNS = 9;

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

function nodeBench(items: number) {
  const catalogue = syntheticCatalogue({ items, seed: 7 });
  const text = JSON.stringify(catalogue);
  const options = { width: 1200, height: 864, locale: 'fr' };
  parseCatalogue(text);
  layoutFlower(catalogue, options);
  const parse = Array.from({ length: RUNS }, () => time(() => parseCatalogue(text)));
  const layout = Array.from({ length: RUNS }, () => time(() => layoutFlower(catalogue, options)));
  return { parse: median(parse), layout: median(layout) };
}

async function browserBench(): Promise<Map<number, number>> {
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
  const results = new Map<number, number>();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await page.waitForFunction(() => 'fleurBench' in window);
    for (const items of SIZES) {
      const times = await page.evaluate(
        ([n, runs]) =>
          (window as unknown as { fleurBench(n: number, runs: number): Promise<number[]> }).fleurBench(n, runs),
        [items, RUNS] as const,
      );
      results.set(items, median(times));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

const format = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1).padStart(8);
const node = new Map(SIZES.map((items) => [items, nodeBench(items)]));
const browser = await browserBench();
const base = { parse: node.get(45)!.parse, layout: node.get(45)!.layout, paint: browser.get(45)! };

console.log(
  `\nMedians of ${RUNS} runs (ms), and × the 45-item time of this run. Node ${process.version}, ${new Date().toISOString()}`,
);
console.log('items | parse (Node) |   ×   | layout (Node) |   ×   | catalogue→paint (Chromium, 1200 px) |   ×');
console.log('------|--------------|-------|---------------|-------|-------------------------------------|------');
for (const items of SIZES) {
  const { parse, layout } = node.get(items)!;
  const paint = browser.get(items)!;
  console.log(
    `${String(items).padStart(5)} | ${format(parse)}     | ${(parse / base.parse).toFixed(1).padStart(5)} | ${format(layout)}      | ${(layout / base.layout).toFixed(1).padStart(5)} | ${format(paint)}                            | ${(paint / base.paint).toFixed(1).padStart(5)}`,
  );
}
