import type { Catalogue } from 'fleur-pleine-sante-catalogue';
import { FLOWER_SVG_CSS } from './flower-svg.styles.js';
import { PAGE_SVG_CSS } from './page-svg.js';
import { petalBaseColor, petalColorClass } from './petal-colors.js';
import { THEME_TOKENS, type ThemeName, type ThemeToken } from './theme.js';

/** Colours a page set through `--fleur-*` custom properties, so an export looks like what the reader sees. */
export interface StaticColors {
  readonly tokens?: Partial<Record<ThemeToken, string>>;
  /** Petal id → colour. */
  readonly petals?: Readonly<Record<string, string>>;
  /** The page's font names (`--fleur-font-family`), tried before {@link STATIC_FONT_FAMILY}. */
  readonly fontFamily?: string;
}

/** Fonts found on most machines that print; the PNG renderer also reads system fonts. */
export const STATIC_FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

/**
 * The font an export carries: `@font-face` rules whose sources are `data:` URLs (never a reference out of the
 * file), for `family`, which then comes first in the drawing's font list. Absent: the export names its fonts only.
 */
export interface StaticFont {
  /** The family the rules declare (quoted in CSS by the caller's rules; a plain name here). */
  readonly family: string;
  /** `@font-face { font-family: …; src: url(data:…) … }` rules, one per weight. */
  readonly faces: string;
}

/** `family` as a CSS string: quotes and backslashes escaped, anything that could end the rule refused. */
export function cssFamilyName(family: string): string {
  // Letters, digits, spaces and a few signs only: no quote, backslash, brace, semicolon, angle bracket or control.
  return `"${family.replace(/[^\p{L}\p{N} _.,'-]/gu, '')}"`;
}

/** Splits CSS text into top-level rules, dropping comments and `@media` blocks (print has no hover or forced colours). */
function topLevelRules(css: string): { selectors: string; body: string }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: { selectors: string; body: string }[] = [];
  let depth = 0;
  let start = 0;
  let selectors = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{') {
      if (depth === 0) {
        selectors = text.slice(start, i).trim();
        start = i + 1;
      }
      depth++;
    } else if (char === '}') {
      depth--;
      if (depth === 0) {
        if (!selectors.startsWith('@')) rules.push({ selectors, body: text.slice(start, i).trim() });
        start = i + 1;
      }
    }
  }
  return rules;
}

/**
 * The drawing's CSS with every custom property resolved to a value, for renderers without `var()` (resvg, print
 * pipelines, slide software): theme tokens substituted, petal colours expanded per petal, interactive states dropped.
 */
export function resolvedFlowerCss(
  catalogue: Catalogue,
  theme: ThemeName,
  overrides: StaticColors = {},
  font?: StaticFont,
  page = false,
): string {
  const tokens: Record<string, string> = { ...THEME_TOKENS[theme], ...overrides.tokens };
  // Tokens become values; what only matters on screen (transitions, cursors, pointer events) is dropped.
  const withTokens = (body: string) =>
    body
      .replace(/var\(--_([\w-]+)\)/g, (match, name: string) => tokens[name as ThemeToken] ?? match)
      .split(';')
      .map((declaration) => declaration.trim())
      .filter((declaration) => declaration !== '' && !/^(transition|cursor|pointer-events)\b/.test(declaration))
      .filter((declaration) => !/var\(--(?!petal-color\))/.test(declaration))
      .map((declaration) => `${declaration};`)
      .join(' ');
  // An embedded font is the one the names were measured with: it comes first and alone; otherwise the page's own
  // font names (`--fleur-font-family`), then the fonts most machines have.
  const first = font ? cssFamilyName(font.family) : overrides.fontFamily;
  const out: string[] = [
    ...(font ? [font.faces] : []),
    `svg { font-family: ${first ? `${first}, ` : ''}${STATIC_FONT_FAMILY}; }`,
  ];
  // A page (title, legend, source) adds its own rules; the drawing alone does not carry them.
  for (const { selectors, body } of topLevelRules(page ? `${FLOWER_SVG_CSS}\n${PAGE_SVG_CSS}` : FLOWER_SVG_CSS)) {
    const kept = selectors
      .split(',')
      .map((selector) => selector.trim())
      .filter((selector) => !selector.includes(':'));
    if (kept.length === 0) continue;
    const resolved = withTokens(body);
    if (!resolved.includes('var(--petal-color)')) {
      out.push(`${kept.join(', ')} { ${resolved} }`);
      continue;
    }
    catalogue.petals.forEach((petal, position) => {
      const color = overrides.petals?.[petal.id] ?? petalBaseColor(petal, position);
      const scope = `.${petalColorClass(position)}`;
      // A mark read under another petal's group carries its own colour class: `.mark.petal-color-i` outranks the group's.
      const scoped = kept.map(
        (selector) =>
          `${scope} ${selector}, ${scope}${selector}, .mark${scope} ${selector}, .badge${scope} ${selector}`,
      );
      out.push(`${scoped.join(', ')} { ${resolved.replaceAll('var(--petal-color)', color)} }`);
    });
  }
  return out.join('\n');
}

/**
 * A standalone SVG document from the drawing's markup (as rendered by Lit, in the browser or through SSR): Lit's
 * comment markers removed, resolved styles and a background added, so it opens the same in a browser, Inkscape,
 * slide software or resvg.
 */
export function staticSvgDocument(
  markup: string,
  catalogue: Catalogue,
  theme: ThemeName,
  overrides: StaticColors = {},
  font?: StaticFont,
): string {
  const clean = markup.replace(/<!--[\s\S]*?-->/g, '').replace(/\s(?:tabindex|aria-pressed)="[^"]*"/g, '');
  const open = clean.indexOf('>', clean.indexOf('<svg'));
  if (open < 0) throw new Error('staticSvgDocument: no <svg> element in the markup');
  const page = /^<svg\b[^>]*\bclass="fleur-page"/.test(clean.trimStart());
  const style = `<style>\n${resolvedFlowerCss(catalogue, theme, overrides, font, page)}\n</style>`;
  const background = `<rect class="flower__background" width="100%" height="100%" fill="${overrides.tokens?.bg ?? THEME_TOKENS[theme].bg}"></rect>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${clean.slice(0, open + 1)}${style}${background}${clean.slice(open + 1)}\n`;
}
