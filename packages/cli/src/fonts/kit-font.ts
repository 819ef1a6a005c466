import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FontWeight, TextMeasurer } from 'fleur-pleine-sante/static.js';
import * as fontkit from 'fontkit';

/**
 * The kit's font: DejaVu Sans (an open font, from the `dejavu-fonts-ttf` package), in the two weights the drawing
 * sets. The CLI lays out with its metrics and embeds it (SVG, PDF) or hands it to the rasteriser (PNG), so a name
 * laid out to fit still fits on a machine that has never had the font.
 */
export const KIT_FONT_FAMILY = 'Fleur DejaVu Sans';

const FILES: Readonly<Record<FontWeight, string>> = {
  normal: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
};

/** One weight of the kit's font: its file's bytes and the font read from them. */
export interface KitFace {
  readonly weight: FontWeight;
  /** Where the file is (in the installed `dejavu-fonts-ttf` package). */
  readonly path: string;
  readonly bytes: Buffer;
  readonly font: fontkit.Font;
}

export type KitFont = Readonly<Record<FontWeight, KitFace>>;

let loaded: KitFont | undefined;

function face(weight: FontWeight): KitFace {
  const path = createRequire(import.meta.url).resolve(FILES[weight]);
  const bytes = readFileSync(path);
  const font = fontkit.create(bytes);
  if (!('layout' in font)) throw new Error(`${FILES[weight]} is a font collection, not one font`);
  return { weight, path, bytes, font };
}

/** The kit's font, read once per process. */
export function kitFont(): KitFont {
  loaded ??= { normal: face('normal'), bold: face('bold') };
  return loaded;
}

/**
 * A {@link TextMeasurer} from the font files: each string shaped by fontkit (kerning included, as browsers, resvg
 * and PDFKit set it) and its advance width scaled to the size; each string and weight measured once.
 */
export function kitMeasurer(font: KitFont = kitFont()): TextMeasurer {
  const units = new Map<string, number>();
  return (text, size, weight) => {
    const key = `${weight}\u0000${text}`;
    let width = units.get(key);
    if (width === undefined) {
      const { font: face } = font[weight];
      width = face.layout(text).advanceWidth / face.unitsPerEm;
      units.set(key, width);
    }
    return width * size;
  };
}
