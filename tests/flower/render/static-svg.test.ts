import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Catalogue, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { describe, expect, it } from 'vitest';
import { layoutFlower, messagesFor } from 'fleur-pleine-sante/static.js';
import { renderStaticSvg, type StaticRenderOptions } from '../../../packages/cli/src/static-render.js';
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
    lines.push(`label "${label.lines.map((line) => line.text).join(' ')}" ${x} ${y} ${width} ${height}`);
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
      height: 468,
      lang: 'en',
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

  it('names every item on paper: each Harmonie short title is the text of an item label (what the kit prints)', () => {
    const { catalogue, options } = FIXTURES['harmonie-desktop-fr']();
    const svg = renderStaticSvg(catalogue, options);
    const labels = [...svg.matchAll(/part="item-label"[^>]*>([\s\S]*?)<\/g>/g)].map((match) =>
      [...(match[1] ?? '').matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]).join(' '),
    );
    const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'");
    for (const item of catalogue.items) {
      const short = typeof item.shortTitle === 'object' ? item.shortTitle.fr : item.shortTitle;
      expect(labels.map(decode), item.id).toContain(short);
    }
  });

  it('escapes user text: markup in titles stays text', () => {
    const catalogue = minimalCatalogue();
    catalogue.items[0]!.title = '<script>alert(1)</script>';
    const svg = renderStaticSvg(valid(catalogue), { width: 600, height: 500, lang: 'fr', theme: 'light' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});
