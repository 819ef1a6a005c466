// Module paths in the manifest name the files a user imports: the analyzer reads `src/**/*.ts`, the package ships what
// tsc writes from them (tsconfig.build.json: `rootDir` src → `outDir` dist, same folders, `.js`).
import { relative, sep } from 'node:path';
import { PACKAGE_DIR, readConfig } from './typescript-program.mjs';

function folders() {
  const { options } = readConfig('tsconfig.build.json');
  const toPackagePath = (path) => relative(PACKAGE_DIR, path).split(sep).join('/');
  return { rootDir: toPackagePath(options.rootDir), outDir: toPackagePath(options.outDir) };
}

/**
 * `src/define.ts` or `/src/elements/x.js` → `dist/define.js`, `dist/elements/x.js`; any other path (a relative
 * re-export such as `./render-table.js`, already right beside the built file) is returned as it is.
 */
export function builtPath(path, { rootDir, outDir } = folders()) {
  const match = new RegExp(`^/?${rootDir}/(.+)\\.(?:ts|js)$`).exec(path);
  return match ? `${outDir}/${match[1]}.js` : path;
}

function rewrite(node, dirs) {
  if (Array.isArray(node)) for (const child of node) rewrite(child, dirs);
  else if (typeof node === 'object' && node !== null)
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = builtPath(value, dirs);
      else rewrite(value, dirs);
    }
}

/** Rewrites every module `path` and reference `module` of the manifest to the built file. */
export function distModulePathsPlugin() {
  return {
    name: 'fleur-dist-module-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules, folders());
    },
  };
}
