// Dev: render the label grid to PNGs to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { layoutFlower } from 'fleur-pleine-sante/geometry.js';
import { renderStaticSvg } from '../cli/src/static-render.js';
import { GRID_CATALOGUES, PAGE_SHAPES } from '../../tests/fixtures/label-grid.js';
const out = '/tmp/grid';
mkdirSync(out, { recursive: true });
const only = process.argv.slice(2);
for (const { name, catalogue } of GRID_CATALOGUES) {
  if (only.length && !only.some((o) => name.includes(o) || o === '*')) continue;
  for (const shape of PAGE_SHAPES) {
    if (only.length > 1 && !only.includes(shape.name)) continue;
    const t = performance.now();
    const layout = layoutFlower(catalogue, { width: shape.width, height: shape.height, locale: 'fr' });
    const ms = performance.now() - t;
    const svg = renderStaticSvg(catalogue, { width: shape.width, height: shape.height, lang: 'fr', theme: 'light' });
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: shape.width }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
    writeFileSync(`${out}/${name}-${shape.name}.png`, png);
    const badged = layout.badges.reduce((s, b) => s + b.count, 0);
    console.log(`${name.padEnd(22)} ${shape.name.padEnd(13)} marks ${String(layout.marks.length).padStart(3)} beside ${String(layout.labels.length).padStart(3)} key ${String(layout.key?.entries.length ?? 0).padStart(3)} badged ${String(badged).padStart(3)} r ${layout.radius.toFixed(0).padStart(4)} ${ms.toFixed(1)}ms`);
  }
}
