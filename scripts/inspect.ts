import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
const server = await createServer({ configFile: 'demo/vite.config.ts', logLevel: 'error', server: { port: 0 } });
await server.listen();
const a = server.httpServer?.address();
const port = typeof a === 'object' && a ? a.port : 0;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
page.on('console', (m) => console.log('console:', m.text()));
await page.goto(`http://127.0.0.1:${port}/${process.argv[2] ?? ''}`);
await page.waitForTimeout(2500);
console.log(
  await page.evaluate(
    process.argv[3] ??
      `(() => { const r = document.querySelector('#harmonie').shadowRoot; const d = r.querySelector('.details--empty'); return JSON.stringify({ d: d && d.getBoundingClientRect(), disp: d && getComputedStyle(d).display, body: getComputedStyle(r.querySelector('.fleur__body')).gridTemplateColumns }); })()`,
  ),
);
await browser.close();
await server.close();
