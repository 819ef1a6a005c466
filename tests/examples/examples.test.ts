import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_TYPES,
  createExampleProject,
  EXAMPLES,
  type Example,
  type ExampleProject,
  type ExampleSite,
  cmsExample,
  documentedCorsHeader,
  intranetExample,
  nextExample,
  reactExample,
  readme,
  serveFolder,
  svelteExample,
  svelteMarkupCheck,
  vueExample,
  vueTemplateCheck,
} from '../../packages/examples/src/index.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../packages/tools/chromium.js';

/*
 * The examples as a stranger gets them: the public packages packed (`npm test` builds them first), installed from
 * the tarballs into a fresh project in a temporary folder (once for every example), each example's site assembled
 * there, served by a plain HTTP server with the example's headers and opened in Chromium.
 */

const harmonie = JSON.parse(
  readFileSync(new URL('../../data/harmonie-mutuelle-2023.json', import.meta.url), 'utf8'),
) as { items: { id: string; title: { fr: string; en: string } }[] };

/** What the page reported while a reader used it, collected from before its first script ran. */
interface PageReport {
  readonly consoleErrors: string[];
  readonly uncaught: string[];
  readonly scripts: string[];
  /** Responses with an error status, as `<status> <url>`. */
  readonly failedResponses: string[];
}

/** Installed in every page before its own scripts: records CSP violations and `fleur-select` events. */
function probe(): void {
  const record = { violations: [] as string[], selections: [] as (string | null)[] };
  Object.assign(window, { __fleurProbe: record });
  document.addEventListener('securitypolicyviolation', (event) =>
    record.violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
  );
  document.addEventListener('fleur-select', (event) =>
    record.selections.push((event as CustomEvent<{ id: string | null }>).detail.id),
  );
  // A server-rendered flower: its drawing as the HTML brought it (the element takes it over later, asynchronously).
  document.addEventListener('DOMContentLoaded', () =>
    Object.assign(window, {
      __fleurServerDrawing: document.querySelector('fleur-pleine-sante')?.shadowRoot?.querySelector('svg') ?? null,
    }),
  );
}

/** Whether the element has taken the server's drawing over: Lit owns the shadow root, the drawing is the same node. */
const keptServerDrawing = (page: Page) =>
  page.evaluate(() => {
    const shadow = document.querySelector('fleur-pleine-sante')?.shadowRoot;
    const server = (window as unknown as { __fleurServerDrawing: Element | null }).__fleurServerDrawing;
    return { takenOver: !!shadow && '_$litPart$' in shadow, same: !!server && shadow?.querySelector('svg') === server };
  });

type Probe = { violations: string[]; selections: (string | null)[] };
const probed = (page: Page) => page.evaluate(() => (window as unknown as { __fleurProbe: Probe }).__fleurProbe);

let project: ExampleProject | undefined;
let browser: Browser | undefined;

/**
 * Time for an npm install or an app's type-check and build: minutes on a busy two-core machine, where the same work
 * takes seconds when it is quiet. A build that needs this long is slow, not broken; `npm run bench` is where time is
 * measured.
 */
const BUILD_TIME = 600_000;

