import { fileURLToPath } from 'node:url';
import storybookTest from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { alias } from './packages/tools/aliases.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './packages/tools/chromium.js';
import type { EmulatedMedia } from './stories/.storybook/test-hooks.js';
import { fleurRender } from './tests/helpers/fleur-render-command.js';
import { heapAfterGc, memoryAfterGc, throttleCpu } from './tests/helpers/heap-command.js';
import { testRoutes } from './tests/helpers/test-routes-plugin.js';

/** Workspace packages resolve to their sources, so tests and the demo never need a build first. */
export { alias };

/**
 * Browser-mode options on Debian's Chromium, built fresh for each project: Vitest rejects two projects sharing
 * one provider object.
 */
function chromiumBrowser(extra: { commands?: Record<string, BrowserCommand<never[]>> } = {}) {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
    ...extra,
  };
}

/** `commands.emulateMedia(media)` for stories with `parameters.media` (forced colours, reduced motion); `null` resets. */
const emulateMedia: BrowserCommand<[media: EmulatedMedia]> = async (context, media) => {
  await context.page.emulateMedia(media);
};

/** Browser tests whose assertion is a measurement of the page, which other files running beside them would skew. */
const MEASURED_ALONE = [
  'tests/flower/elements/mount-soak.browser.test.ts',
  'tests/flower/elements/many-flowers.browser.test.ts',
];

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
          setupFiles: ['tests/helpers/property-seed.ts'],
        },
      },
      {
        resolve: { alias },
        plugins: [testRoutes()],
        test: {
          name: 'browser',
          include: ['tests/**/*.browser.test.ts', 'tests/**/*.browser.test.tsx'],
          exclude: [...MEASURED_ALONE, '**/node_modules/**'],
          browser: chromiumBrowser({ commands: { fleurRender } }),
        },
      },
      {
        resolve: { alias },
        plugins: [testRoutes()],
        test: {
          // Tests that measure the page (its heap after GC, its longest task): the test files of a browser project
          // share one renderer, so these run after every other project, one file at a time.
          name: 'browser-alone',
          include: [...MEASURED_ALONE],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          browser: chromiumBrowser({ commands: { heapAfterGc, memoryAfterGc, throttleCpu, emulateMedia } }),
        },
      },
      {
        // Every story in stories/ is a test: it renders, runs its play function, then axe (a11y: { test: 'error' }).
        plugins: [storybookTest({ configDir: 'stories/.storybook' })],
        test: {
          name: 'storybook',
          // Absolute: the Storybook plugin sets this project's root to stories/.
          setupFiles: [fileURLToPath(new URL('./stories/.storybook/vitest.setup.ts', import.meta.url))],
          browser: chromiumBrowser({ commands: { emulateMedia } }),
        },
      },
    ],
  },
});
