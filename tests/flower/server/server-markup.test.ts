import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type CatalogueJson, localized } from 'fleur-pleine-sante-catalogue';
import { renderFleurHtml } from 'fleur-pleine-sante/static.js';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../packages/tools/chromium.js';

/*
 * The element rendered ahead of time (`renderFleurHtml`, as `fleur render --format html` writes it) on a plain page,
 * opened in Chromium: with JavaScript off, and with the built drop-in (`npm test` builds it first) taking it over.
 */

const root = new URL('../../../', import.meta.url);
const harmonieText = readFileSync(new URL('data/harmonie-mutuelle-2023.json', root), 'utf8');
const harmonie = JSON.parse(harmonieText) as CatalogueJson & {
  items: { id: string; title: { fr: string } }[];
};
const titles = harmonie.items.map((item) => localized(item.title, 'fr', 'fr'));

/** 640 px of drawing: the element's padding on each side makes the container 24 px wider. */
const WIDTH = 640;
const page = (body: string, script = true) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
  <title>Offre</title></head><body><main><h1>Nos offres</h1><div style="width:${WIDTH + 24}px">${body}</div></main>
  ${script ? '<script type="module" src="/dist/fleur-pleine-sante.js"></script>' : ''}</body></html>`;

let server: Server;
let browser: Browser;
let origin = '';
const pages = new Map<string, string>();
/** Requests for the drop-in's files are held while this is set (a script that is late, or never comes). */
let holdScripts: Promise<void> | undefined;

beforeAll(async () => {
  const fromSrc = await renderFleurHtml(harmonie, { width: WIDTH, noControls: true, src: '/catalogue.json' });
  const inline = await renderFleurHtml(harmonie, { width: WIDTH, noControls: true });
  // Made from an older catalogue: one title has changed since.
  const older = structuredClone(harmonie);
  older.items[0]!.title = { fr: 'Ancien titre', en: 'Old title' };
  const stale = await renderFleurHtml(older, { width: WIDTH, noControls: true, src: '/catalogue.json' });
  pages.set('/no-script.html', page(inline, false));
  pages.set('/inline.html', page(inline));
  pages.set('/src.html', page(fromSrc));
  pages.set('/stale.html', page(stale));
  // A width the element cannot read: it lays out at its own, so it must not adopt the server's geometry.
  pages.set('/tampered.html', page(inline.replace(`data-fleur-width="${WIDTH}"`, 'data-fleur-width="wide"')));
  server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const html = pages.get(path);
    if (html !== undefined) {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(html);
    } else if (path === '/catalogue.json') {
      response.setHeader('content-type', 'application/json');
      response.end(harmonieText);
    } else if (/^\/dist\/fleur-[\w.-]+\.js$/.test(path)) {
      await holdScripts;
      response.setHeader('content-type', 'text/javascript; charset=utf-8');
      response.end(readFileSync(new URL(`packages/flower${path}`, root)));
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Generous: Chromium pages on a loaded machine. */
const SLOW = 60_000;

async function open(
  path: string,
  options: { javaScriptEnabled?: boolean; waitUntil?: 'load' | 'commit' } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 900, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const opened = await context.newPage();
  await opened.goto(`${origin}${path}`, { waitUntil: options.waitUntil ?? 'load' });
  return opened;
}

/** Watches the drawing from before any script: its node, every child-list change inside it, and layout shifts. */
const WATCH = () => {
  const state = { mutations: 0, shift: 0, svg: null as Element | null, drawingsAdded: 0 };
  (window as unknown as { __watch: typeof state }).__watch = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) state.shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    state.svg = document.querySelector('fleur-pleine-sante')?.shadowRoot?.querySelector('svg') ?? null;
    const shadow = document.querySelector('fleur-pleine-sante')?.shadowRoot;
    if (shadow)
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof Element && (node.matches('svg') || node.querySelector('svg'))) state.drawingsAdded++;
      }).observe(shadow, { childList: true, subtree: true });
    if (state.svg)
      new MutationObserver((records) => {
        state.mutations += records.filter((record) => record.type === 'childList').length;
      }).observe(state.svg, { childList: true, subtree: true });
  });
};

/** What the watcher saw, and whether the element has taken the markup over (Lit owns its shadow root). */
const watched = (opened: Page) =>
  opened.evaluate(() => {
    type Watch = { mutations: number; shift: number; svg: Element | null; drawingsAdded: number };
    const state = (window as unknown as { __watch: Watch }).__watch;
    const shadow = document.querySelector('fleur-pleine-sante')?.shadowRoot;
    return {
      mutations: state.mutations,
      shift: state.shift,
      sameDrawing: state.svg !== null && shadow?.querySelector('svg') === state.svg,
      takenOver: shadow !== null && shadow !== undefined && '_$litPart$' in shadow,
      drawingsAdded: state.drawingsAdded,
    };
  });

describe('renderFleurHtml: the element rendered ahead of time', () => {
  it(
    'writes the tag with a declarative shadow root holding the drawing, legend and item table',
    async () => {
      const markup = await renderFleurHtml(harmonie, { width: WIDTH, lang: 'fr', src: '/c.json', noControls: true });
      expect(markup).toMatch(/^<fleur-pleine-sante lang="fr" src="\/c.json" no-controls data-fleur-width="640"/);
      expect(markup).toContain('<template shadowroot="open" shadowrootmode="open">');
      // Every item is a mark or in a count badge's list, every mark named (beside it or in the key).
      const marks = markup.match(/part="item"/g)?.length ?? 0;
      const badged = [...markup.matchAll(/data-item-ids="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(' ')).length;
      expect(marks + badged).toBe(harmonie.items.length);
      expect(markup.match(/part="item-label"/g)?.length).toBe(marks);
      expect(markup).toContain('part="legend"');
      expect(markup).toContain('fleur__print-table--static');
      expect(markup.match(/tabindex="0"/g)?.length).toBe(1);
      // User text is text: a title with markup comes out escaped.
      const hostile = structuredClone(harmonie);
      hostile.items[0]!.title = { fr: '<img src=x onerror=alert(1)>', en: 'x' };
      const escaped = await renderFleurHtml(hostile, { width: WIDTH });
      // Escaped in the markup, and in the inline JSON too (`<` as \u003c, so no `</script>` can end it early).
      expect(escaped).not.toContain('<img');
      expect(escaped).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(escaped).toContain('\\u003cimg src=x');
    },
    SLOW,
  );

  it(
    'shows the flower with JavaScript off, every item named in the accessibility tree',
    async () => {
      const opened = await open('/inline.html', { javaScriptEnabled: false });
      try {
        const box = await opened.locator('fleur-pleine-sante svg[part~="drawing"]').boundingBox();
        expect(box?.width).toBe(WIDTH);
        expect(box?.height).toBeGreaterThan(400);
        const tree = await opened.locator('fleur-pleine-sante').ariaSnapshot();
        for (const title of titles) expect(tree).toContain(title.replaceAll('"', '\\"'));
        // The legend is on screen; the table is read, not shown.
        expect(await opened.locator('fleur-pleine-sante [part="legend"]').isVisible()).toBe(true);
        await opened.screenshot({ path: 'out/screenshots/server-markup-js-off.png' }).catch(() => undefined);
      } finally {
        await opened.context().close();
      }
    },
    SLOW,
  );

  it(
    'is clean for axe (no script on the page: what a reader without JavaScript gets)',
    async () => {
      const opened = await open('/no-script.html');
      try {
        await opened.evaluate(readFileSync(new URL('node_modules/axe-core/axe.min.js', root), 'utf8'));
        const violations = await opened.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: unknown[] }> } }).axe;
          return (await axe.run(document)).violations;
        });
        expect(violations).toEqual([]);
      } finally {
        await opened.context().close();
      }
    },
    SLOW,
  );

  it(
    'paints the flower before any script: with the drop-in held back, the drawing is already on screen',
    async () => {
      let release = () => {};
      holdScripts = new Promise((resolve) => (release = resolve));
      // The module script holds back the load event (and DOMContentLoaded): wait for the first paint instead.
      const opened = await open('/src.html', { waitUntil: 'commit' });
      try {
        await opened.waitForFunction(() =>
          performance.getEntriesByType('paint').some((entry) => entry.name === 'first-contentful-paint'),
        );
        expect(await opened.evaluate(() => customElements.get('fleur-pleine-sante'))).toBeUndefined();
        expect((await opened.locator('fleur-pleine-sante svg[part~="drawing"]').boundingBox())?.width).toBe(WIDTH);
      } finally {
        release();
        holdScripts = undefined;
        await opened.context().close();
      }
    },
    SLOW,
  );

  for (const path of ['/inline.html', '/src.html'])
    it(
      `is taken over without a redraw when the script arrives (${path.slice(1, -5)} catalogue), then answers the reader`,
      async () => {
        const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
        const opened = await context.newPage();
        try {
          await opened.addInitScript(WATCH);
          await opened.goto(`${origin}${path}`);
          await opened.waitForFunction(
            () => '_$litPart$' in (document.querySelector('fleur-pleine-sante')?.shadowRoot ?? {}),
          );
          await opened.waitForTimeout(300);
          expect(await watched(opened)).toEqual({
            mutations: 0,
            shift: 0,
            sameDrawing: true,
            takenOver: true,
            drawingsAdded: 0,
          });
          // One tab stop into the drawing, as the server wrote it.
          expect(await opened.locator('fleur-pleine-sante [data-nav][tabindex="0"]').count()).toBe(1);
          // Interactive: a mark's tooltip on hover, a click selects it.
          const mark = opened.locator('fleur-pleine-sante [part~="item"][data-id]').first();
          const id = await mark.getAttribute('data-id');
          await mark.hover();
          await expect
            .poll(() => opened.locator('fleur-pleine-sante .tooltip').textContent())
            .toContain(titles[harmonie.items.findIndex((item) => item.id === id)]!);
          await mark.click();
          await expect.poll(() => opened.locator('fleur-pleine-sante').getAttribute('selected')).toBe(id);
          // The table for readers without script has gone; the drawing is the one the server made.
          expect(await opened.locator('fleur-pleine-sante .fleur__print-table').count()).toBe(0);
          expect((await watched(opened)).sameDrawing).toBe(true);
        } finally {
          await context.close();
        }
      },
      SLOW,
    );

  it(
    'redraws once, rather than adopt a drawing laid out otherwise, when the markup does not say its width',
    async () => {
      const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
      const opened = await context.newPage();
      try {
        await opened.addInitScript(WATCH);
        await opened.goto(`${origin}/tampered.html`);
        await opened.waitForFunction(
          () => '_$litPart$' in (document.querySelector('fleur-pleine-sante')?.shadowRoot ?? {}),
        );
        await opened.waitForTimeout(300);
        const { sameDrawing, drawingsAdded } = await watched(opened);
        expect({ sameDrawing, drawingsAdded }).toEqual({ sameDrawing: false, drawingsAdded: 1 });
        expect(await opened.locator('fleur-pleine-sante [part~="item"][data-id]').count()).toBeGreaterThan(60);
      } finally {
        await context.close();
      }
    },
    SLOW,
  );

  it(
    'redraws once when the catalogue behind src has changed since the markup was made',
    async () => {
      const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
      const opened = await context.newPage();
      try {
        await opened.addInitScript(WATCH);
        await opened.goto(`${origin}/stale.html`);
        expect(pages.get('/stale.html')).toContain('aria-label="Ancien titre"');
        const old = opened.locator('fleur-pleine-sante [part~="item"][aria-label="Ancien titre"]');
        await opened.waitForFunction(
          () => '_$litPart$' in (document.querySelector('fleur-pleine-sante')?.shadowRoot ?? {}),
        );
        await expect.poll(() => old.count()).toBe(0);
        expect(await opened.locator(`fleur-pleine-sante [part~="item"][aria-label="${titles[0]}"]`).count()).toBe(1);
        // One new drawing in place of the server's, drawn once.
        await opened.waitForTimeout(300);
        const { sameDrawing, drawingsAdded } = await watched(opened);
        expect({ sameDrawing, drawingsAdded }).toEqual({ sameDrawing: false, drawingsAdded: 1 });
        expect(await opened.locator('fleur-pleine-sante svg[part~="drawing"]').count()).toBe(1);
      } finally {
        await context.close();
      }
    },
    SLOW,
  );
});
