import { readFileSync } from 'node:fs';
import { localized, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { describe, expect, it } from 'vitest';
import { layoutPage, type PageLayout, type PageTexts } from '../../../packages/flower/src/page/page-layout.js';
import { PAGE_PRESET_DECLARATIONS, PAGE_PRESETS } from '../../../packages/flower/src/page/page-presets.js';
import { pageTexts } from '../../../packages/flower/src/page/page-texts.js';
import { messagesFor } from '../../../packages/flower/src/i18n/all-messages.js';
import { indexCatalogue } from '../../../packages/flower/src/model/lookup.js';
import { textContext } from '../../../packages/flower/src/model/item-text.js';

const parsed = parseCatalogue(
  readFileSync(new URL('../../../data/harmonie-mutuelle-2023.json', import.meta.url), 'utf8'),
);
if (!parsed.ok) throw new Error('invalid Harmonie catalogue');
const catalogue = parsed.catalogue;

function texts(lang: string): PageTexts {
  return pageTexts(textContext(catalogue, indexCatalogue(catalogue), lang, messagesFor(lang)));
}

type Box = { x: number; y: number; width: number; height: number };
const inside = (box: Box, page: PageLayout) =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= page.width + 0.01 && box.y + box.height <= page.height + 0.01;
const apart = (a: Box, b: Box) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

/** Every block of the page besides the drawing: title, legend entries (symbol and text), source line. */
function blocks(page: PageLayout): Box[] {
  return [
    ...(page.title ? [page.title.box] : []),
    ...page.legend.flatMap((entry) => [
      { x: entry.x - entry.r, y: entry.y - entry.r, width: 2 * entry.r, height: 2 * entry.r },
      entry.label.box,
    ]),
    ...(page.source ? [page.source.box] : []),
  ];
}

describe('layoutPage(catalogue, texts, {width, height})', () => {
  for (const preset of PAGE_PRESETS)
    it(`on ${preset}: title, drawing, legend and source line inside the page, none over another`, () => {
      const { width, height } = PAGE_PRESET_DECLARATIONS[preset];
      const page = layoutPage(catalogue, texts('fr'), { width, height, locale: 'fr' });
      const drawing = { x: page.drawing.x, y: page.drawing.y, ...page.drawing.layout };
      expect([page.width, page.height]).toEqual([width, height]);
      expect(inside(drawing, page)).toBe(true);
      const all = blocks(page);
      for (const box of all) expect(inside(box, page), JSON.stringify(box)).toBe(true);
      for (const [i, a] of all.entries()) {
        expect(apart(a, drawing), JSON.stringify(a)).toBe(true);
        for (const b of all.slice(i + 1)) expect(apart(a, b), `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(true);
      }
      expect(page.title?.lines.map((line) => line.text).join(' ')).toBe(localized(catalogue.title, 'fr', 'fr'));
      // The source line, whole, with French typography (a narrow no-break space before the colon).
      expect(page.source?.lines.map((line) => line.text).join(' ')).toBe(
        `Source\u202f: ${localized(catalogue.source, 'fr', 'fr')}`,
      );
      expect(page.legend.map((entry) => entry.label.text)).toEqual(texts('fr').legend.map((entry) => entry.text));
      // The flower has at least half the page's height.
      expect(page.drawing.layout.height).toBeGreaterThanOrEqual(height / 2);
    });

  it('speaks the language asked: English words, counts and source', () => {
    const english = texts('en');
    expect(english.title).toBe(localized(catalogue.title, 'en', 'fr'));
    expect(english.source).toBe(`Source: ${localized(catalogue.source, 'en', 'fr')}`);
    expect(english.legend.slice(0, 3).map((entry) => entry.text)).toEqual([
      'Economic factors (26)',
      'Social factors (45)',
      'Environmental factors (29)',
    ]);
  });

  it('on a tiny page keeps half of it for the flower: the legend and source line go first', () => {
    const page = layoutPage(catalogue, texts('fr'), { width: 300, height: 220, locale: 'fr' });
    expect(page.legend).toEqual([]);
    expect(page.source).toBeNull();
    expect(page.drawing.layout.height).toBeGreaterThanOrEqual(110);
  });

  it('is deterministic and carries no source line for a catalogue that names none', () => {
    const none = { ...texts('fr'), source: null };
    const first = layoutPage(catalogue, none, { width: 1200, height: 900, locale: 'fr' });
    expect(first.source).toBeNull();
    expect(layoutPage(catalogue, none, { width: 1200, height: 900, locale: 'fr' })).toEqual(first);
  });
});
