/**
 * The colour tokens of the two themes. Each private `--_name` token reads the public `--fleur-*` custom property
 * first, so a page can retheme the element; these are the fallbacks. Text colours keep ≥ 4.5:1 and the petal
 * colours ≥ 3:1 against the background (checked by tests in both themes).
 */
export const THEME_TOKENS = {
  light: {
    bg: '#ffffff',
    surface: '#f6f4f1',
    text: '#1f1d1a',
    muted: '#5c5750',
    border: '#8a847c',
    heart: '#fff7e6',
    'heart-text': '#6b3d00',
    focus: '#0b57d0',
    accent: '#a1004f',
    'mark-stroke': '#ffffff',
  },
  dark: {
    bg: '#17161a',
    surface: '#232127',
    text: '#f3f1ee',
    muted: '#bdb7ae',
    border: '#8d877f',
    heart: '#3a2e1c',
    'heart-text': '#ffd9a0',
    focus: '#8ab4f8',
    accent: '#ff8fc4',
    'mark-stroke': '#17161a',
  },
} as const;

export type ThemeName = keyof typeof THEME_TOKENS;
export type ThemeToken = keyof (typeof THEME_TOKENS)['light'];

/** The public custom property behind each token. */
export const TOKEN_PROPERTIES: Record<ThemeToken, string> = {
  bg: '--fleur-background',
  surface: '--fleur-surface',
  text: '--fleur-text-color',
  muted: '--fleur-muted-color',
  border: '--fleur-border-color',
  heart: '--fleur-heart-color',
  'heart-text': '--fleur-heart-text-color',
  focus: '--fleur-focus-color',
  accent: '--fleur-accent-color',
  'mark-stroke': '--fleur-mark-stroke',
};

/** `--_bg: var(--fleur-background, #ffffff); …` for one theme, plus its `color-scheme`. */
export function themeDeclarations(theme: ThemeName): string {
  const tokens = THEME_TOKENS[theme];
  const declarations = (Object.keys(tokens) as ThemeToken[]).map(
    (token) => `--_${token}: var(${TOKEN_PROPERTIES[token]}, ${tokens[token]});`,
  );
  return `${declarations.join(' ')} color-scheme: ${theme};`;
}

/** Longest custom-property value an export copies: a colour is short; anything longer is not one. */
const MAX_COLOR_LENGTH = 200;
const HEX_COLOR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
/** A named colour, `transparent`, `currentcolor`: letters only. */
const NAMED_COLOR = /^[a-z]+$/i;
/** Colour functions, with arguments made only of numbers, units, keywords, hex, nested colour functions. */
const COLOR_FUNCTION = /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\([\w\s.,%/+#()-]*\)$/i;
/** Anything that could load a resource, even nested: `url(`, `image(`, `image-set(`, `src(`. */
const LOADS_SOMETHING = /url|image|src/i;
/** A same-document paint server: `url(#gradient)`, the only reference an export may keep. */
const FRAGMENT_REFERENCE = /^url\(\s*(["']?)#[\w.:-]+\1\s*\)$/;

/**
 * A `--fleur-*` value as an export may copy it: a colour (hex, a name, a colour function) or a same-document
 * `url(#id)`, else `undefined`. No `url()` to any other place (`url(/x.svg#p)`, `url(//host/x.svg#p)` would call
 * a server whenever the file is opened: tracking, mixed content), no `@import`, no markup, no escapes. Pure, so the
 * element and the CLI judge the same way.
 */
export function exportableColor(value: string): string | undefined {
  const text = value.trim();
  if (text === '' || text.length > MAX_COLOR_LENGTH) return undefined;
  if (FRAGMENT_REFERENCE.test(text)) return text;
  if (HEX_COLOR.test(text) || NAMED_COLOR.test(text)) return text;
  if (COLOR_FUNCTION.test(text) && !LOADS_SOMETHING.test(text)) return text;
  return undefined;
}
