import { layoutFlower } from 'fleur-pleine-sante/geometry.js';
import { GRID_CATALOGUES } from '../../tests/fixtures/label-grid.js';
const [name, size] = process.argv.slice(2);
const [w, h] = size!.split('x').map(Number);
const catalogue = GRID_CATALOGUES.find((c) => c.name === name)!.catalogue;
(globalThis as { __debugKeys?: boolean }).__debugKeys = true;
const l = layoutFlower(catalogue, { width: w!, height: h!, locale: 'fr' });
console.log(l.marks.length, l.labels.length, l.key?.entries.length, l.radius);
