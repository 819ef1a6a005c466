import { existsSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { alias } from '../../vite.config.js';
import { minifyTemplateLiterals } from './minify-template-literals.js';

/** The flower package's build folder: the drop-in sits beside the tsc build, so npm CDNs serve it from the package. */
const outDir = fileURLToPath(new URL('../flower/dist', import.meta.url));

/** The drop-in's own files: the main file and its lazy chunks (`fleur-*.js`), with their source maps. */
const DROP_IN_FILE = /^fleur-[\w.-]+\.js(\.map)?$/;

/**
 * Removes the previous drop-in's files before writing (chunk names carry a hash, so old chunks would otherwise pile
 * up beside the new ones), leaving the tsc build in the same folder alone.
 */
function removePreviousDropIn(): Plugin {
  return {
    name: 'fleur-remove-previous-drop-in',
    apply: 'build',
    buildStart() {
      if (!existsSync(outDir)) return;
      for (const name of readdirSync(outDir, { withFileTypes: true }))
        if (name.isFile() && DROP_IN_FILE.test(name.name)) rmSync(`${outDir}/${name.name}`);
    },
  };
}

/**
 * The drop-in: one self-contained, minified ES module that defines <fleur-pleine-sante>, written to
 * packages/flower/dist/fleur-pleine-sante.js (with its lazy chunks `fleur-*.js` beside it, loaded by relative URLs).
 */
export default defineConfig({
  resolve: { alias },
  plugins: [removePreviousDropIn(), minifyTemplateLiterals()],
  build: {
    outDir,
    // The tsc build of fleur-pleine-sante shares this folder; packages/tools/build.mjs runs tsc first.
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: fileURLToPath(new URL('../../packages/flower/src/define.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'fleur-pleine-sante.js',
    },
    // Licence comments stay (Lit's BSD licence asks for its notice); `@__PURE__` annotations only help bundlers.
    rolldownOptions: {
      // Code the lazy parts share with the main file stays in the main file (which may then export it to them),
      // so the first load is one file and each part one more.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        comments: { legal: true, annotation: false, jsdoc: false },
        chunkFileNames: 'fleur-[name]-[hash].js',
        // V8's explicit compile hint: the main file is compiled whole while it streams in (off the main thread)
        // instead of function by function on first call, which a fresh page's first flower paid for after its
        // catalogue arrived (first mark at 45 items: 226 → 118 ms median here). Every function of the main file
        // runs for the first flower anyway. The lazy chunk stays lazily compiled.
        postBanner: (chunk) => (chunk.isEntry ? '//# allFunctionsCalledOnLoad' : ''),
      },
    },
  },
});
