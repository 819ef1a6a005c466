// `npm run label-grid`: the label-quality grid drawn — every catalogue of tests/fixtures/label-grid.ts at every page
// shape (phones, square, A4 both ways, 16:9 slides, desktops) — as PNGs in out/label-grid/, through the CLI's own
// static renderer, to look at. Filter with arguments: `npm run label-grid -- harmonie slide-1080`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { renderStaticSvg } from '../cli/src/static-render.js';
import { GRID_CATALOGUES, PAGE_SHAPES } from '../../tests/fixtures/label-grid.js';

const out = process.env.LABEL_GRID_DIR ?? 'out/label-grid';
mkdirSync(out, { recursive: true });
const filters = process.argv.slice(2);
const wanted = (name: string) => filters.length === 0 || filters.some((filter) => name.includes(filter));
for (const { name, catalogue } of GRID_CATALOGUES)
  for (const shape of PAGE_SHAPES) {
    if (!wanted(name) && !wanted(shape.name)) continue;
    if (filters.length > 1 && !(wanted(name) && wanted(shape.name))) continue;
    const svg = renderStaticSvg(catalogue, { width: shape.width, height: shape.height, lang: 'fr', theme: 'light' });
    const png = new Resvg(svg, {
      fitTo: { mode: 'width', value: shape.width },
      font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    })
      .render()
      .asPng();
    const file = `${out}/${name}-${shape.name}.png`;
    writeFileSync(file, png);
    console.log(file);
  }
