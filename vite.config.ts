import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.js';
import { testRoutes } from './tests/helpers/test-routes-plugin.js';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Workspace packages resolve to their sources, so tests and the demo never need a build first. */
export const alias = [
  { find: /^@fleur\/catalogue\/json-schema\.js$/, replacement: source('./packages/catalogue/src/json-schema.ts') },
  { find: /^@fleur\/catalogue$/, replacement: source('./packages/catalogue/src/index.ts') },
  { find: /^@fleur\/flower\/geometry\.js$/, replacement: source('./packages/flower/src/geometry/index.ts') },
  { find: /^@fleur\/flower\/fleur-pleine-sante\.js$/, replacement: source('./packages/flower/src/define.ts') },
  { find: /^@fleur\/flower$/, replacement: source('./packages/flower/src/index.ts') },
];

/** A fresh object per browser project: Vitest rejects two projects sharing one config object. */
function chromium() {
  return playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } });
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.browser.test.ts', '**/node_modules/**'],
        },
      },
      {
        resolve: { alias },
        plugins: [testRoutes()],
        test: {
          name: 'browser',
          include: ['tests/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: chromium(),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