beforeAll(async () => {
  project = await createExampleProject();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, BUILD_TIME);

const sites = new Map<Example, Promise<ExampleSite>>();
/** Each example's site, built once (the type checks below reuse the built apps). */
const siteOf = (example: Example): Promise<ExampleSite> => {
  if (!sites.has(example)) sites.set(example, example.build(project!));
  return sites.get(example)!;
};

/**
 * Lit's development build announces itself on the console; the Vue example is built in development mode (so that
 * Vue's own warnings reach the console), which gives it Lit's development build too. That one notice is not an error.
 */
const LIT_DEV_MODE_NOTICE = /^Lit is in dev mode\. Not recommended for production!/;

// Closing Chromium and removing the assembled project (a node_modules tree: the apps' own tooling, Next.js alone some
// 300 MB) can pass the 10 s default when busy.
afterAll(async () => {
  await browser?.close();
  project?.remove();
}, BUILD_TIME);

/** Opens `site` in a new browser context; requests to its npm CDN are answered from the installed packages. */
async function open(
  site: ExampleSite,
  origin: string,
): Promise<{ page: Page; report: PageReport; close(): Promise<void> }> {
  const installed = project!;
  const context = await browser!.newContext({ viewport: { width: 1200, height: 900 } });
  if (site.cdnOrigin)
    await context.route(`${site.cdnOrigin}/**`, async (route) => {
      // `/<package>@<range>/<path>`, the URL shape npm CDNs serve package files under.
      const match = /^\/((?:@[^/]+\/)?[^/@]+)@[^/]+\/(.+)$/.exec(new URL(route.request().url()).pathname);
      const body = match ? await readFile(join(installed.installed(match[1]!), match[2]!)).catch(() => null) : null;
      if (!body) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({
        status: 200,
        body,
        headers: {
          'content-type': CONTENT_TYPES[extname(match![2]!)] ?? 'application/octet-stream',
          'access-control-allow-origin': '*',
        },
      });
    });
  await context.addInitScript(probe);
  const page = await context.newPage();
  const report: PageReport = { consoleErrors: [], uncaught: [], scripts: [], failedResponses: [] };
  page.on('console', (message) => {
    if ((message.type() === 'error' || message.type() === 'warning') && !LIT_DEV_MODE_NOTICE.test(message.text()))
      report.consoleErrors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) report.failedResponses.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => report.uncaught.push(error.message));
  page.on('request', (request) => {
    if (request.resourceType() === 'script') report.scripts.push(request.url());
  });
  await page.goto(`${origin}${site.page}`);
  return { page, report, close: () => context.close() };
}

/** Checks that only some examples have, after a mark was selected. */
/** The page names the chosen offer in `#selection`, in `lang`: the page heard `fleur-select` (or `onFleurSelect`). */
const showsChosenTitle =
  (lang: 'fr' | 'en') =>
  async (page: Page, itemId: string): Promise<void> => {
    const title = harmonie.items.find(({ id }) => id === itemId)?.title[lang];
    expect(title).toBeTruthy();
    await page.waitForFunction((text) => document.getElementById('selection')?.textContent === text, title);
  };

const AFTER_SELECTION: ReadonlyMap<Example, (page: Page, itemId: string) => Promise<void>> = new Map([
  // The page's own script under Trusted Types shows the chosen offer's title, and its own Lit widget drew beside
  // the drop-in's Lit (both created the `lit-html` policy: 'allow-duplicates').
  [
    intranetExample,
    async (page, itemId) => {
      await showsChosenTitle('fr')(page, itemId);
      expect(await page.locator('#news li').count()).toBe(2);
    },
  ],
  // The app's state follows onFleurSelect (@fleur-select, onfleur-select), and its `selected` goes back to the element.
  [reactExample, showsChosenTitle('en')],
  // The Next.js page's client component hears fleur-select.
  [nextExample, showsChosenTitle('fr')],
  [vueExample, showsChosenTitle('en')],
  [svelteExample, showsChosenTitle('en')],
]);

/**
 * The drop-in as a page loads it: the element's class keeps its name in the minified file, and each of its files'
 * source map (named on its last line) is served beside it — the self-hosting copy step copies the maps too.
 */
async function checkDropInFiles(page: Page, scripts: readonly string[]): Promise<void> {
  expect(await page.evaluate(() => customElements.get('fleur-pleine-sante')?.name)).toBe('FleurPleineSante');
  const files = scripts.filter((url) => /\/fleur-[\w.-]+\.js$/.test(url));
  expect(files.length).toBeGreaterThan(1);
  // Fetched by the page, as DevTools would: through the page's origin, its policy and the emulated CDN.
  const get = (url: string) =>
    page.evaluate(async (href) => {
      const response = await fetch(href);
      return { status: response.status, text: await response.text() };
    }, url);
  for (const url of files) {
    const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec((await get(url)).text)?.[1];
    expect(map, `${url} names its source map`).toBeDefined();
    expect((await get(new URL(map!, url).href)).status, `${map} beside ${url}`).toBe(200);
  }
}

describe.each(EXAMPLES.map((example) => [example.name, example] as const))('example %s', (_name, example) => {
  it(
    `${example.summary}: the flower draws from the installed tarballs, a click selects, no console error, no CSP violation`,
    async () => {
      const site = await siteOf(example);
      const server = await serveFolder(site.root, site.headers);
      const { page, report, close } = await open(site, server.origin);
      try {
        const marks = page.locator('fleur-pleine-sante [data-id]');
        await page
          .waitForFunction(
            () =>
              (document.querySelector('fleur-pleine-sante')?.shadowRoot?.querySelectorAll('[data-id]').length ?? 0) >
              40,
            undefined,
            { timeout: 20_000 },
          )
          .catch(async () => {
            const { violations } = await probed(page);
            throw new Error(`the flower did not draw: ${JSON.stringify({ ...report, violations }, null, 2)}`);
          });
        if (site.serverRendered) {
          const html = await (await fetch(`${server.origin}${site.page}`)).text();
          expect(html, 'the flower is in the HTML').toContain('<template shadowroot="open" shadowrootmode="open">');
          await page.waitForFunction(
            () => '_$litPart$' in (document.querySelector('fleur-pleine-sante')?.shadowRoot ?? {}),
          );
          expect(await keptServerDrawing(page)).toEqual({ takenOver: true, same: true });
        }
        const mark = marks.first();
        const itemId = await mark.getAttribute('data-id');
        expect(itemId).toBeTruthy();
        await mark.click();
        await page.waitForFunction(
          (id) => document.querySelector('fleur-pleine-sante')?.getAttribute('selected') === id,
          itemId,
        );
        // The details panel is a lazy part: fetched beside the drop-in by a relative URL.
        await page.locator('fleur-pleine-sante [part="details"]').waitFor();
        await AFTER_SELECTION.get(example)?.(page, itemId!);
        await page.waitForTimeout(200);
        if (process.env.FLEUR_EXAMPLE_SCREENSHOTS)
          await page.screenshot({
            path: `${process.env.FLEUR_EXAMPLE_SCREENSHOTS}/${example.name}.png`,
            fullPage: true,
          });

        const { violations, selections } = await probed(page);
        expect(selections).toEqual([itemId]);
        if (site.dropIn) {
          const dropIn = report.scripts.find((url) => url.endsWith('/fleur-pleine-sante.js'));
          expect(dropIn, 'the drop-in was loaded').toBeDefined();
          const folder = dropIn!.slice(0, dropIn!.lastIndexOf('/') + 1);
          const lazyParts = report.scripts.filter((url) => /\/fleur-[\w.-]+\.js$/.test(url) && url !== dropIn);
          expect(lazyParts.length, 'lazy parts loaded').toBeGreaterThan(0);
          for (const url of lazyParts) expect(url.startsWith(folder), url).toBe(true);
          await checkDropInFiles(page, report.scripts);
        }
        expect(report.failedResponses).toEqual([]);
        expect(violations).toEqual([]);
        expect(report.consoleErrors).toEqual([]);
        expect(report.uncaught).toEqual([]);
      } finally {
        await close();
        await server.close();
      }
    },
    BUILD_TIME,
  );
});

describe("the framework types, as the apps' own checkers read them", () => {
  it(
    'vue-tsc accepts the documented template and rejects a wrong keyword, a wrong type and a wrong detail',
    async () => {
      await siteOf(vueExample);
      const good = await vueTemplateCheck(
        project!,
        '<fleur-pleine-sante src="/c.json" theme="dark" petal-size="items" no-controls @fleur-zoom="(event) => event.detail.petal" />',
      );
      expect(good.output).toBe('');
      expect(good.ok).toBe(true);
      for (const [template, message] of [
        ['<fleur-pleine-sante theme="purple" />', `Type '"purple"' is not assignable`],
        [`<fleur-pleine-sante :timeout="'soon'" />`, `Type 'string' is not assignable to type 'number'`],
        ['<fleur-pleine-sante @fleur-zoom="(event) => event.detail.id" />', `Property 'id' does not exist`],
      ] as const) {
        const { ok, output } = await vueTemplateCheck(project!, template);
        expect(ok, template).toBe(false);
        expect(output, template).toContain(message);
      }
    },
    BUILD_TIME,
  );

  it(
    'svelte-check accepts the documented markup and rejects a wrong keyword, a wrong type and a wrong detail',
    async () => {
      await siteOf(svelteExample);
      const good = await svelteMarkupCheck(
        project!,
        '<fleur-pleine-sante src="/c.json" theme="dark" petal-size="items" no-controls onfleur-zoom={(event) => event.detail.petal}></fleur-pleine-sante>',
      );
      expect(good.ok, good.output).toBe(true);
      for (const [markup, message] of [
        ['<fleur-pleine-sante theme="purple"></fleur-pleine-sante>', `Type '"purple"' is not assignable`],
        [
          '<fleur-pleine-sante timeout="soon"></fleur-pleine-sante>',
          `Type 'string' is not assignable to type 'number'`,
        ],
        [
          '<fleur-pleine-sante onfleur-zoom={(event) => event.detail.id}></fleur-pleine-sante>',
          `Property 'id' does not exist`,
        ],
      ] as const) {
        const { ok, output } = await svelteMarkupCheck(project!, markup);
        expect(ok, markup).toBe(false);
        expect(output, markup).toContain(message);
      }
    },
    BUILD_TIME,
  );
});

describe("the README's CORS note", () => {
  /**
   * The CMS page with one more flower whose catalogue is on another origin: the same site served again on another
   * port, answering with `headers`.
   */
  async function flowerFromAnotherOrigin(headers: Record<string, string>) {
    const site = await siteOf(cmsExample);
    const server = await serveFolder(site.root, site.headers);
    const dataServer = await serveFolder(site.root, headers);
    const { page, close } = await open(site, server.origin);
    await page.evaluate((src) => {
      const remote = document.createElement('fleur-pleine-sante');
      remote.id = 'remote';
      remote.setAttribute('src', src);
      document.body.append(remote);
    }, `${dataServer.origin}/catalogue.json`);
    const closeAll = async () => {
      await close();
      await Promise.all([server.close(), dataServer.close()]);
    };
    return { page, remote: page.locator('#remote'), close: closeAll };
  }

  it(
    'with the header it names, a catalogue on another origin draws; without it the element can only show the fetch error',
    async () => {
      const header = documentedCorsHeader(readme());
      expect(header).toBe('access-control-allow-origin');
      const allowed = await flowerFromAnotherOrigin({ [header]: '*' });
      try {
        await allowed.page.waitForFunction(
          () => (document.getElementById('remote')?.shadowRoot?.querySelectorAll('[data-id]').length ?? 0) > 40,
        );
      } finally {
        await allowed.close();
      }
      const refused = await flowerFromAnotherOrigin({});
      try {
        const alert = refused.remote.locator('[role="alert"]');
        await alert.waitFor();
        // The alert's title shows at once; its list of problems once the lazy part has loaded.
        await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain('Failed to fetch');
      } finally {
        await refused.close();
      }
    },
    BUILD_TIME,
  );
});

/**
 * Run in Node inside the project, as a user's script would import the packages (Lit's Node build brings its own
 * `customElements` registry): what each entry point of fleur-pleine-sante defines, and the manifest export.
 */
const ENTRY_POINTS_SCRIPT = `
const classOnly = await import('fleur-pleine-sante');
const definedByClassEntry = customElements.get('fleur-pleine-sante') ?? null;
const sideEffect = await import('fleur-pleine-sante/fleur-pleine-sante.js');
const { default: manifest } = await import('fleur-pleine-sante/custom-elements.json', { with: { type: 'json' } });
const { parseCatalogue } = await import('fleur-pleine-sante-catalogue');
const { readFile } = await import('node:fs/promises');
console.log(JSON.stringify({
  classExported: typeof classOnly.FleurPleineSante,
  definedByClassEntry,
  definedBySideEffectEntry: customElements.get('fleur-pleine-sante') === classOnly.FleurPleineSante,
  sameClass: sideEffect.FleurPleineSante === classOnly.FleurPleineSante,
  manifestTags: manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean)),
  catalogueValid: parseCatalogue(await readFile(process.argv[1], 'utf8')).ok,
}));
`;

describe('the installed packages', () => {
  it(
    'fleur-pleine-sante defines no tag, fleur-pleine-sante/fleur-pleine-sante.js defines <fleur-pleine-sante>; the manifest and the catalogue parser import',
    async () => {
      const catalogue = fileURLToPath(new URL('../../data/harmonie-mutuelle-2023.json', import.meta.url));
      const { stdout } = await promisify(execFile)(
        'node',
        ['--input-type=module', '--eval', ENTRY_POINTS_SCRIPT, catalogue],
        { cwd: project!.folder },
      );
      expect(JSON.parse(stdout)).toEqual({
        classExported: 'function',
        definedByClassEntry: null,
        definedBySideEffectEntry: true,
        sameClass: true,
        manifestTags: ['fleur-pleine-sante'],
        catalogueValid: true,
      });
    },
    BUILD_TIME,
  );
});
