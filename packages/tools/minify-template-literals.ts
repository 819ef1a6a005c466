import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

/**
 * Minifies the CSS (`css`) and markup (`html`, `svg`) inside Lit's tagged template literals of our own sources, for
 * the drop-in bundle only: the JavaScript minifier leaves template text as written, indentation included.
 * Dependencies ship already built and are left alone.
 */
export function minifyTemplateLiterals(): Plugin {
  return {
    name: 'fleur:minify-template-literals',
    apply: 'build',
    async transform(code, id) {
      if (!/\/packages\/[^/]+\/src\/.*\.ts$/.test(id) || !/\b(?:css|html|svg)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id, html: false });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
