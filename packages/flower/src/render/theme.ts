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
