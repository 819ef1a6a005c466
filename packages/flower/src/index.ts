export { idList, idListAttribute, keyword, THEMES, type Theme, VIEWS, type View } from './attributes.js';
export { FleurPleineSante } from './elements/fleur-pleine-sante/fleur-pleine-sante.js';
export { ELEMENT_PROPERTIES, type ElementProperty, type FleurPleineSanteProperties } from './element-properties.js';
export { TAG_NAME } from './tag-name.js';
export { ExportImageError } from './elements/fleur-pleine-sante/export-error.js';
export * from './events/index.js';
export { messagesFor } from './i18n/all-messages.js';
export {
  type DrawingMessages,
  drawingMessagesFor,
  type Messages,
  type ReadingMessages,
  UI_LOCALES,
  type UiLocale,
  uiLocale,
} from './i18n/index.js';
export { type Filters, MAX_QUERY_LENGTH, matchingItemIds, NO_FILTERS } from './model/filters.js';
export * from './geometry/index.js';
export {
  contrastRatio,
  MIN_MARK_CONTRAST,
  MIN_TEXT_CONTRAST,
  parseColor,
  relativeLuminance,
} from './model/contrast.js';
export { DEFAULT_PETAL_COLORS, petalColorProperty } from './render/petal-colors.js';
export {
  CSS_VALUE_KINDS,
  type CssValueGrammar,
  type CssValueKind,
  exportableValue,
} from './render/css-values.js';
