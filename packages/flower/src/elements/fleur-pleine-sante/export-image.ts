import type { Catalogue } from '@fleur/catalogue';
import { render, type SVGTemplateResult } from 'lit';
import { petalColorProperty } from '../../render/petal-colors.js';
import { type StaticColors, staticSvgDocument } from '../../render/static-svg.js';
import { type ThemeName, type ThemeToken, TOKEN_PROPERTIES } from '../../render/theme.js';

/** The `--fleur-*` colours the page set on (or above) the element, read once for an export. */
export function pageColors(host: Element, catalogue: Catalogue): StaticColors {
  const style = getComputedStyle(host);
  // Only plain colour syntax reaches the exported <style>: a page cannot smuggle markup through a custom property.
  const read = (property: string) => {
    const value = style.getPropertyValue(property).trim();
    return /^[#\w\s(),.%/-]+$/.test(value) ? value : '';
  };
  const tokens: Partial<Record<ThemeToken, string>> = {};
  for (const [token, property] of Object.entries(TOKEN_PROPERTIES) as [ThemeToken, string][]) {
    const value = read(property);
    if (value) tokens[token] = value;
  }
  const petals: Record<string, string> = {};
  for (const petal of catalogue.petals) {
    const value = read(petalColorProperty(petal.id));
    if (value) petals[petal.id] = value;
  }
  return { tokens, petals };
}

/** The drawing as a standalone SVG document: rendered by Lit into a detached node, then made self-contained. */
export function svgDocument(
  template: SVGTemplateResult,
  catalogue: Catalogue,
  theme: ThemeName,
  colors: StaticColors,
): string {
  const container = document.createElement('div');
  render(template, container);
  return staticSvgDocument(container.innerHTML, catalogue, theme, colors);
}

/** Rasterises an SVG document at `scale` (2 for slides and print). Needs `img-src blob:` under a strict CSP. */
export async function pngFromSvg(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The export buttons: the element's `toSVG()` or `toPNG()` offered as a file named after the catalogue. */
export async function downloadExport(
  element: { toSVG(): string | undefined; toPNG(): Promise<Blob | undefined> },
  name: string,
  format: 'svg' | 'png',
): Promise<void> {
  const svgText = format === 'svg' ? element.toSVG() : undefined;
  const data = svgText
    ? new Blob([svgText], { type: 'image/svg+xml' })
    : format === 'png'
      ? await element.toPNG()
      : undefined;
  if (data) download(data, `${name}.${format}`);
}

/** Offers a file to the reader (a temporary link with `download`). */
function download(data: Blob, fileName: string): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
