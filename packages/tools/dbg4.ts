import harmonie from '../../data/harmonie-mutuelle-2023.json' with { type: 'json' };
import { layoutFlower } from 'fleur-pleine-sante/geometry.js';
for (const locale of ['fr', 'en']) {
  const l = layoutFlower(harmonie as never, { width: 1168, height: 841, locale });
  console.log(locale, l.radius, l.marks.length, l.labels.length, l.key?.entries.length, l.badges.map((b) => `${b.id}:${b.count}`));
}
