// `npm run bench`: what a reader waits for, and where the time goes.
//
// 1. Chromium, the drop-in as built (`packages/flower/dist`, rebuilt first): from the catalogue's arrival (the page
//    fetched it; `catalogue` is set) to the first frame that paints a mark, in a fresh browser context per run — so
//    every run pays the first use of everything (validation, first render, style adoption, text measuring, the
//    near-viewport check) — against a bare-d3 page (d3-selection + d3-shape: the same petals, one dot per item,
//    no validation, no names, no accessibility) in the same run, the two pages interleaved run by run. Both are a
//    640 × 640 flower, as on an offer page. Medians, and their ratio.
// 2. An offer page with the Harmonie catalogue inline: navigation → first mark painted, and the longest animation
//    frame (Long Animation Frames API) until a second after.
// 3. Reactions of a drawn flower: `selected` → painted, pointer over a mark → tooltip painted.
// 4. Node, per catalogue size: parse (JSON text → validated catalogue), layout, render to string (the Lit template
//    through @lit-labs/ssr, as `fleur render` and the static markup do). Medians after warm-up.
//
// Absolute times move 2–3× with the machine's load; ratios measured in the same run are what to compare.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { indexCatalogue, layoutFlower, messagesFor, renderFlower, textContext } from 'fleur-pleine-sante/static.js';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { syntheticCatalogue } from '../../tests/fixtures/synthetic-catalogue.js';
import { serveFolder } from '../examples/src/static-server.js';
import { alias } from './aliases.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const SIZES = [45, 500, 5000] as const;
/** Fresh pages per size and per page kind (element, bare d3). */
const PAGE_RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Node runs per measure, after warm-up. */
const NODE_RUNS = 15;
/** The drawing of an offer page: 640 px wide (the element draws 640 × 576 there; the d3 page 640 × 640). */
const FLOWER_WIDTH = 640;
const site = fileURLToPath(new URL('../../out/bench/', import.meta.url));
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const harmonieText = readFileSync(here('../../data/harmonie-mutuelle-2023.json'), 'utf8');

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function medianTime(run: () => void): number {
  for (let i = 0; i < 10; i++) run();
  return median(
    Array.from({ length: NODE_RUNS }, () => {
      const started = performance.now();
      run();
      return performance.now() - started;
    }),
  );
}

/** The catalogue's own fetch starts in the head, beside the module's: whichever arrives last starts the race. */
const fetchInHead = `<script>window.catalogueArrival = fetch('catalogue-' + new URLSearchParams(location.search).get('n') + '.json').then((r) => r.json());</script>`;

const elementPage = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>element</title>
${fetchInHead}
<script type="module">
import { firstMarkPainted } from './first-mark.js';
import './fleur-pleine-sante.js';
const data = await window.catalogueArrival;
const element = document.querySelector('fleur-pleine-sante');
const started = performance.now();
const painted = firstMarkPainted(() => element.shadowRoot?.querySelector('[part~="item"]'));
element.catalogue = data;
const ms = (await painted) - started;
const result = { ms };
if (new URLSearchParams(location.search).has('interactions')) {
  const { interactions } = await import('./interactions.js');
  Object.assign(result, await interactions(element, 15));
}
window.benchResult = result;
</script></head>
<body style="margin:0"><div style="width:${FLOWER_WIDTH}px"><fleur-pleine-sante no-controls></fleur-pleine-sante></div></body></html>
`;

const referencePage = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>bare d3</title>
${fetchInHead}
<script type="module" src="./reference.js"></script></head>
<body style="margin:0"><div id="flower" style="width:${FLOWER_WIDTH}px"></div></body></html>
`;

