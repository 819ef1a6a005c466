import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';
import { alias } from '../../packages/tools/aliases.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

// preview.ts imports the Custom Elements Manifest, which is generated (git-ignored). The npm scripts regenerate it
// before every run; this only covers a fresh clone started some other way (`npx storybook dev`, `npx vitest`).
if (!existsSync(`${root}/packages/flower/custom-elements.json`))
  spawnSync('npm', ['run', '--silent', 'manifest'], { cwd: root, stdio: 'inherit' });

/** Configured by hand (the Storybook CLI cannot reach its registry here); run with `-c stories/.storybook`. */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The guides (MDX) first in the sidebar, then the element's stories.
  stories: ['../docs/*.mdx', '../*.stories.ts', '../docs/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, { resolve: { alias } });
  },
};

export default config;
