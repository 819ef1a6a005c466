import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

/**
 * Minifies the CSS inside Lit's `css` tagged template literals of our own sources, for the drop-in bundle only: the
 * JavaScript minifier leaves template text as written, indentation included. Markup (`html`, `svg`) is left as
 * written: HTML minification collapses whitespace between inline elements and drops empty attributes, which can
 * change what a template renders, for 0.3 KB gzip. Dependencies ship already built and are left alone.
 */
export function minifyTemplateLiterals(): Plugin {
  return {
    name: 'fleur:minify-template-literals',
    apply: 'build',
    async transform(code, id) {
      if (!/\/packages\/[^/]+\/src\/.*\.ts$/.test(id) || !/\bcss`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id, html: false });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
