import { parse, walk } from 'css-tree';
import type { Catalogue } from 'fleur-pleine-sante-catalogue';
import { type DroppedStyle, pageStyles, type StaticColors } from 'fleur-pleine-sante/static.js';
import { cssTreeGrammar } from './css-grammar.js';

/**
 * The `--fleur-*` custom properties a stylesheet declares, in any rule (`:root`, `fleur-pleine-sante`, a class…),
 * the last declaration of each winning, as raw text. css-tree parses the file as a browser would (what it cannot
 * parse is skipped, never an error).
 */
export function fleurCustomProperties(cssText: string): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  const ast = parse(cssText, { parseCustomProperty: false, onParseError: () => undefined });
  walk(ast, {
    visit: 'Declaration',
    enter(node) {
      if (node.property.startsWith('--fleur-') && node.value.type === 'Raw') found.set(node.property, node.value.value);
    },
  });
  return found;
}

/**
 * What `fleur render --css <file>` gives the drawing: the file's colours and font family for `catalogue`, each kept
 * only when css-tree's grammar parses it as such (the policy the element applies to a page's values), and the
 * declarations refused.
 */
export function stylesFromCss(
  cssText: string,
  catalogue: Catalogue,
): StaticColors & { readonly dropped: readonly DroppedStyle[] } {
  const declared = fleurCustomProperties(cssText);
  return pageStyles((property) => declared.get(property) ?? '', catalogue, cssTreeGrammar);
}
