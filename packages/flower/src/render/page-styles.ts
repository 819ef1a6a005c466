import type { Catalogue } from 'fleur-pleine-sante-catalogue';
import { type CssValueGrammar, exportableValue } from './css-values.js';
import { petalColorProperty } from './petal-colors.js';
import type { StaticColors } from './static-svg.js';
import { type ThemeToken, TOKEN_PROPERTIES } from './theme.js';

/** The custom property of the font family an export may carry. */
export const FONT_FAMILY_PROPERTY = '--fleur-font-family';

/** A `--fleur-*` value an export did not keep, and the kind it should have been. */
export interface DroppedStyle {
  readonly property: string;
  readonly kind: 'color' | 'font-family';
}

/**
 * The `--fleur-*` values an export copies — theme colours, petal colours, the font family — read through `read`
 * (the element's computed style, or the declarations of the CLI's `--css` file) and kept only when
 * {@link exportableValue} accepts them under `grammar`. The maps have no prototype, so a petal id such as
 * `constructor` never reads an inherited value. `dropped` lists what was set but refused.
 */
export function pageStyles(
  read: (property: string) => string,
  catalogue: Catalogue,
  grammar: CssValueGrammar,
): StaticColors & { readonly dropped: readonly DroppedStyle[] } {
  const dropped: DroppedStyle[] = [];
  const keep = (property: string, kind: DroppedStyle['kind']) => {
    const raw = read(property);
    const value = exportableValue(raw, kind, grammar);
    if (value === undefined && raw.trim() !== '') dropped.push({ property, kind });
    return value;
  };
  const tokens: Partial<Record<ThemeToken, string>> = Object.create(null);
  for (const [token, property] of Object.entries(TOKEN_PROPERTIES) as [ThemeToken, string][]) {
    const value = keep(property, 'color');
    if (value) tokens[token] = value;
  }
  const petals: Record<string, string> = Object.create(null);
  for (const petal of catalogue.petals) {
    const value = keep(petalColorProperty(petal.id), 'color');
    if (value) petals[petal.id] = value;
  }
  const fontFamily = keep(FONT_FAMILY_PROPERTY, 'font-family');
  return { tokens, petals, ...(fontFamily ? { fontFamily } : {}), dropped };
}
