/**
 * What the first flower says (drawing, tooltip, announcements, status): in the drop-in's main file. Counts are
 * functions so each language can pluralise.
 */
export interface DrawingMessages {
  readonly heart: string;
  readonly flowerRole: string;
  readonly loading: string;
  readonly empty: string;
  readonly noMatch: string;
  readonly errorTitle: string;
  readonly errorKeptPrevious: string;
  readonly flowerLabel: (title: string) => string;
  readonly summary: (items: number, petals: number, petalNames: string) => string;
  readonly itemCount: (shown: number, total: number) => string;
  readonly petalItemCount: (count: number) => string;
  readonly badgeLabel: (count: number, factor: string) => string;
  readonly itemDescription: (kind: string, factors: string) => string;
  readonly keyboardHelp: string;
  readonly tooltipHint: string;
  readonly detailsHint: string;
  readonly kind: string;
  readonly audiences: string;
  readonly objectives: string;
  readonly zoomInto: (petal: string) => string;
  readonly zoomed: (petal: string) => string;
  readonly unzoomed: string;
  readonly selectedAnnouncement: (title: string) => string;
  readonly cleared: string;
  /** Where the controls would be, when their chunk could not be loaded. */
  readonly partsUnavailable: string;
  /** The button that asks for that chunk again. */
  readonly retry: string;
  /** Why `toSVG()` / `toPNG()` reject when the export's chunk could not be loaded. */
  readonly exportUnavailable: string;
  /** The plain-text notice shown when the page's Trusted Types policy refuses Lit's policy (`trusted-types 'none'`). */
  readonly renderBlocked: (policy: string) => string;
}

/**
 * What the parts loaded after the first flower say (controls, legend, details, table, badge lists, export): they
 * come with the reading parts' chunk.
 */
export interface ReadingMessages {
  /** Heading of the list a badge opens. */
  readonly badgeListTitle: (count: number, factor: string) => string;
  readonly close: string;
  readonly factors: string;
  readonly petals: string;
  readonly figures: string;
  readonly links: string;
  /** Heading of where the report states an item (its `source`). */
  readonly source: string;
  /** Before the works a zoomed petal is drawn from. */
  readonly basedOn: string;
  readonly year: string;
  readonly region: string;
  readonly externalLink: string;
  readonly breadcrumb: string;
  readonly back: string;
  readonly filters: string;
  readonly search: string;
  readonly searchPlaceholder: string;
  readonly factor: string;
  readonly allFactors: string;
  readonly resetFilters: string;
  readonly viewFlower: string;
  readonly viewTable: string;
  readonly crossingKey: string;
  readonly legend: string;
  /** The source line under a page of the kit (an export, a print): where the catalogue's data comes from. */
  readonly sourceLine: (source: string) => string;
  readonly tableCaption: (title: string) => string;
  readonly tableItem: string;
  readonly tableFactor: string;
  readonly exportSvg: string;
  readonly exportPng: string;
  /** The page forbids the image a PNG export draws through (a CSP without `img-src data:`). */
  readonly exportBlocked: string;
  /** The browser could not encode the PNG (out of memory, canvas too large). */
  readonly exportFailed: string;
}

/** Every string the element shows or announces. */
export type Messages = DrawingMessages & ReadingMessages;
