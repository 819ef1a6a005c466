// The label-quality report of `npm run bench` (`npm run bench:labels` alone): for a grid of page shapes and catalogues
// nobody tuned the layout for, how the items are named — beside their marks, in the key, or only in a count badge's
// list — and what the names' leaders do, judged by the tests' own geometry (tests/flower/geometry/layout-invariants.ts),
// not the library's. Times are medians, printed, never asserted.
import { performance } from 'node:perf_hooks';
import { type FlowerLayout, layoutFlower } from '../../flower/src/geometry/index.js';
import { GRID_CATALOGUES, PAGE_SHAPES } from '../../../tests/fixtures/label-grid.js';
import {
  keyProblems,
  labelCollisions,
  leaderCrossings,
  leadersThroughForeignPetals,
  medianLeaderLength,
  outOfBounds,
} from '../../../tests/flower/geometry/layout-invariants.js';

/** One cell of the grid. */
export interface LabelQuality {
  catalogue: string;
  shape: string;
  items: number;
  /** Items drawn as marks. */
  drawn: number;
  beside: number;
  key: number;
  /** Items only in a count badge (named in its list on screen). */
  badges: number;
  crossings: number;
  foreignPetals: number;
  /** Labels overlapping labels or targets, and the key overlapping the flower. */
  overlaps: number;
  outside: number;
  medianLeader: number;
  ms: number;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

function timed(run: () => FlowerLayout, runs: number): { layout: FlowerLayout; ms: number } {
  let layout = run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    layout = run();
    times.push(performance.now() - started);
  }
  return { layout, ms: median(times) };
}

/** The report's rows: every catalogue of the grid at every page shape (French; the generated catalogue in English too). */
export function labelQuality(runs = 5): LabelQuality[] {
  const rows: LabelQuality[] = [];
  const cells = GRID_CATALOGUES.flatMap(({ name, catalogue }) =>
    (name === 'generated-80' ? ['fr', 'en'] : ['fr']).map((locale) => ({ name, catalogue, locale })),
  );
  for (const { name, catalogue, locale } of cells)
    for (const shape of PAGE_SHAPES) {
      const { layout, ms } = timed(
        () => layoutFlower(catalogue, { width: shape.width, height: shape.height, locale }),
        runs,
      );
      rows.push({
        catalogue: locale === 'fr' ? name : `${name} (${locale})`,
        shape: `${shape.name} ${shape.width}×${shape.height}`,
        items: catalogue.items.length,
        drawn: layout.marks.length,
        beside: layout.labels.length,
        key: layout.key?.entries.length ?? 0,
        badges: layout.badges.reduce((sum, badge) => sum + badge.count, 0),
        crossings: leaderCrossings(layout).length,
        foreignPetals: leadersThroughForeignPetals(layout).length,
        overlaps: labelCollisions(layout).length + keyProblems(layout).length,
        outside: outOfBounds(layout).length,
        medianLeader: Math.round(medianLeaderLength(layout)),
        ms,
      });
    }
  return rows;
}

/** The report as a Markdown table. */
export function labelQualityTable(rows: readonly LabelQuality[]): string {
  const header =
    '| catalogue | page | items | drawn | beside | key | badges | crossing leaders | through a foreign petal | overlaps | outside | median leader (px) | layout (ms) |';
  const rule = `|${' --- |'.repeat(13)}`;
  const lines = rows.map(
    (row) =>
      `| ${row.catalogue} | ${row.shape} | ${row.items} | ${row.drawn} | ${row.beside} | ${row.key} | ${row.badges} | ${row.crossings} | ${row.foreignPetals} | ${row.overlaps} | ${row.outside} | ${row.medianLeader} | ${row.ms.toFixed(1)} |`,
  );
  return [header, rule, ...lines].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(labelQualityTable(labelQuality()));
