/**
 * Named page sizes for the kit's pages: the page's size in CSS pixels (what the layout sees) and on paper in points.
 * A4 is 210 × 297 mm (595.28 × 841.89 pt); a 16:9 slide 13.333 × 7.5 in (960 × 540 pt), the size slide software
 * opens by default. The pixel sizes are denser than 96 per inch (about 1.55 px per point on A4, 1.67 on the slide):
 * at 96 px per inch an A4 landscape page leaves the flower too little room to name every item (Harmonie: 48 of its
 * 73 in a key, 25 only counted in badges); at these sizes A4 landscape and the slide name all 73 on the drawing (55
 * and 57 beside their marks, the rest in the key), A4 portrait 70 (3 counted in badges, listed in its table), set at
 * about 8.4 pt on paper (13 px). `tablePages`: a printed document continues with the table of
 * every item on the following pages (a slide is one picture).
 */
export const PAGE_PRESET_DECLARATIONS = {
  'a4-portrait': { width: 960, height: 1358, points: [595.28, 841.89], tablePages: true },
  'a4-landscape': { width: 1300, height: 919, points: [841.89, 595.28], tablePages: true },
  'slide-16x9': { width: 1600, height: 900, points: [960, 540], tablePages: false },
} as const satisfies Record<
  string,
  { width: number; height: number; points: readonly [number, number]; tablePages: boolean }
>;

export const PAGE_PRESETS = Object.keys(PAGE_PRESET_DECLARATIONS) as PagePreset[];
export type PagePreset = keyof typeof PAGE_PRESET_DECLARATIONS;

/** Points per CSS pixel for a page of an explicit size: 96 px per inch printed at 72 points per inch. */
export const POINTS_PER_PIXEL = 0.75;

/** The page a printed element lays out: the same page `fleur render --page a4-landscape` writes. */
export const PRINT_PAGE_PRESET: PagePreset = 'a4-landscape';
