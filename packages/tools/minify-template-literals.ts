import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

/**
 * Minifies the CSS inside Lit's `css` tagged template literals of our own sources, for the drop-in bundle only: the
 * JavaScript minifier leaves template text as written. Dependencies ship already built and are left alone.
 *
 * `html` and `svg` templates stay exactly as written: Lit identifies a template by a digest of its text, and markup
 * rendered ahead of time (`renderFleurHtml`, which runs the package's own, unminified templates) is adopted only by
 * the same templates. Collapsing their indentation saved 0.3 KB of gzip in all.
 */
export function minifyTemplateLiterals(): Plugin {
  return {
    name: 'fleur:minify-template-literals',
    apply: 'build',
    async transform(code, id) {
      if (!/\/packages\/[^/]+\/src\/.*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id, html: false });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
