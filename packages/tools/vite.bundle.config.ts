import { existsSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { alias } from '../../vite.config.js';
import { minifyTemplateLiterals } from './minify-template-literals.js';

/** The flower package's build folder: the drop-in sits beside the tsc build, so npm CDNs serve it from the package. */
const outDir = fileURLToPath(new URL('../flower/dist', import.meta.url));

/** The element's class, whose name the minifier keeps. */
const ELEMENT_CLASS_NAME = 'FleurPleineSante';

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

/** lit-html's creation of its Trusted Types policy, as its published build writes it. */
const LIT_POLICY_CREATION = /(\w+)\.createPolicy\("lit-html",(\{createHTML:\w+=>\w+\})\)/;

/**
 * On a page whose Content-Security-Policy allows no Trusted Types policy for Lit (`trusted-types 'none'`),
 * lit-html's `createPolicy('lit-html')` throws while the module evaluates, so the whole drop-in fails to load with
 * an uncaught error and the element never exists. The drop-in carries its own lit, so it may guard that one call:
 * without a policy, Lit goes on (a page that does not also require Trusted Types draws as usual), and the element
 * shows a plain-text notice where templates are refused. The build fails if lit-html changes that call.
 */
function guardLitPolicy(): Plugin {
  return {
    name: 'fleur:guard-lit-policy',
    apply: 'build',
    transform(code, id) {
      if (!/\/node_modules\/lit-html\/lit-html\.js$/.test(id)) return null;
      if (!LIT_POLICY_CREATION.test(code))
        this.error('lit-html no longer creates its policy as expected: update guardLitPolicy');
      return code.replace(LIT_POLICY_CREATION, '(()=>{try{return $1.createPolicy("lit-html",$2)}catch{}})()');
    },
  };
}

/**
 * The drop-in: one self-contained, minified ES module that defines <fleur-pleine-sante>, written to
 * packages/flower/dist/fleur-pleine-sante.js (with its lazy chunks `fleur-*.js` beside it, loaded by relative URLs).
 */
export default defineConfig({
  resolve: { alias },
  plugins: [removePreviousDropIn(), guardLitPolicy(), minifyTemplateLiterals()],
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
        // The element's class keeps its name (`customElements.get('fleur-pleine-sante').name`, stack traces, the
        // console): a page author debugging the drop-in sees FleurPleineSante, not `$`. Every other name is mangled.
        minify: { compress: true, codegen: true, mangle: { reserved: [ELEMENT_CLASS_NAME] } },
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
