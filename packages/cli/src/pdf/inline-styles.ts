import juice from 'juice';

/**
 * `svg` with its `<style>` rules written into each element's `style` attribute (juice, in XML mode): svg-to-pdfkit
 * matches only simple selectors (`.a.b`), while the drawing's rules are descendant selectors (`.petal-color-0
 * .mark__shape`), as CSS cascades them.
 */
export function inlineStyles(svg: string): string {
  return juice(svg, {
    xmlMode: true,
    removeStyleTags: true,
    preserveFontFaces: false,
    preserveMediaQueries: false,
    preserveImportant: false,
    insertPreservedExtraCss: false,
    applyWidthAttributes: false,
    applyHeightAttributes: false,
    applyAttributesTableElements: false,
  });
}

/** A text element whose inlined style asks for its stroke under its fill (`paint-order: stroke …`). */
const STROKE_FIRST_TEXT = /<text\b([^>]*?)\sstyle="([^"]*paint-order:\s*stroke[^"]*)"([^>]*)>([\s\S]*?)<\/text>/g;

/**
 * svg-to-pdfkit ignores `paint-order`, so a mark's number would be drawn under its own halo: each such text is
 * written twice, its halo (stroke only) first, then its glyphs (fill only), as the browser paints it.
 */
export function strokeUnderFill(svg: string): string {
  return svg.replace(
    STROKE_FIRST_TEXT,
    (_, before: string, style: string, after: string, content: string) =>
      `<text${before} style="${style}; fill: none;"${after}>${content}</text>` +
      `<text${before} style="${style}; stroke: none;"${after}>${content}</text>`,
  );
}
