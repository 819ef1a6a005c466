import { fileURLToPath } from 'node:url';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Workspace packages resolve to their sources, so tests, the demo and Storybook never need a build first.
 * Kept free of side effects (vite.config.ts re-exports it): Storybook's main.ts imports it, and importing
 * vite.config.ts from there would start the Storybook Vitest plugin a second time inside a Vitest run.
 */
export const alias = [
  {
    find: /^fleur-pleine-sante-catalogue\/json-schema\.js$/,
    replacement: source('../../packages/catalogue/src/json-schema.ts'),
  },
  { find: /^fleur-pleine-sante-catalogue$/, replacement: source('../../packages/catalogue/src/index.ts') },
  { find: /^fleur-pleine-sante\/static\.js$/, replacement: source('../../packages/flower/src/static.ts') },
  { find: /^fleur-pleine-sante\/geometry\.js$/, replacement: source('../../packages/flower/src/geometry/index.ts') },
  { find: /^fleur-pleine-sante\/fleur-pleine-sante\.js$/, replacement: source('../../packages/flower/src/define.ts') },
  { find: /^fleur-pleine-sante\/jsx$/, replacement: source('../../packages/flower/src/frameworks/react.ts') },
  { find: /^fleur-pleine-sante\/jsx-preact$/, replacement: source('../../packages/flower/src/frameworks/preact.ts') },
  { find: /^fleur-pleine-sante\/vue$/, replacement: source('../../packages/flower/src/frameworks/vue.ts') },
  { find: /^fleur-pleine-sante\/svelte$/, replacement: source('../../packages/flower/src/frameworks/svelte.ts') },
  { find: /^fleur-pleine-sante$/, replacement: source('../../packages/flower/src/index.ts') },
  { find: /^fleur-pleine-sante-react$/, replacement: source('../../packages/react/src/index.ts') },
];
