import harmonie from '../../data/harmonie-mutuelle-2023.json' with { type: 'json' };
import { layoutFlower } from 'fleur-pleine-sante/geometry.js';
const [w, h] = (process.argv[2] ?? '1200x900').split('x').map(Number);
for (let i = 0; i < 6; i++) {
  const t = performance.now();
  const l = layoutFlower(harmonie as never, { width: w!, height: h!, locale: 'fr' });
  console.log(l.labels.length, l.key?.entries.length, l.radius, (performance.now() - t).toFixed(1));
}
