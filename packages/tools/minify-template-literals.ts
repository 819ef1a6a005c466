import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

/**
 * Conservative options for markup: runs of whitespace become one space (never none, so inline elements keep their
 * gaps), and nothing else changes what a template renders — empty attributes, quotes, entities and default types
 * stay as written. Indentation is most of what this removes.
 */
const MARKUP = {
  caseSensitive: true,
  collapseWhitespace: true,
  conservativeCollapse: true,
  decodeEntities: false,
  minifyCSS: false,
  minifyJS: false,
  removeAttributeQuotes: false,
  removeComments: false,
  removeEmptyAttributes: false,
  removeDefaultTypeAttributes: false,
  keepClosingSlash: true,
};

/**
 * Minifies the CSS inside Lit's `css` tagged template literals of our own sources, and collapses the indentation of
 * their `html` and `svg` templates (see {@link MARKUP}), for the drop-in bundle only: the JavaScript minifier leaves
 * template text as written. Dependencies ship already built and are left alone.
 */
export function minifyTemplateLiterals(): Plugin {
  return {
    name: 'fleur:minify-template-literals',
    apply: 'build',
    async transform(code, id) {
      if (!/\/packages\/[^/]+\/src\/.*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id, html: MARKUP });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
