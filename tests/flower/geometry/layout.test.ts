import { readFileSync } from 'node:fs';
import { type Catalogue, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { type FlowerLayout, layoutFlower, layoutName, LayoutOptionsError, TAU } from 'fleur-pleine-sante/geometry.js';
import { describe, expect, it } from 'vitest';
import { minimalCatalogue } from '../../helpers/fixture.js';
import { seededCatalogue } from '../../helpers/random-catalogue.js';
import { GRID_CATALOGUES, withoutShortTitles } from '../../fixtures/label-grid.js';
import { itemLabelText } from 'fleur-pleine-sante-catalogue';
import {
  labelCollisions,
  namingProblems,
  outOfBounds,
  placementProblems,
  targetProblems,
  unaccountedItems,
} from './layout-invariants.js';

/** A catalogue with `factors[i]` factors on petal i (ids `p<i>-f<j>`) and the given items (id → factor ids). */
function flower(factors: number[], items: Record<string, string[]> = {}): Catalogue {
  return {
    version: 1,
    id: 'test',
    defaultLocale: 'fr',
    title: 'Test',
    petals: factors.map((_, i) => ({ id: `p${i}`, label: { fr: `Pétale ${i}`, en: `Petal ${i}` } })),
    factors: factors.flatMap((n, i) =>
      Array.from({ length: n }, (_, j) => ({ id: `p${i}-f${j}`, petal: `p${i}`, label: `Facteur ${i}.${j}` })),
    ),
    kinds: [
      { id: 'offer', label: 'Offre' },
      { id: 'service', label: 'Service' },
    ],
    audiences: [],
    objectives: [],
    items: Object.entries(items).map(([id, itemFactors], i) => ({
      id,
      kind: i % 2 ? 'service' : 'offer',
      title: id,
      factors: itemFactors,
      audiences: [],
    })),
  };
}

function parsed(input: unknown): Catalogue {
  const result = parseCatalogue(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.catalogue;
}

/** The layout keeps all its promises. */
function expectSound(layout: FlowerLayout, catalogue: Catalogue): void {
  expect(targetProblems(layout)).toEqual([]);
  expect(outOfBounds(layout)).toEqual([]);
  expect(labelCollisions(layout)).toEqual([]);
  expect(unaccountedItems(layout, catalogue)).toEqual([]);
  expect(namingProblems(layout)).toEqual([]);
  expect(placementProblems(layout)).toEqual([]);
}

/** Polar angle of a point around the flower's centre, in the radial convention, in [0, τ). */
function angleOf(layout: FlowerLayout, x: number, y: number): number {
  const a = Math.atan2(x - layout.cx, layout.cy - y);
  return a < 0 ? a + TAU : a;
}

/** Whether `angle` lies clockwise between `start` and `end` (spans may wrap past 12 o'clock). */
function between(angle: number, start: number, end: number): boolean {
  const span = (((end - start) % TAU) + TAU) % TAU;
  const offset = (((angle - start) % TAU) + TAU) % TAU;
  return offset > 0 && offset < span;
}

const harmonie = parsed(
  JSON.parse(readFileSync(new URL('../../../data/harmonie-mutuelle-2023.json', import.meta.url), 'utf8')),
);

describe('layoutFlower on the Harmonie Mutuelle catalogue', () => {
  for (const [width, height] of [
    [1200, 900],
    [800, 800],
    [360, 640],
    [280, 400],
  ] as const) {
    it(`layoutFlower(harmonie, {width: ${width}, height: ${height}}) keeps every promise`, () => {
      const layout = layoutFlower(harmonie, { width, height, locale: 'fr' });
      expectSound(layout, harmonie);
      expect(layout.petals.map((petal) => petal.id)).toEqual(['economic', 'social', 'environmental']);
    });
  }

  for (const locale of ['fr', 'en'] as const)
    it(`layoutFlower(harmonie, 1168 × 841, ${locale}) draws every item as its own mark, most named beside it by its short title, the rest in the key`, () => {
      // The element's drawing in a 1200 px wide page (see drawing-size.ts).
      const layout = layoutFlower(harmonie, { width: 1168, height: 841, locale });
      expect(layout.badges).toEqual([]);
      expect(layout.marks).toHaveLength(harmonie.items.length);
      const keyed = layout.key?.entries ?? [];
      const names = [...layout.labels, ...keyed.map((entry) => entry.label)].map((label) =>
        label.lines.map((line) => line.text).join(' '),
      );
      const expected = harmonie.items.map((item) => itemLabelText(item, locale, 'fr'));
      expect([...names].sort()).toEqual([...expected].sort());
      expect([...layout.labels, ...keyed.map((entry) => entry.label)].every((label) => !label.truncated)).toBe(true);
      expect(layout.labels.length).toBeGreaterThanOrEqual(0.75 * harmonie.items.length);
      expect(layout.numbers.map((number) => number.itemId)).toEqual(keyed.map((entry) => entry.itemId));
    });

  it('layoutFlower(harmonie, phone size) numbers its marks in reading order and names them in a key under the flower', () => {
    const layout = layoutFlower(harmonie, { width: 328, height: 345, maxHeight: 1312, locale: 'fr' });
    expect(layout.labels).toEqual([]);
    expect(layout.marks.length).toBeGreaterThan(0);
    expect(layout.marks.map((mark) => mark.number)).toEqual(layout.marks.map((_, i) => i + 1));
    const key = layout.key;
    if (!key) throw new Error('no key');
    expect(key.entries.map((entry) => entry.itemId)).toEqual(layout.marks.map((mark) => mark.itemId));
    // Under the flower, the drawing grown to hold it, inside its width.
    expect(key.box.y).toBeGreaterThanOrEqual(layout.flowerBox.y + layout.flowerBox.height);
    expect(layout.height).toBeGreaterThan(345);
    expect(key.box.y + key.box.height).toBeLessThanOrEqual(layout.height);
    expect(key.box.x >= 0 && key.box.x + key.box.width <= 328).toBe(true);
    const semi = key.entries.find((entry) => entry.itemId === 'semi-de-paris');
    if (semi) expect(semi.label.lines.map((line) => line.text).join(' ')).toBe('Semi de Paris');
  });

  it('layoutName(layout, id, text) gives the selected item its name beside its mark, none when its number is in the key, and one pointing at its badge when it is in a badge', () => {
    const ring = layoutFlower(harmonie, { width: 1200, height: 900, locale: 'fr' });
    const beside = ring.labels[0];
    if (!beside) throw new Error('no name beside a mark');
    expect(layoutName(ring, beside.itemId, 'x')).toBe(beside);
    const numbered = ring.numbers[0];
    if (numbered) expect(layoutName(ring, numbered.itemId, 'x')).toBeNull();
    const dense = layoutFlower(harmonie, { width: 328, height: 345, maxHeight: 1312, locale: 'fr' });
    const badge = dense.badges.find((candidate) => candidate.id !== 'overflow');
    if (!badge) throw new Error('no badge');
    const name = layoutName(dense, badge.itemIds[0] ?? '', 'Semi de Paris');
    if (name) {
      expect(name.lines.map((line) => line.text).join(' ')).toBe('Semi de Paris');
      const { y, height } = dense.flowerBox;
      expect(name.box.y >= y + height || name.box.y + name.box.height <= y).toBe(true);
      expect(name.box.x >= 0 && name.box.x + name.box.width <= 328).toBe(true);
    }
  });

  for (const petal of ['economic', 'social', 'environmental'])
    it(`layoutFlower(harmonie, 720 × 200, {petal: '${petal}'}) keeps the zoomed petal inside a short, wide drawing`, () => {
      // The two-line heart grows past its share of a small flower: the petal drawn around that heart must still fit
      // (it reached 2.5 px over the top edge before the frame measured the flower with the heart it draws).
      const layout = layoutFlower(harmonie, { width: 720, height: 200, petal, locale: 'fr' });
      expect(layout.zoomedPetal).toBe(petal);
      expectSound(layout, harmonie);
    });

  for (const [width, height] of [
    [1200, 900],
    [1920, 1080],
  ] as const)
    it(`layoutFlower(harmonie without short titles, ${width} × ${height}) names the marks whose names fit beside them, the rest in the key: never all-or-nothing`, () => {
      const fullTitles = withoutShortTitles(harmonie);
      const layout = layoutFlower(fullTitles, { width, height, locale: 'fr' });
      expectSound(layout, fullTitles);
      // Names beside their marks for most of them (none were before: one name too many sent every name to the key)…
      expect(layout.labels.length).toBeGreaterThanOrEqual(0.6 * layout.marks.length);
      expect(layout.key?.entries.length ?? 0).toBe(layout.marks.length - layout.labels.length);
      // …and not at the cost of marks: almost every item is a mark of its own (a key for every mark draws no more).
      expect(layout.marks.length).toBeGreaterThanOrEqual(0.95 * fullTitles.items.length);
    });

  it('layoutFlower(harmonie without short titles, 1280 × 720: a slide) sets its key in the columns its entries fill, widened across the key, so names read whole', () => {
    const fullTitles = withoutShortTitles(harmonie);
    const layout = layoutFlower(fullTitles, { width: 1280, height: 720, locale: 'fr' });
    expectSound(layout, fullTitles);
    const key = layout.key!;
    expect(key.entries.length).toBeGreaterThanOrEqual(70);
    // No empty column at the key's right while names are cut: the last column reaches the key's right edge…
    const right = Math.max(...key.entries.map((entry) => entry.box.x + entry.box.width));
    expect(right).toBeGreaterThan(key.box.x + 0.8 * key.box.width);
    // …and few names are shortened (40 of 71 were, in columns planned for more marks than the flower drew).
    expect(key.entries.filter((entry) => entry.label.truncated).length).toBeLessThanOrEqual(6);
  });

  for (const [width, height, marks] of [
    [360, 640, 20],
    [800, 800, 59],
  ] as const)
    it(`layoutFlower(harmonie, ${width} × ${height}: an export of fixed size) fills the key under the flower down to the drawing's foot, and draws as marks the ${marks} items it names`, () => {
      const layout = layoutFlower(harmonie, { width, height, locale: 'fr' });
      expectSound(layout, harmonie);
      const key = layout.key!;
      // The room left under the key holds no further entry (a line and a gap, plus the padding).
      expect(height - (key.box.y + key.box.height)).toBeLessThan(2 * layout.fontSize * 1.25 + 12);
      expect(layout.marks.length).toBeGreaterThanOrEqual(marks);
      expect(key.entries.length).toBe(layout.marks.length);
    });

  it('layoutFlower(8 petals, 60 items, 1123 × 794: A4 landscape) gives key names cut on one line a second line where the key has room: none is shortened', () => {
    const catalogue = GRID_CATALOGUES.find(({ name }) => name === '8-petals')!.catalogue;
    const layout = layoutFlower(catalogue, { width: 1123, height: 794, locale: 'fr' });
    expectSound(layout, catalogue);
    const entries = layout.key!.entries;
    expect(entries.length).toBeGreaterThanOrEqual(40);
    // 23 of them were cut to one line with half a column empty under them.
    expect(entries.filter((entry) => entry.label.truncated)).toEqual([]);
    expect(entries.some((entry) => entry.label.lines.length === 2)).toBe(true);
  });

  it('layoutFlower(8 petals, 1123 × 794) keeps the heart’s name over the heart’s badge when the heart holds both', () => {
    const catalogue = GRID_CATALOGUES.find(({ name }) => name === '8-petals')!.catalogue;
    const layout = layoutFlower(catalogue, { width: 1123, height: 794, locale: 'fr' });
    expectSound(layout, catalogue);
    const badge = layout.badges.find((candidate) => candidate.id === 'overflow')!;
    const label = layout.heart.label!;
    expect(label.text).toBe('La pleine santé');
    // Under the name, inside the heart, a mark's target in size (it covered the whole heart and its name).
    expect(badge.y - badge.hitRadius).toBeGreaterThanOrEqual(label.box.y + label.box.height);
    expect(Math.hypot(badge.x - layout.cx, badge.y - layout.cy) + badge.r).toBeLessThanOrEqual(layout.heart.r);
    expect(badge.hitRadius).toBe(layout.targetRadius);
  });

  it('layoutFlower(harmonie, {locale}) labels petals in that language', () => {
    const fr = layoutFlower(harmonie, { width: 1200, height: 900, locale: 'fr' });
    const en = layoutFlower(harmonie, { width: 1200, height: 900, locale: 'en', heartLabel: 'full health' });
    expect(fr.petals[0]?.name).toBe('Facteurs économiques');
    expect(en.petals[0]?.name).toBe('Economic factors');
    expect(en.heart.label?.lines.map((line) => line.text).join(' ')).toBe('full health');
  });

  it('layoutFlower(harmonie, 360 × 378, growing for its key) names every petal whole: a long name may reach over its outline, inside the drawing', () => {
    const layout = layoutFlower(harmonie, { width: 360, height: 378, maxHeight: 1440, locale: 'fr' });
    for (const petal of layout.petals) {
      expect(petal.label?.truncated, petal.name).toBe(false);
      expect(petal.label?.lines.map((line) => line.text).join(' ')).toBe(petal.name);
      const box = petal.label!.box;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
    }
    expect(layout.petals.map((petal) => petal.name)).toContain('Facteurs environnementaux');
  });

  it('layoutFlower(harmonie, 304 × 319: a phone) draws a petal whose name fits nowhere by its shortLabel, never cut; its name stays whole', () => {
    const layout = layoutFlower(harmonie, { width: 304, height: 319, maxHeight: 1216, locale: 'fr' });
    const environmental = layout.petals.find((petal) => petal.id === 'environmental')!;
    expect(environmental.label?.truncated).toBe(false);
    expect(environmental.label?.lines.map((line) => line.text).join(' ')).toBe('Environnement');
    // The petal's accessible name (the renderer's group label) is still the full name.
    expect(environmental.name).toBe('Facteurs environnementaux');
    const withoutShortLabels = layoutFlower(
      { ...harmonie, petals: harmonie.petals.map(({ shortLabel: _, ...petal }) => petal) },
      { width: 304, height: 319, maxHeight: 1216, locale: 'fr' },
    );
    expect(withoutShortLabels.petals.find((petal) => petal.id === 'environmental')?.label?.truncated).toBe(true);
  });
});

describe('layoutFlower', () => {
  it('layoutFlower(catalogue, options) is deterministic and plain JSON', () => {
    const catalogue = seededCatalogue(3, { petals: 5, maxFactors: 4, items: 200 });
    const a = layoutFlower(catalogue, { width: 800, height: 800 });
    const b = layoutFlower(structuredClone(catalogue), { width: 800, height: 800 });
    expect(b).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('layoutFlower(3 petals) puts petals clockwise from 12 o’clock, each with its factor sectors in order', () => {
    const catalogue = flower([4, 7, 3]);
    const layout = layoutFlower(catalogue, { width: 800, height: 800 });
    expect(layout.petals).toHaveLength(3);
    expect(layout.petals[0]?.midAngle).toBeCloseTo(0, 6);
    for (const petal of layout.petals) {
      expect(petal.path).toMatch(/^M.*Z$/);
      expect(petal.label).not.toBeNull();
      expect(petal.factors[0]?.startAngle).toBeCloseTo(petal.startAngle, 3);
      expect(petal.factors.at(-1)?.endAngle).toBeCloseTo(petal.endAngle, 3);
      petal.factors.forEach((factor, i) => {
        if (i > 0) expect(factor.startAngle).toBeCloseTo(petal.factors[i - 1]?.endAngle ?? 0, 3);
        expect(factor.path).toMatch(/^M.*Z$/);
      });
    }
    const mids = layout.petals.map((petal) => petal.midAngle);
    expect(mids).toEqual([...mids].sort((a, b) => a - b));
  });

  for (const petals of [2, 5, 8]) {
    it(`layoutFlower(${petals} petals) keeps every promise from phone to desktop`, () => {
      const catalogue = seededCatalogue(petals, { petals, maxFactors: 4, items: 120 });
      for (const [width, height] of [
        [280, 400],
        [360, 640],
        [1200, 900],
      ] as const) {
        const layout = layoutFlower(catalogue, { width, height });
        expect(layout.petals).toHaveLength(petals);
        expectSound(layout, catalogue);
      }
    });
  }

  it('layoutFlower(catalogue without items) draws the petals, their labels and no marks', () => {
    const catalogue = flower([2, 3, 1]);
    const layout = layoutFlower(catalogue, { width: 600, height: 600 });
    expect(layout.marks).toEqual([]);
    expect(layout.badges).toEqual([]);
    expect(layout.petals.every((petal) => petal.label !== null)).toBe(true);
    expectSound(layout, catalogue);
  });

  it('layoutFlower(one item) places its mark in its factor’s sector, between heart and tip', () => {
    const catalogue = flower([3, 3, 3], { only: ['p1-f2'] });
    const layout = layoutFlower(catalogue, { width: 800, height: 800 });
    const [mark] = layout.marks;
    const factor = layout.petals[1]?.factors[2];
    expect(mark?.itemId).toBe('only');
    expect(mark?.factorId).toBe('p1-f2');
    expect(mark?.crossing).toBe(false);
    if (!mark || !factor) return;
    expect(between(angleOf(layout, mark.x, mark.y), factor.startAngle, factor.endAngle)).toBe(true);
    const radius = Math.hypot(mark.x - layout.cx, mark.y - layout.cy);
    expect(radius).toBeGreaterThan(layout.heart.r + mark.r);
    expect(radius).toBeLessThan(layout.radius - mark.r);
  });

  it('layoutFlower(item on two petals) sits between those petals, inside the flower', () => {
    const catalogue = flower([3, 3, 3], { both: ['p0-f2', 'p1-f0'], alone: ['p2-f1'] });
    const layout = layoutFlower(catalogue, { width: 800, height: 800 });
    const mark = layout.marks.find((m) => m.itemId === 'both');
    const [p0, p1] = layout.petals;
    expect(mark?.crossing).toBe(true);
    expect(mark?.factorId).toBeNull();
    expect(mark?.petalIds).toEqual(['p0', 'p1']);
    if (!mark || !p0 || !p1) return;
    const angle = angleOf(layout, mark.x, mark.y);
    expect(between(angle, p0.midAngle, p1.midAngle)).toBe(true);
    // Outside both petals' own spans, in the gap between them, inside the circle of the petals' tips.
    expect(between(angle, p0.endAngle, p1.startAngle)).toBe(true);
    expect(Math.hypot(mark.x - layout.cx, mark.y - layout.cy)).toBeLessThan(layout.radius - mark.hitRadius);
  });

  it('layoutFlower(dense factor) fills its petal with marks, then one count badge holds the rest, dropping none', () => {
    const items = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`dense-${i}`, ['p0-f0']]));
    const catalogue = flower([2, 2], { ...items, light: ['p1-f1'] });
    const layout = layoutFlower(catalogue, { width: 360, height: 640 });
    const badge = layout.badges.find((b) => b.factorId === 'p0-f0');
    expect(badge).toMatchObject({ kind: 'factor', petalId: 'p0' });
    const dense = layout.marks.filter((m) => m.itemId.startsWith('dense-'));
    expect(dense.length).toBeGreaterThan(5);
    expect(dense.every((m) => m.ownerPetalId === 'p0')).toBe(true);
    expect(dense.length + (badge?.count ?? 0)).toBe(150);
    expect(layout.marks.map((m) => m.itemId)).toContain('light');
    expectSound(layout, catalogue);
  });

  it('layoutFlower(5000 items) finishes and accounts for every item', () => {
    const catalogue = seededCatalogue(11, { petals: 3, maxFactors: 6, items: 5000 });
    // Its speed is measured by `npm run bench`, not here.
    const layout = layoutFlower(catalogue, { width: 1200, height: 900 });
    expect(unaccountedItems(layout, catalogue)).toEqual([]);
    expect(targetProblems(layout)).toEqual([]);
    expect(layout.marks.length).toBeGreaterThan(50);
    // Generous: about a second on a quiet machine, several on a CI machine running the browser tests beside it.
  }, 30_000);

  it('layoutFlower(5 petals, 14 items, 600 × 600) draws most items as marks: names around a flower too small for its marks lose to numbers and a key', () => {
    const fivePetals = parsed(
      JSON.parse(readFileSync(new URL('../../fixtures/dahlgren-whitehead.json', import.meta.url), 'utf8')),
    );
    const layout = layoutFlower(fivePetals, { width: 600, height: 600, locale: 'fr' });
    expectSound(layout, fivePetals);
    // Names around the flower had left it 154 px across for 3 marks, 11 items in the heart's badge.
    expect(layout.marks.length).toBeGreaterThanOrEqual(0.8 * fivePetals.items.length);
  });

  it('layoutFlower(catalogue, {petal}) zooms into that petal and draws each of its items large', () => {
    const catalogue = flower([3, 4, 2], { a: ['p1-f0'], b: ['p1-f3', 'p0-f1'], c: ['p0-f0'], d: ['p1-f1', 'p1-f2'] });
    const whole = layoutFlower(catalogue, { width: 800, height: 800 });
    const zoomed = layoutFlower(catalogue, { width: 800, height: 800, petal: 'p1' });
    expect(zoomed.zoomedPetal).toBe('p1');
    expect(zoomed.petals.map((petal) => petal.id)).toEqual(['p1']);
    expect(zoomed.marks.map((m) => m.itemId).sort()).toEqual(['a', 'b', 'd']);
    expect(zoomed.hidden).toEqual([{ itemId: 'c', reason: 'zoom' }]);
    expect(zoomed.markRadius).toBeGreaterThan(whole.markRadius);
    expect(zoomed.radius).toBeGreaterThan(whole.radius);
    expectSound(zoomed, catalogue);
  });

  it('layoutFlower(catalogue, {petal: unknown}) draws the whole flower', () => {
    const layout = layoutFlower(flower([1, 1]), { width: 400, height: 400, petal: 'nope' });
    expect(layout.zoomedPetal).toBeNull();
    expect(layout.petals).toHaveLength(2);
  });

  it('layoutFlower(catalogue, {visibleItems}) leaves filtered items out and says so', () => {
    const catalogue = flower([2, 2], { a: ['p0-f0'], b: ['p1-f1'], c: ['p0-f1', 'p1-f0'] });
    const layout = layoutFlower(catalogue, { width: 600, height: 600, visibleItems: new Set(['a']) });
    expect(layout.marks.map((m) => m.itemId)).toEqual(['a']);
    expect(layout.hidden).toEqual([
      { itemId: 'b', reason: 'filtered' },
      { itemId: 'c', reason: 'filtered' },
    ]);
  });

  it('layoutFlower(catalogue, options) hides items naming no known factor instead of dropping them', () => {
    const catalogue = flower([1, 1], { ghost: ['missing'], real: ['p0-f0'] });
    const layout = layoutFlower(catalogue, { width: 600, height: 600 });
    expect(layout.hidden).toEqual([{ itemId: 'ghost', reason: 'no-factor' }]);
  });

  it('layoutFlower(catalogue, options) gives each mark its kind index and lists marks around the flower', () => {
    const catalogue = parsed(minimalCatalogue());
    const layout = layoutFlower(catalogue, { width: 800, height: 800 });
    expect(Object.fromEntries(layout.marks.map((m) => [m.itemId, m.kindIndex]))).toEqual({
      semi: 0,
      h2s: 1,
      carbone: 0,
    });
    const angles = layout.marks.map(
      (m) => (angleOf(layout, m.x, m.y) - (layout.petals[0]?.startAngle ?? 0) + 2 * TAU) % TAU,
    );
    expect(angles).toEqual([...angles].sort((a, b) => a - b));
  });

  it('layoutFlower(catalogue, options) sets text at 12 px or more (numbers on marks at 11), marks at 7 px or more and targets at 24 px or more', () => {
    const catalogue = seededCatalogue(5, { petals: 6, maxFactors: 5, items: 300 });
    for (const [width, height] of [
      [280, 400],
      [1600, 1000],
    ] as const) {
      const layout = layoutFlower(catalogue, { width, height, fontSize: 9, markRadius: 3 });
      expect(layout.fontSize).toBe(12);
      // Marks holding a number grow to hold it.
      expect(layout.markRadius).toBeGreaterThanOrEqual(7);
      expect(layout.targetRadius).toBeGreaterThanOrEqual(12);
      const labels = [
        ...layout.petals.flatMap((petal) => [petal.label, ...petal.factors.map((factor) => factor.label)]),
        ...layout.labels,
        ...(layout.key?.entries ?? []).flatMap((entry) => [entry.label, entry.numberLabel]),
      ].filter((label) => label !== null);
      // Something is written (a check over no label would pass for nothing), and all of it at 12 px or more.
      expect(labels.length).toBeGreaterThanOrEqual(layout.petals.length);
      for (const label of labels) expect(label.fontSize, label.text).toBeGreaterThanOrEqual(12);
      // Numbers on marks, the smallest text of the drawing: 11 px, readable on screen and at 8 pt on paper.
      for (const number of layout.numbers) expect(number.fontSize).toBeGreaterThanOrEqual(11);
    }
  });

  it('layoutFlower(catalogue, options) wraps labels on at most 3 lines', () => {
    const layout = layoutFlower(harmonie, { width: 1600, height: 1000 });
    const labels = [
      ...layout.petals.flatMap((petal) => [petal.label, ...petal.factors.map((factor) => factor.label)]),
      ...layout.labels,
    ].filter((label) => label !== null);
    expect(labels.length).toBeGreaterThan(harmonie.items.length);
    for (const label of labels) {
      expect(label.lines.length, label.text).toBeGreaterThan(0);
      expect(label.lines.length, label.text).toBeLessThanOrEqual(3);
    }
  });

  it('layoutFlower(catalogue, {width: 0}) throws a LayoutOptionsError naming the option', () => {
    expect(() => layoutFlower(flower([1, 1]), { width: 0, height: 400 })).toThrow(LayoutOptionsError);
    expect(() => layoutFlower(flower([1, 1]), { width: 400, height: Number.NaN })).toThrow(/height/);
  });
});
