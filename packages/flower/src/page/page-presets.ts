/**
 * Named page sizes for the kit's pages. A page is laid out in CSS pixels (96 per inch) and printed in points (72
 * per inch): A4 is 210 × 297 mm; a 16:9 slide is 13.333 × 7.5 in, the size slide software opens by default.
 * `tablePages`: a printed document continues with the table of every item on the following pages (a slide is one
 * picture).
 */
export const PAGE_PRESET_DECLARATIONS = {
  'a4-portrait': { width: 794, height: 1123, points: [595.28, 841.89], tablePages: true },
  'a4-landscape': { width: 1123, height: 794, points: [841.89, 595.28], tablePages: true },
  'slide-16x9': { width: 1280, height: 720, points: [960, 540], tablePages: false },
} as const satisfies Record<
  string,
  { width: number; height: number; points: readonly [number, number]; tablePages: boolean }
>;

export const PAGE_PRESETS = Object.keys(PAGE_PRESET_DECLARATIONS) as PagePreset[];
export type PagePreset = keyof typeof PAGE_PRESET_DECLARATIONS;

/** Points per CSS pixel: a page laid out at 96 px per inch is printed at 72 points per inch. */
export const POINTS_PER_PIXEL = 0.75;

/** The page a printed element lays out: the same page `fleur render --page a4-landscape` writes. */
export const PRINT_PAGE_PRESET: PagePreset = 'a4-landscape';
