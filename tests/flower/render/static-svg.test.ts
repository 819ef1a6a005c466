import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Catalogue, parseCatalogue } from '@fleur/catalogue';
import { describe, expect, it } from 'vitest';
import { renderStaticSvg } from '../../../packages/cli/src/static-render.js';
import { syntheticCatalogue } from '../../fixtures/synthetic-catalogue.js';
import { minimalCatalogue } from '../../helpers/fixture.js';
import { expectSvgSnapshot } from '../../helpers/svg-snapshot.js';

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

/** Named picture fixtures, each committed under output/ and browsable there. */
const FIXTURES = {
  'harmonie-desktop-fr': () =>
    renderStaticSvg(catalogueFrom('../../../data/harmonie-mutuelle-2023.json'), {
      width: 1200,
      height: 900,
      lang: 'fr',
      theme: 'light',
    }),
  'harmonie-phone-en': () =>
    renderStaticSvg(catalogueFrom('../../../data/harmonie-mutuelle-2023.json'), {
      width: 360,
      height: 468,
      lang: 'en',
      theme: 'light',
    }),
  'harmonie-social-zoom-dark': () =>
    renderStaticSvg(catalogueFrom('../../../data/harmonie-mutuelle-2023.json'), {
      width: 800,
      height: 800,
      lang: 'fr',
      theme: 'dark',
      petal: 'social',
    }),
  'dahlgren-whitehead-5-petals': () =>
    renderStaticSvg(catalogueFrom('../../fixtures/dahlgren-whitehead.json'), {
      width: 800,
      height: 800,
      lang: 'en',
      theme: 'light',
    }),
  'dense-500': () =>
    renderStaticSvg(valid(syntheticCatalogue({ items: 500, petals: 4 })), {
      width: 800,
      height: 800,
      lang: 'fr',
      theme: 'light',
    }),
  'minimal-empty': () =>
    renderStaticSvg(valid({ ...minimalCatalogue(), items: [] }), {
      width: 600,
      height: 500,
      lang: 'fr',
      theme: 'light',
    }),
} as const;

describe('renderStaticSvg (CLI and print)', () => {
  it.each(Object.keys(FIXTURES) as (keyof typeof FIXTURES)[])('draws %s as committed in output/', (name) => {
    expectSvgSnapshot(FIXTURES[name](), here(`./output/${name}.svg`));
  });

  it('is a standalone document: resolved colours, no var(), no Lit markers, no interactive attributes', () => {
    const svg = FIXTURES['harmonie-desktop-fr']();
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).not.toMatch(/var\(--/);
    expect(svg).not.toContain('<!--');
    expect(svg).not.toContain('tabindex');
    expect(svg).toContain('fill: #B7791F');
    expect(
      (svg.match(/data-id="/g) ?? []).length +
        (svg.match(/data-item-ids="[^"]+"/g) ?? []).join(' ').split(/[\s"]+/).length,
    ).toBeGreaterThan(73);
  });

  it('escapes user text: markup in titles stays text', () => {
    const catalogue = minimalCatalogue();
    catalogue.items[0]!.title = '<script>alert(1)</script>';
    const svg = renderStaticSvg(valid(catalogue), { width: 600, height: 500, lang: 'fr', theme: 'light' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});