/** An offer page: the catalogue inline, the script at the end of the head. */
const offerPage = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>offer page</title>
<script type="module">
import { firstMarkPainted, longAnimationFrames } from './first-mark.js';
const frames = longAnimationFrames();
const painted = firstMarkPainted(() => document.querySelector('fleur-pleine-sante')?.shadowRoot?.querySelector('[part~="item"]'));
await import('./fleur-pleine-sante.js');
const ms = await painted;
await new Promise((resolve) => setTimeout(resolve, 1000));
window.benchResult = { ms, longestFrame: Math.max(0, ...frames), longFrames: frames.filter((d) => d > 50).length };
</script></head>
<body style="margin:0"><div style="width:${FLOWER_WIDTH}px"><fleur-pleine-sante no-controls>
<script type="application/json">${harmonieText.replaceAll('</', '<\\/')}</script>
</fleur-pleine-sante></div></body></html>
`;

/** The drop-in (rebuilt from the sources), the bare-d3 page (built by Vite, minified), the pages and catalogues. */
async function buildSite(): Promise<void> {
  const built = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'packages/tools/vite.bundle.config.ts', '--logLevel', 'error'],
    {
      stdio: 'inherit',
    },
  );
  if (built.status !== 0) throw new Error('the drop-in did not build');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'error',
    resolve: { alias },
    build: {
      outDir: site,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: here('./bench/reference-page.ts'), formats: ['es'], fileName: () => 'reference.js' },
      rolldownOptions: { external: [/first-mark\.js$/] },
    },
  });
  const dist = here('../flower/dist/');
  for (const name of readdirSync(dist).filter((file) => /^fleur-.*\.js$/.test(file)))
    copyFileSync(`${dist}${name}`, `${site}${name}`);
  for (const name of ['first-mark.js', 'interactions.js']) copyFileSync(here(`./bench/${name}`), `${site}${name}`);
  writeFileSync(`${site}element.html`, elementPage);
  writeFileSync(`${site}reference.html`, referencePage);
  writeFileSync(`${site}offer.html`, offerPage);
  for (const items of SIZES)
    writeFileSync(`${site}catalogue-${items}.json`, JSON.stringify(syntheticCatalogue({ items, seed: 7 })));
}

interface PageResult {
  readonly ms: number;
  readonly longestFrame?: number;
  readonly longFrames?: number;
  readonly select?: number[];
  readonly hover?: number[];
}

async function openFresh(browser: Browser, url: string): Promise<PageResult> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`${url}: ${error.message}`));
    await page.goto(url);
    await page.waitForFunction(() => 'benchResult' in window, undefined, { timeout: 60_000 });
    return (await page.evaluate(() => (window as unknown as { benchResult: PageResult }).benchResult)) as PageResult;
  } finally {
    await context.close();
  }
}

interface BrowserFigures {
  paint: Map<number, { element: number; reference: number }>;
  offer: { ms: number; longestFrame: number; longFrames: number };
  interactions: Map<number, { select: number; hover: number }>;
}

async function browserBench(): Promise<BrowserFigures> {
  const server = await serveFolder(site, {});
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const paint = new Map<number, { element: number; reference: number }>();
    const interactions = new Map<number, { select: number; hover: number }>();
    for (const items of SIZES) {
      const element: number[] = [];
      const reference: number[] = [];
      // One throw-away pair: the browser's own first start (its caches, not the page's) is not what we measure.
      await openFresh(browser, `${server.origin}/element.html?n=${items}`);
      await openFresh(browser, `${server.origin}/reference.html?n=${items}`);
      for (let run = 0; run < PAGE_RUNS; run++) {
        element.push((await openFresh(browser, `${server.origin}/element.html?n=${items}`)).ms);
        reference.push((await openFresh(browser, `${server.origin}/reference.html?n=${items}`)).ms);
      }
      paint.set(items, { element: median(element), reference: median(reference) });
      const reacting = await openFresh(browser, `${server.origin}/element.html?n=${items}&interactions`);
      interactions.set(items, { select: median(reacting.select ?? []), hover: median(reacting.hover ?? []) });
    }
    const offers = [];
    for (let run = 0; run < PAGE_RUNS; run++) offers.push(await openFresh(browser, `${server.origin}/offer.html`));
    const offer = {
      ms: median(offers.map((result) => result.ms)),
      longestFrame: Math.max(...offers.map((result) => result.longestFrame ?? 0)),
      longFrames: Math.max(...offers.map((result) => result.longFrames ?? 0)),
    };
    return { paint, offer, interactions };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Parse, layout and render to string in Node, for one catalogue size. */
function nodeBench(text: string, height: number) {
  const parsed = parseCatalogue(text);
  if (!parsed.ok) throw new Error('the benchmark catalogue does not validate');
  const catalogue = parsed.catalogue;
  const messages = messagesFor('fr');
  const options = { width: FLOWER_WIDTH, height, locale: 'fr', heartLabel: messages.heart };
  const layout = layoutFlower(catalogue, options);
  const context = textContext(catalogue, indexCatalogue(catalogue), 'fr', messages);
  return {
    parse: medianTime(() => parseCatalogue(text)),
    layout: medianTime(() => layoutFlower(catalogue, options)),
    render: medianTime(() => collectResultSync(render(renderFlower({ layout, ...context })))),
  };
}

const format = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);
const pad = (text: string, width: number) => text.padStart(width);

await buildSite();
const { drawingSize } = await import('../flower/src/model/drawing-size.js');
const { height } = drawingSize(FLOWER_WIDTH);
const node = new Map<string, ReturnType<typeof nodeBench>>([
  ['Harmonie 73', nodeBench(harmonieText, height)],
  ...SIZES.map(
    (items) => [String(items), nodeBench(JSON.stringify(syntheticCatalogue({ items, seed: 7 })), height)] as const,
  ),
]);
const figures = await browserBench();

console.log(`\nNode ${process.version}, Chromium (${CHROMIUM_PATH}), ${new Date().toISOString()}`);
console.log(
  `\nCatalogue's arrival → first mark painted, ${FLOWER_WIDTH} px flower, fresh page per run, medians of ${PAGE_RUNS} (ms):`,
);
console.log('items | bare d3 page | <fleur-pleine-sante> | ratio | budget');
console.log('------|--------------|----------------------|-------|-------');
for (const items of SIZES) {
  const { element, reference } = figures.paint.get(items)!;
  const budget = items === 5000 ? '< 1×' : '≤ 2×';
  console.log(
    `${pad(String(items), 5)} | ${pad(format(reference), 12)} | ${pad(format(element), 20)} | ${pad(`${(element / reference).toFixed(2)}×`, 5)} | ${budget}`,
  );
}
const { offer } = figures;
console.log(
  `\nOffer page, Harmonie inline: navigation → first mark painted ${format(offer.ms)} ms (median); longest animation frame ${format(offer.longestFrame)} ms (worst of ${PAGE_RUNS}; budget ≤ 50), frames over 50 ms: ${offer.longFrames}`,
);
console.log('\nitems | selected → painted | hover → tooltip painted (medians of 15; one frame is 16.7 ms)');
for (const items of SIZES) {
  const { select, hover } = figures.interactions.get(items)!;
  console.log(`${pad(String(items), 5)} | ${pad(format(select), 18)} | ${pad(format(hover), 8)}`);
}
console.log(`\nNode, ${FLOWER_WIDTH} × ${height} drawing, medians of ${NODE_RUNS} after warm-up (ms):`);
console.log('catalogue   |    parse |   layout | render to string');
for (const [name, { parse, layout, render: toMarkup }] of node)
  console.log(
    `${name.padEnd(11)} | ${pad(format(parse), 8)} | ${pad(format(layout), 8)} | ${pad(format(toMarkup), 8)}`,
  );

// The label engine (issue "Names for any catalogue"): budgets at 1200 × 900, then the label-quality grid.
const harmonieParsed = parseCatalogue(harmonieText);
if (!harmonieParsed.ok) throw new Error('the Harmonie catalogue does not validate');
const names = [
  ['Harmonie 73, names', harmonieParsed.catalogue, 10],
  ['500 items', syntheticCatalogue({ items: 500, seed: 7 }), 30],
] as const;
console.log('\nNames at 1200 × 900 in Node, medians after warm-up (ms):');
for (const [name, catalogue, budget] of names) {
  const ms = medianTime(() => layoutFlower(catalogue, { width: 1200, height: 900, locale: 'fr' }));
  console.log(`${name.padEnd(20)} | ${pad(format(ms), 8)} | budget ≤ ${budget}`);
}
const { labelQuality, labelQualityTable } = await import('./bench/label-quality.js');
console.log(
  "\nLabel quality, page shapes × catalogues (crossings, foreign petals, overlaps and outside by the tests' own geometry):",
);
console.log(labelQualityTable(labelQuality()));
