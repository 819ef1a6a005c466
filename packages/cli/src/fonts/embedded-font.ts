import type { FontWeight, StaticFont } from 'fleur-pleine-sante/static.js';
import { cssFamilyName } from 'fleur-pleine-sante/static.js';
import subsetFont from 'subset-font';
import { KIT_FONT_FAMILY, type KitFont, kitFont } from './kit-font.js';

/**
 * Characters every embedded subset keeps, whatever the page says, so a name edited in the file later (in an
 * illustration program) still has its glyphs: printable ASCII and Latin-1 (French and English accents, « », the
 * no-break space), Œ œ Ÿ, typographic quotes, dashes, the ellipsis, the euro, the narrow no-break space French
 * sets before « : ; ! ? », the non-breaking hyphen and the ﬀ–ﬄ ligatures.
 */
export const FRENCH_ENGLISH_CHARACTERS = [
  range(0x20, 0x7e),
  range(0xa0, 0xff),
  'ŒœŸ‘’‚“”„‹›–—…•€\u2009\u2011\u202f',
  range(0xfb00, 0xfb04),
].join('');

function range(from: number, to: number): string {
  return String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i));
}

/** A subset of one weight of the kit's font, holding `text`'s characters and {@link FRENCH_ENGLISH_CHARACTERS}. */
export async function fontSubset(text: string, weight: FontWeight, font: KitFont = kitFont()): Promise<Buffer> {
  // TrueType (sfnt), not WOFF2: resvg, PDF readers and every browser read it; WOFF2 only browsers.
  return subsetFont(font[weight].bytes, `${FRENCH_ENGLISH_CHARACTERS}${text}`, { targetFormat: 'sfnt' });
}

/** Both weights of the kit's font, subset to `text`, as the `@font-face` rules of a standalone SVG (data: URLs). */
export async function embeddedKitFont(text: string, font: KitFont = kitFont()): Promise<StaticFont> {
  const weights = ['normal', 'bold'] as const;
  const subsets = await Promise.all(weights.map((weight) => fontSubset(text, weight, font)));
  const faces = weights.map(
    (weight, i) =>
      `@font-face { font-family: ${cssFamilyName(KIT_FONT_FAMILY)}; font-weight: ${weight === 'bold' ? 700 : 400}; src: url(data:font/ttf;base64,${subsets[i]?.toString('base64') ?? ''}) format("truetype"); }`,
  );
  return { family: KIT_FONT_FAMILY, faces: faces.join('\n') };
}
