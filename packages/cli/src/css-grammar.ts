import { lexer, parse } from 'css-tree';
import type { CssValueGrammar } from 'fleur-pleine-sante/static.js';

/**
 * css-tree's CSS grammar (from the specifications' value definitions), for the values the CLI's `--css` file gives
 * the drawing: the same judgement as the browser's `CSS.supports` in the element. A value css-tree cannot parse is
 * not one.
 */
export const cssTreeGrammar: CssValueGrammar = (kind, value) => {
  try {
    return lexer.matchProperty(kind, parse(value, { context: 'value' })).matched !== null;
  } catch {
    return false;
  }
};
