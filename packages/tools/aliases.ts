import { fileURLToPath } from 'node:url';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Workspace packages resolve to their sources, so tests, the demo and Storybook never need a build first.
 * Kept free of side effects (vite.config.ts re-exports it): Storybook's main.ts imports it, and importing
 * vite.config.ts from there would start the Storybook Vitest plugin a second time inside a Vitest run.
 */
export const alias = [
  { find: /^@fleur\/catalogue\/json-schema\.js$/, replacement: source('../../packages/catalogue/src/json-schema.ts') },
  { find: /^@fleur\/catalogue$/, replacement: source('../../packages/catalogue/src/index.ts') },
  { find: /^@fleur\/flower\/static\.js$/, replacement: source('../../packages/flower/src/static.ts') },
  { find: /^@fleur\/flower\/geometry\.js$/, replacement: source('../../packages/flower/src/geometry/index.ts') },
  { find: /^@fleur\/flower\/fleur-pleine-sante\.js$/, replacement: source('../../packages/flower/src/define.ts') },
  { find: /^@fleur\/flower\/jsx$/, replacement: source('../../packages/flower/src/jsx.ts') },
  { find: /^@fleur\/flower\/jsx-preact$/, replacement: source('../../packages/flower/src/jsx-preact.ts') },
  { find: /^@fleur\/flower$/, replacement: source('../../packages/flower/src/index.ts') },
  { find: /^@fleur\/react$/, replacement: source('../../packages/react/src/index.ts') },
];
