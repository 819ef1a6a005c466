import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { alias } from '../../vite.config.js';
import { minifyTemplateLiterals } from './minify-template-literals.js';

/** The drop-in: one self-contained, minified ES module that defines <fleur-pleine-sante>. */
export default defineConfig({
  resolve: { alias },
  plugins: [minifyTemplateLiterals()],
  build: {
    outDir: fileURLToPath(new URL('../../dist', import.meta.url)),
    emptyOutDir: true,
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
      },
    },
  },
});
