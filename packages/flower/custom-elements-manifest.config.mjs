import { readFileSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { distModulePathsPlugin } from './cem/dist-module-paths.mjs';
import { eventDetailTypesPlugin } from './cem/event-detail-types.mjs';
import { frameworkTypesPlugin } from './cem/framework-types.mjs';
import { literalUnionTypesPlugin } from './cem/literal-union-types.mjs';

const { name: packageName } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * Custom Elements Manifest: compiled from the JSDoc of the element classes (run inside packages/flower), then the
 * editor data generated from it. Plugins of one phase run in order: types are resolved against the sources first,
 * paths rewritten to the built files next, and the editor files written last (the framework types for React, Preact,
 * Vue and Svelte first, from the element's sources as written), from the finished manifest.
 */
export default {
  globs: ['src/elements/**/*.ts', 'src/define.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/render-*.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    // First, while each event is still typed by its class (`FleurSelectEvent`) and paths name the sources.
    frameworkTypesPlugin(),
    literalUnionTypesPlugin(),
    eventDetailTypesPlugin(),
    distModulePathsPlugin(),
    // VS Code: `html.customData` / `css.customData` settings point at these files (see the README).
    customElementVsCodePlugin({
      outdir: '.',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    // JetBrains IDEs find web-types.json through the `web-types` field of package.json; the element's class is
    // imported from the package's main entry.
    customElementJetBrainsPlugin({
      outdir: '.',
      webTypesFileName: 'web-types.json',
      modulePathTemplate: () => packageName,
      hideLogs: true,
    }),
  ],
};
