import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { type KitFont, kitFont } from '../fonts/kit-font.js';
import { inlineStyles, strokeUnderFill } from './inline-styles.js';
import { type ItemTable, writeItemTable } from './item-table.js';

/** The font names registered in each document: every text of the PDF is set in the kit's font. */
export const PDF_FONTS = { normal: 'kit', bold: 'kit-bold' } as const;

export interface PagePdfOptions {
  /** The page size in points. */
  readonly points: readonly [number, number];
  /** The document's title and language (its metadata; readers show the title, screen readers use the language). */
  readonly title: string;
  readonly lang: string;
  /** The table of every item, on the pages after the drawing (A4 documents); none for a slide. */
  readonly table?: ItemTable | undefined;
}

/**
 * A PDF of a page: the page's SVG drawn as vectors by svg-to-pdfkit (no image inside), its text set in the kit's
 * font, which PDFKit embeds as a subset (selectable, searchable text), then the table of items when given. PDFKit's
 * own clock is pinned (creation date) so the same command writes the same file.
 */
export async function pagePdf(svg: string, options: PagePdfOptions, font: KitFont = kitFont()): Promise<Buffer> {
  const [width, height] = options.points;
  const doc = new PDFDocument({
    size: [width, height],
    margin: 0,
    lang: options.lang,
    displayTitle: true,
    info: { Title: options.title, Creator: 'fleur render', CreationDate: new Date(0) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(PDF_FONTS.normal, font.normal.bytes);
  doc.registerFont(PDF_FONTS.bold, font.bold.bytes);
  SVGtoPDF(doc, strokeUnderFill(inlineStyles(svg)), 0, 0, {
    width,
    height,
    preserveAspectRatio: 'xMidYMid meet',
    fontCallback: (_family, bold) => (bold ? PDF_FONTS.bold : PDF_FONTS.normal),
    // Its warnings (CSS it does not read, such as `dominant-baseline` on a group) would reach the terminal raw;
    // what it cannot draw is what the tests of the written file look for.
    warningCallback: () => undefined,
  });
  if (options.table) writeItemTable(doc, options.table);
  doc.end();
  return done;
}
