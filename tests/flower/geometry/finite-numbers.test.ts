import { readFileSync } from 'node:fs';
import { type Catalogue, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { layoutFlower } from 'fleur-pleine-sante/geometry.js';
import { describe, expect, it } from 'vitest';

function load(path: string): Catalogue {
  const result = parseCatalogue(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`invalid ${path}`);
  return result.catalogue;
}

/** Every number of the layout, and every number inside its SVG paths, is finite (browsers drop a path with NaN). */
function nonFinite(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (typeof value === 'string') return /NaN|Infinity/.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((entry, i) => nonFinite(entry, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, entry]) => nonFinite(entry, `${path}.${key}`));
  return [];
}

describe('layoutFlower numbers', () => {
  it.each(['data/harmonie-mutuelle-2023.json', 'tests/fixtures/dahlgren-whitehead.json'])(
    'are finite for %s at every width from 280 to 1600 px, zoomed or not',
    (path) => {
      const catalogue = load(path);
      const problems: string[] = [];
      for (let width = 280; width <= 1600; width += 47)
        for (const height of [Math.round(width * 0.72), Math.round(width * 1.3)])
          for (const petal of [null, catalogue.petals[1]!.id]) {
            const found = nonFinite(layoutFlower(catalogue, { width, height, petal }));
            if (found.length > 0) problems.push(`${width}×${height} ${petal}: ${found[0]}`);
          }
      expect(problems).toEqual([]);
    },
    30_000,
  );
});
