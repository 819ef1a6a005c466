import { PDF_FONTS } from './page-pdf.js';

/** The table of every item, by petal then factor, in the reader's language (what the element prints under it). */
export interface ItemTable {
  readonly caption: string;
  /** Column headings: factor, item, kind, audiences. */
  readonly headings: readonly [string, string, string, string];
  readonly groups: readonly {
    readonly heading: string;
    readonly rows: readonly (readonly [string, string, string, string])[];
  }[];
}

/** Share of the text width each column takes. */
const COLUMNS = [0.22, 0.42, 0.14, 0.22] as const;
const MARGIN = 48;
const SIZE = 9;
const PADDING = 3;

type Doc = PDFKit.PDFDocument;

/** The columns' text widths on this page. */
function columnWidths(doc: Doc): number[] {
  const width = doc.page.width - 2 * MARGIN;
  return COLUMNS.map((share) => share * width - 2 * PADDING);
}

/** How tall a row of `cells` is. */
function rowHeight(doc: Doc, cells: readonly string[], bold: boolean): number {
  doc.font(bold ? PDF_FONTS.bold : PDF_FONTS.normal).fontSize(SIZE);
  const widths = columnWidths(doc);
  return Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i] }))) + 2 * PADDING;
}

/** Writes one row of cells from `y`; its height. */
function row(doc: Doc, cells: readonly string[], y: number, bold: boolean): number {
  const height = rowHeight(doc, cells, bold);
  const widths = columnWidths(doc);
  let x = MARGIN;
  cells.forEach((cell, i) => {
    doc.text(cell, x + PADDING, y + PADDING, { width: widths[i] });
    x += (widths[i] ?? 0) + 2 * PADDING;
  });
  return height;
}

/** A thin rule under a row. */
function rule(doc: Doc, y: number): void {
  doc
    .moveTo(MARGIN, y)
    .lineTo(doc.page.width - MARGIN, y)
    .lineWidth(0.5)
    .strokeColor('#8a847c')
    .stroke();
}

/** Starts a page with the caption and the column headings; the y where rows start. */
function tablePage(doc: Doc, table: ItemTable): number {
  doc.addPage();
  doc.fillColor('#1f1d1a').font(PDF_FONTS.bold).fontSize(13);
  doc.text(table.caption, MARGIN, MARGIN, { width: doc.page.width - 2 * MARGIN });
  const top = doc.y + 8;
  const height = row(doc, table.headings, top, true);
  rule(doc, top + height);
  return top + height + 2;
}

/**
 * The table on the pages after the drawing, its headings repeated on each page: PDFKit's own text layout (line
 * breaking, the registered font), so every name is text a reader can select and search.
 */
export function writeItemTable(doc: Doc, table: ItemTable): void {
  let y = tablePage(doc, table);
  const bottom = doc.page.height - MARGIN;
  for (const group of table.groups) {
    if (y + 40 > bottom) y = tablePage(doc, table);
    doc.font(PDF_FONTS.bold).fontSize(10).fillColor('#1f1d1a');
    doc.text(group.heading, MARGIN + PADDING, y + 6, { width: doc.page.width - 2 * MARGIN });
    y = doc.y + 4;
    for (const cells of group.rows) {
      if (y + rowHeight(doc, cells, false) > bottom) y = tablePage(doc, table);
      y += row(doc, cells, y, false);
      rule(doc, y);
    }
  }
}
