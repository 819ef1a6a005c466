// `npm run screenshots`: the demo page's flowers at desktop and phone sizes, as PNGs in out/screenshots/, to look at.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const SIZES = [
  { name: 'desktop', width: 1200, height: 900 },
  { name: 'square', width: 800, height: 800 },
  { name: 'phone', width: 360, height: 640 },
];
const out = process.env.SCREENSHOTS_DIR ?? 'out/screenshots';
mkdirSync(out, { recursive: true });

const server = await createServer({
  configFile: 'packages/demo/vite.config.ts',
  logLevel: 'error',
  server: { port: 0 },
});
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === 'object' && address ? address.port : 0;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
// Scenarios are query strings of the demo page (see packages/demo/main.ts), e.g. `selected=semi-de-paris` or `theme=dark`.
const scenarios = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [''];
try {
  for (const size of SIZES) {
    for (const scenario of scenarios) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
      page.on('pageerror', (error) => console.error(`[${size.name}] page error: ${error.message}`));
      await page.goto(`http://127.0.0.1:${port}/?${scenario}`);
      await page.waitForFunction(
        () => (document.querySelector('#harmonie')?.shadowRoot?.querySelectorAll('[data-nav], tbody').length ?? 0) > 2,
        undefined,
        { timeout: 20_000 },
      );
      await page.waitForTimeout(400);
      const element = page.locator('#harmonie');
      const file = `${out}/${scenario.replace(/[^\w-]+/g, '_') || 'default'}-${size.name}.png`;
      await element.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
