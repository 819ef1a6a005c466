import harmonie from '../../data/harmonie-mutuelle-2023.json' with { type: 'json' };
import { layoutFlower } from 'fleur-pleine-sante/geometry.js';
import { withoutShortTitles } from '../../tests/fixtures/label-grid.js';
const [w, h] = (process.argv[2] ?? '1200x900').split('x').map(Number);
const catalogue = process.argv[3] === 'full' ? withoutShortTitles(harmonie as never) : (harmonie as never);
for (let i = 0; i < 12; i++) {
  const t = performance.now(); const c = process.cpuUsage();
  const l = layoutFlower(catalogue, { width: w!, height: h!, locale: 'fr' });
  console.log(l.labels.length, l.key?.entries.length, l.radius, (performance.now() - t).toFixed(1), "cpu", (process.cpuUsage(c).user / 1000).toFixed(1));
}
