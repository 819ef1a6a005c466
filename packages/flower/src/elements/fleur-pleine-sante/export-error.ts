/**
 * Why an export failed, in the reader's language: `toSVG()` and `toPNG()` reject with it (the export's chunk could
 * not be loaded; a page forbidding `img-src data:` for PNG) and the export buttons show it. In the main file, so an
 * export can say so even when its chunk is missing.
 */
export class ExportImageError extends Error {
  override readonly name = 'ExportImageError';
}
