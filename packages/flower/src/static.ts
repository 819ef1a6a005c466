/**
 * What a static renderer (the CLI, a server) needs to draw the flower without a browser: the pure
 * layout, the Lit SVG template and the document wrapper, and the element rendered ahead of time with a declarative
 * shadow root (`renderFleurHtml`). Node only.
 */
export * from './geometry/index.js';
export { messagesFor } from './i18n/all-messages.js';
export type { Messages } from './i18n/index.js';
export { indexCatalogue, type CatalogueIndex } from './model/lookup.js';
export { type ReadingContext, type TextContext, textContext } from './model/item-text.js';
export { renderFlower, type FlowerSvgView } from './render/flower-svg.js';
export { resolvedFlowerCss, STATIC_FONT_FAMILY, staticSvgDocument } from './render/static-svg.js';
export { THEME_TOKENS, type ThemeName } from './render/theme.js';
export { type StaticFont, cssFamilyName } from './render/static-svg.js';
export { renderPage, type PageSvgView } from './render/page-svg.js';
export {
  layoutPage,
  type LegendSymbol,
  type PageLayout,
  type PageLegendEntry,
  type PageOptions,
  type PageTexts,
} from './page/page-layout.js';
export { pageTexts } from './page/page-texts.js';
export {
  PAGE_PRESET_DECLARATIONS,
  PAGE_PRESETS,
  type PagePreset,
  POINTS_PER_PIXEL,
  PRINT_PAGE_PRESET,
} from './page/page-presets.js';
export { renderFleurHtml, type StaticHtmlOptions } from './render/static-html.js';
export { CSS_VALUE_KINDS, type CssValueGrammar, type CssValueKind, exportableValue } from './render/css-values.js';
export { type DroppedStyle, FONT_FAMILY_PROPERTY, pageStyles } from './render/page-styles.js';
export type { StaticColors } from './render/static-svg.js';
