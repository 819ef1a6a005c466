import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Catalogue, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { describe, expect, it } from 'vitest';
import { layoutFlower, messagesFor } from 'fleur-pleine-sante/static.js';
import { renderStaticSvg, type StaticRenderOptions } from '../../../packages/cli/src/static-render.js';
import { withoutShortTitles } from '../../fixtures/label-grid.js';
import { syntheticCatalogue } from '../../fixtures/synthetic-catalogue.js';
import { minimalCatalogue } from '../../helpers/fixture.js';
import { expectSvgSnapshot, expectTextSnapshot } from '../../helpers/svg-snapshot.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

function catalogueFrom(path: string): Catalogue {
  const result = parseCatalogue(readFileSync(here(path), 'utf8'));
  if (!result.ok) throw new Error(`invalid fixture ${path}`);
  return result.catalogue;
}

function valid(input: unknown): Catalogue {
  const result = parseCatalogue(input);
  if (!result.ok) throw new Error('invalid fixture');
  return result.catalogue;
}

/** A fixture: a catalogue and how to draw it. */
function spec(catalogue: Catalogue, options: StaticRenderOptions) {
  return { catalogue, options };
}

/**
 * A layout as plain text, one line per mark, badge and name (`mark <id> x y r`, `label "<text>" x y w h`), so that
 * a picture's diff says what moved.
 */
function layoutText({ catalogue, options }: ReturnType<typeof spec>): string {
  const layout = layoutFlower(catalogue, {
    width: options.width,
    height: options.height,
    locale: options.lang,
    petal: options.petal ?? null,
    heartLabel: messagesFor(options.lang).heart,
  });
  const lines = [`flower ${layout.width}x${layout.height} centre ${layout.cx} ${layout.cy} radius ${layout.radius}`];
  for (const mark of layout.marks) lines.push(`mark ${mark.itemId} ${mark.x} ${mark.y} ${mark.r}`);
  for (const badge of layout.badges) lines.push(`badge ${badge.id} ${badge.x} ${badge.y} ${badge.r} ${badge.count}`);
  for (const label of layout.labels) {
    const { x, y, width, height } = label.box;
    const leader = label.leader.map((p) => `${p.x},${p.y}`).join(' ');
    lines.push(
      `label "${label.lines.map((line) => line.text).join(' ')}" ${x} ${y} ${width} ${height} leader ${leader}`,
    );
  }
  for (const number of layout.numbers) lines.push(`number ${number.number} ${number.itemId}`);
  if (layout.key) {
    const { x, y, width, height } = layout.key.box;
    lines.push(`key ${x} ${y} ${width} ${height}`);
    for (const entry of layout.key.entries)
      lines.push(
        `entry ${entry.number} "${entry.label.lines.map((line) => line.text).join(' ')}" ${entry.box.x} ${entry.box.y}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** Named picture fixtures, each committed under output/ (SVG and layout text) and browsable there. */
const FIXTURES = {
  'harmonie-desktop-fr': () =>
    spec(catalogueFrom('../../../data/harmonie-mutuelle-2023.json'), {
      width: 1200,
      height: 900,
      lang: 'fr',
      theme: 'light',
    }),
  'harmonie-phone-en': () =>
    spec(catalogueFrom('../../../data/harmonie-mutuelle-2023.json'), {
      width: 360,
      height: 640,
      lang: 'en',
      theme: 'light',
    }),
  'harmonie-full-titles-slide-fr': () =>
    spec(withoutShortTitles(catalogueFrom('../../../data/harmonie-mutuelle-2023.json')), {
      width: 1920,
      height: 1080,
      lang: 'fr',
      theme: 'light',
    }),
  'harmonie-a4-portrait-fr': () =>
    spec(catalogueFrom('../../../data/harmonie-mutuelle-2023.json'), {
      width: 794,
      height: 1123,
      lang: 'fr',
      theme: 'light',
    }),
  'harmonie-social-zoom-dark': () =>
    spec(catalogueFrom('../../../data/harmonie-mutuelle-2023.json'), {
      width: 800,
      height: 800,
      lang: 'fr',
      theme: 'dark',
      petal: 'social',
    }),
  'dahlgren-whitehead-5-petals': () =>
    spec(catalogueFrom('../../fixtures/dahlgren-whitehead.json'), {
      width: 800,
      height: 800,
      lang: 'en',
      theme: 'light',
    }),
  'dense-500': () =>
    spec(valid(syntheticCatalogue({ items: 500, petals: 4 })), {
      width: 800,
      height: 800,
      lang: 'fr',
      theme: 'light',
    }),
  'minimal-empty': () =>
    spec(valid({ ...minimalCatalogue(), items: [] }), {
      width: 600,
      height: 500,
      lang: 'fr',
      theme: 'light',
    }),
} as const;

describe('renderStaticSvg (CLI and print)', () => {
  it.each(Object.keys(FIXTURES) as (keyof typeof FIXTURES)[])('draws %s as committed in output/', (name) => {
    const fixture = FIXTURES[name]();
    expectSvgSnapshot(renderStaticSvg(fixture.catalogue, fixture.options), here(`./output/${name}.svg`));
    expectTextSnapshot(layoutText(fixture), here(`./output/${name}.layout.txt`));
  });

  it('is a standalone document: resolved colours, no var(), no Lit markers, no interactive attributes', () => {
    const { catalogue, options } = FIXTURES['harmonie-desktop-fr']();
    const svg = renderStaticSvg(catalogue, options);
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).not.toMatch(/var\(--/);
    expect(svg).not.toContain('<!--');
    expect(svg).not.toContain('tabindex');
    expect(svg).toContain('fill: #B7791F');
    expect((svg.match(/data-id="/g) ?? []).length).toBe(73);
  });

  it.each([['harmonie-desktop-fr'], ['harmonie-a4-portrait-fr']] as const)(
    'names every item on paper (%s): each Harmonie short title is the text of an item label, beside its mark or in the key',
    (name) => {
      const { catalogue, options } = FIXTURES[name]();
      const svg = renderStaticSvg(catalogue, options);
      const labels = [
        ...svg.matchAll(/<text[^>]*part="item-label"[^>]*data-for="([^"]*)"[^>]*>([\s\S]*?)<\/text>/g),
      ].map((match) => ({
        id: match[1],
        text: [...(match[2] ?? '').matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]).join(''),
      }));
      const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'");
      const named = new Map(labels.map((label) => [label.id, decode(label.text)]));
      const layout = layoutFlower(catalogue, { width: options.width, height: options.height, locale: 'fr' });
      const badged = new Set(layout.badges.flatMap((badge) => badge.itemIds));
      for (const item of catalogue.items) {
        if (badged.has(item.id)) continue;
        const short = typeof item.shortTitle === 'object' ? item.shortTitle.fr : item.shortTitle;
        expect(named.get(item.id), item.id).toBe(short);
      }
      expect(named.size + badged.size).toBe(catalogue.items.length);
    },
  );

  it('escapes user text: markup in titles stays text', () => {
    const catalogue = minimalCatalogue();
    catalogue.items[0]!.title = '<script>alert(1)</script>';
    const svg = renderStaticSvg(valid(catalogue), { width: 600, height: 500, lang: 'fr', theme: 'light' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});
