import { unsafeCSS } from 'lit';
import { FLOWER_SVG_CSS } from '../../render/flower-svg.styles.js';
import { themeDeclarations } from '../../render/theme.js';

// Our own constants, not user input: safe for unsafeCSS. Kept apart from the element's stylesheet, whose literal the
// drop-in build minifies (the minifier leaves any file calling unsafeCSS alone).

/** The light theme's `--_*` tokens. */
export const lightTokens = unsafeCSS(themeDeclarations('light'));
/** The dark theme's `--_*` tokens. */
export const darkTokens = unsafeCSS(themeDeclarations('dark'));
/** The drawing's rules, shared with the static SVG export. */
export const drawingStyles = unsafeCSS(FLOWER_SVG_CSS);
