import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../packages/tools/chromium.js';

/*
 * Printing a kit page: the built drop-in (`npm test` builds it first) on a plain page, printed to PDF by Chromium
 * on A4, read back with pdftotext (poppler-utils). What a reader holds is checked as text: every offer named, the
 * legend and the table there, no control or button.
 */

const root = new URL('../../../', import.meta.url);
const harmonie = JSON.parse(readFileSync(new URL('data/harmonie-mutuelle-2023.json', root), 'utf8')) as {
  items: { id: string; title: { fr: string }; shortTitle: { fr: string } }[];
};

const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Kit</title>
  <script type="module" src="/packages/flower/dist/fleur-pleine-sante.js"></script></head>
  <body><h1>Agir sur les facteurs de santé</h1>
  <fleur-pleine-sante src="/data/harmonie-mutuelle-2023.json"></fleur-pleine-sante></body></html>`;

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

let server: Server;
let browser: Browser;
let origin = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/') {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(PAGE);
      return;
    }
    if (!/^\/(packages\/flower\/dist|data)\/[\w.-]+$/.test(path)) {
      response.statusCode = 404;
      response.end();
      return;
    }
    try {
      const body = readFileSync(new URL(`.${path}`, root));
      response.setHeader('content-type', `${TYPES[extname(path)] ?? 'application/octet-stream'}; charset=utf-8`);
      response.end(body);
    } catch {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/**
 * The page printed to an A4 PDF, as text (pdftotext keeps each printed line), and the lines of every name the
 * printed drawing sets (beside its mark or in the key), by item.
 */
async function printed(landscape: boolean): Promise<{ text: string; drawn: Record<string, string[]> }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  try {
    await page.goto(`${origin}/`);
    await page.waitForFunction(
      () =>
        (document.querySelector('fleur-pleine-sante')?.shadowRoot?.querySelectorAll('[part~="item-label"]').length ??
          0) > 60,
      undefined,
      { timeout: 20_000 },
    );
    await page.emulateMedia({ media: 'print' });
    // The element lays out for paper and adds its table on the next frames.
    await page.waitForFunction(
      () =>
        document.querySelector('fleur-pleine-sante')?.shadowRoot?.querySelector('.fleur__print-table table') != null,
      undefined,
      { timeout: 10_000 },
    );
    const drawn = await page.evaluate(() => {
      const names: Record<string, string[]> = {};
      const root = document.querySelector('fleur-pleine-sante')?.shadowRoot;
      for (const label of root?.querySelectorAll('.flower [part~="item-label"][data-for]') ?? [])
        names[label.getAttribute('data-for') ?? ''] = [...label.querySelectorAll('tspan')].map(
          (line) => line.textContent?.trim() ?? '',
        );
      return names;
    });
    const pdf = await page.pdf({ format: 'A4', landscape, printBackground: true });
    const dir = mkdtempSync(join(tmpdir(), 'fleur-print-'));
    writeFileSync(join(dir, 'kit.pdf'), pdf);
    if (process.env.FLEUR_KEEP_PDF)
      writeFileSync(`${process.env.FLEUR_KEEP_PDF}-${landscape ? 'landscape' : 'portrait'}.pdf`, pdf);
    return { text: execFileSync('pdftotext', ['-layout', join(dir, 'kit.pdf'), '-'], { encoding: 'utf8' }), drawn };
  } finally {
    await page.close();
  }
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('printing a page that holds the flower', () => {
  for (const landscape of [false, true])
    it(`on A4 ${landscape ? 'landscape' : 'portrait'}: every offer's name, the legend and the table, no controls`, async () => {
      const { text: raw, drawn } = await printed(landscape);
      const text = flat(raw);
      for (const item of harmonie.items) {
        // The drawing names it by its short title, beside its mark or in the key, every line of it on paper; the
        // table has its title.
        const lines = drawn[item.id] ?? [];
        // Lines join with a space, except after a hyphen a line broke at.
        const name = lines.reduce(
          (text, line) => (text === '' || text.endsWith('-') ? text + line : `${text} ${line}`),
          '',
        );
        expect(name, item.id).toBe(item.shortTitle.fr);
        for (const line of lines) expect(text, item.id).toContain(line);
        expect(text, item.id).toContain(item.title.fr.split(' ').slice(0, 2).join(' '));
      }
      expect(text).toContain('Facteurs économiques');
      expect(text).not.toContain('Rechercher');
      expect(text).not.toContain('Exporter');
    }, 60_000);
});
