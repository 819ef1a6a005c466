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
  intranetExample,
  nextExample,
  reactExample,
  serveFolder,
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

beforeAll(async () => {
  project = await createExampleProject();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  project?.remove();
  // Generous: the project holds the apps' own tooling (Next.js alone is some 300 MB) to delete.
}, 120_000);

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
    if (message.type() === 'error' || message.type() === 'warning') report.consoleErrors.push(message.text());
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
  // The page's own script under Trusted Types shows the chosen offer's title.
  [intranetExample, showsChosenTitle('fr')],
  // The app's state follows onFleurSelect, and its `selected` prop goes back to the element.
  [reactExample, showsChosenTitle('en')],
  // The Next.js page's client component hears fleur-select.
  [nextExample, showsChosenTitle('fr')],
]);

describe.each(EXAMPLES.map((example) => [example.name, example] as const))('example %s', (_name, example) => {
  it(`${example.summary}: the flower draws from the installed tarballs, a click selects, no console error, no CSP violation`, async () => {
    const site = await example.build(project!);
    const server = await serveFolder(site.root, site.headers);
    const { page, report, close } = await open(site, server.origin);
    try {
      const marks = page.locator('fleur-pleine-sante [data-id]');
      await page
        .waitForFunction(
          () =>
            (document.querySelector('fleur-pleine-sante')?.shadowRoot?.querySelectorAll('[data-id]').length ?? 0) > 40,
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
        await page.screenshot({ path: `${process.env.FLEUR_EXAMPLE_SCREENSHOTS}/${example.name}.png`, fullPage: true });

      const { violations, selections } = await probed(page);
      expect(selections).toEqual([itemId]);
      if (site.dropIn) {
        const dropIn = report.scripts.find((url) => url.endsWith('/fleur-pleine-sante.js'));
        expect(dropIn, 'the drop-in was loaded').toBeDefined();
        const folder = dropIn!.slice(0, dropIn!.lastIndexOf('/') + 1);
        const lazyParts = report.scripts.filter((url) => /\/fleur-[\w.-]+\.js$/.test(url) && url !== dropIn);
        expect(lazyParts.length, 'lazy parts loaded').toBeGreaterThan(0);
        for (const url of lazyParts) expect(url.startsWith(folder), url).toBe(true);
      }
      expect(report.failedResponses).toEqual([]);
      expect(violations).toEqual([]);
      expect(report.consoleErrors).toEqual([]);
      expect(report.uncaught).toEqual([]);
    } finally {
      await close();
      await server.close();
    }
    // Generous: an app's own build (Vite, Eleventy, Next.js) on a loaded machine.
  }, 300_000);
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
  it('fleur-pleine-sante defines no tag, fleur-pleine-sante/fleur-pleine-sante.js defines <fleur-pleine-sante>; the manifest and the catalogue parser import', async () => {
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
  }, 30_000);
});
