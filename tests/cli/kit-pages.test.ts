import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localized, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { PAGE_PRESET_DECLARATIONS, type PagePreset } from 'fleur-pleine-sante/static.js';
import { Resvg } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { FRENCH_ENGLISH_CHARACTERS } from '../../packages/cli/src/fonts/embedded-font.js';
import { kitFont } from '../../packages/cli/src/fonts/kit-font.js';
import { renderStaticPage, visibleText } from '../../packages/cli/src/page/render-page.js';
import { runFleur } from './run-fleur.js';

/*
 * The kit's pages as an author gets them from `fleur render`, read back from the files written: the PDF with
 * poppler (pdffonts, pdfimages, pdfinfo, pdftotext), the SVG with resvg and fontkit.
 */

const HARMONIE = 'data/harmonie-mutuelle-2023.json';
const dir = mkdtempSync(join(tmpdir(), 'fleur-kit-'));
const parsed = parseCatalogue(readFileSync(HARMONIE, 'utf8'));
if (!parsed.ok) throw new Error('the Harmonie catalogue is invalid');
const catalogue = parsed.catalogue;

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
/**
 * White space (line breaks, the narrow no-break space…) as one space, and none after a hyphen: pdftotext breaks
 * lines where the page does, after a hyphen too (« santé-↵environnement »).
 */
const flat = (text: string) => text.replace(/\s+/g, ' ').replace(/- /g, '-');

async function render(out: string, ...args: string[]): Promise<string> {
  const path = join(dir, out);
  const run = await runFleur('render', HARMONIE, '--out', path, ...args);
  expect(run.code, run.stderr).toBe(0);
  return path;
}

/** The names the drawing of a page sets (beside their marks or in the key), line by line. */
function drawnNames(preset: PagePreset, lang: string): string[][] {
  const { width, height } = PAGE_PRESET_DECLARATIONS[preset];
  const { layout } = renderStaticPage(catalogue, { width, height, lang, theme: 'light' }).page.drawing;
  return [...layout.labels, ...(layout.key?.entries.map((entry) => entry.label) ?? [])].map((label) =>
    label.lines.map((line) => line.text),
  );
}

const PDFS = [
  { preset: 'a4-portrait', lang: 'fr', pages: 'several' },
  { preset: 'a4-landscape', lang: 'en', pages: 'several' },
  { preset: 'slide-16x9', lang: 'fr', pages: 'one' },
] as const;

/** Every font of the PDF is embedded (pdffonts: a row per font after two heading lines; "emb" 5th from the end). */
function expectFontsEmbedded(pdf: string): void {
  const fonts = poppler('pdffonts', pdf).trim().split('\n').slice(2);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) expect(font.split(/\s+/).at(-5), font).toBe('yes');
}

/** The PDF's pages have the preset's size; a slide is one page, an A4 document goes on with its table. */
function expectPages(pdf: string, preset: PagePreset, pages: 'one' | 'several'): void {
  const info = poppler('pdfinfo', pdf);
  const [width, height] = PAGE_PRESET_DECLARATIONS[preset].points;
  expect(info).toContain(`Page size:       ${width} x ${height} pts`);
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages === 'one' ? count === 1 : count > 1, `${count} pages`).toBe(true);
}

/** The PDF's text: the title, every line of every drawn name, the source line, and the A4 table's full titles. */
function expectSearchable(pdf: string, preset: PagePreset, lang: 'fr' | 'en', table: boolean): void {
  const text = flat(poppler('pdftotext', '-raw', pdf, '-'));
  expect(text).toContain(flat(localized(catalogue.title, lang, 'fr')));
  for (const lines of drawnNames(preset, lang)) for (const line of lines) expect(text).toContain(line);
  const source = localized(catalogue.source, lang, 'fr');
  expect(text).toContain(flat(lang === 'fr' ? `Source : ${source}` : `Source: ${source}`));
  if (table) for (const item of catalogue.items) expect(text).toContain(flat(localized(item.title, lang, 'fr')));
}

describe('fleur render --out kit.pdf', () => {
  for (const { preset, lang, pages } of PDFS)
    it(`--page ${preset} --lang ${lang}: vector, its fonts embedded, the preset's size, every name and the source searchable`, async () => {
      const pdf = await render(`${preset}-${lang}.pdf`, '--page', preset, '--lang', lang);
      expectFontsEmbedded(pdf);
      // No raster image anywhere: pdfimages lists only its two heading lines.
      expect(poppler('pdfimages', '-list', pdf).trim().split('\n')).toHaveLength(2);
      expectPages(pdf, preset, pages);
      expectSearchable(pdf, preset, lang, pages === 'several');
    }, 120_000);

  it('writes the same file twice (no clock inside)', async () => {
    const first = readFileSync(await render('same-1.pdf', '--page', 'slide-16x9'));
    const second = readFileSync(await render('same-2.pdf', '--page', 'slide-16x9'));
    expect(second.equals(first)).toBe(true);
  }, 120_000);

  it('takes an explicit size in pixels instead of a preset (at 0.75 pt each), and refuses both at once', async () => {
    const pdf = await render('sized.pdf', '--width', '1000', '--height', '700');
    expect(poppler('pdfinfo', pdf)).toContain('Page size:       750 x 525 pts');
    const both = await runFleur(
      'render',
      HARMONIE,
      '--out',
      join(dir, 'both.pdf'),
      '--page',
      'a4-portrait',
      '--width',
      '900',
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--page');
    const unknown = await runFleur(
      'render',
      HARMONIE,
      '--out',
      join(dir, 'letter.pdf'),
      '--page',
      'letter',
      '--lang',
      'en',
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('a4-portrait, a4-landscape or slide-16x9');
  }, 120_000);
});

/** Share of pixels whose colour differs by more than a little antialiasing between two renders of one size. */
function pixelDifference(a: Resvg, b: Resvg): number {
  const first = a.render();
  const second = b.render();
  expect([second.width, second.height]).toEqual([first.width, first.height]);
  const x = first.pixels;
  const y = second.pixels;
  let differing = 0;
  for (let i = 0; i < x.length; i += 4) {
    const delta = Math.max(
      Math.abs((x[i] ?? 0) - (y[i] ?? 0)),
      Math.abs((x[i + 1] ?? 0) - (y[i + 1] ?? 0)),
      Math.abs((x[i + 2] ?? 0) - (y[i + 2] ?? 0)),
    );
    if (delta > 24) differing++;
  }
  return differing / (x.length / 4);
}

/** Resvg with no system font at all: only the font files given. */
const noSystemFonts = (svg: string, fontFiles: string[] = []) =>
  new Resvg(svg, { font: { loadSystemFonts: false, fontFiles } });

/** The normal render: the page naming its font, which the rasteriser is given from the kit's font files. */
const normalRender = (svg: string) => {
  const font = kitFont();
  return new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [font.normal.path, font.bold.path] } });
};

describe('fleur render --out page.svg (self-contained)', () => {
  let system = '';
  beforeAll(async () => {
    system = readFileSync(await render('system.svg', '--page', 'slide-16x9', '--text', 'system'), 'utf8');
  }, 120_000);

  it('--text embed (the default) carries subsets of its font, covering French and English, and nothing outside the file', async () => {
    const svg = readFileSync(await render('embed.svg', '--page', 'slide-16x9'), 'utf8');
    const sources = [...svg.matchAll(/src: url\(data:font\/ttf;base64,([A-Za-z0-9+/=]+)\)/g)].map((m) => m[1] ?? '');
    expect(sources).toHaveLength(2);
    // Closed: no reference out of the file (links, stylesheets, fonts, images).
    expect(svg).not.toMatch(/\bhref=|@import|url\((?!data:)/);
    const visible = visibleText(svg.replace(/<style>[\s\S]*?<\/style>/, ''));
    for (const [i, source] of sources.entries()) {
      const bytes = Buffer.from(source, 'base64');
      const font = fontkit.create(bytes) as fontkit.Font;
      expect(font.familyName).toBe('DejaVu Sans');
      const needed = new Set([...FRENCH_ENGLISH_CHARACTERS, ...'«»’Œœ\u202fﬁﬂéèêàçôûÉ', ...visible.replace(/\s/g, '')]);
      const missing = [...needed].filter((char) => !font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0));
      expect(missing, `subset ${i}`).toEqual([]);
      // A subset, not the whole font (757 KB).
      expect(bytes.length).toBeLessThan(100_000);
    }
  }, 120_000);

  it('--text embed renders with no system font, from the fonts inside the file, as the normal render (< 0.5 % of pixels)', async () => {
    const svg = readFileSync(join(dir, 'embed.svg'), 'utf8');
    const fontFiles = [...svg.matchAll(/base64,([A-Za-z0-9+/=]+)\)/g)].map((match, i) => {
      const path = join(dir, `embedded-${i}.ttf`);
      writeFileSync(path, Buffer.from(match[1] ?? '', 'base64'));
      return path;
    });
    expect(pixelDifference(normalRender(system), noSystemFonts(svg, fontFiles))).toBeLessThan(0.005);
    // The oracle can fail: without the embedded fonts, no text is drawn at all.
    expect(pixelDifference(normalRender(system), noSystemFonts(svg))).toBeGreaterThan(0.005);
  }, 120_000);

  it('--text outline draws every glyph as a path: no text left, and the same picture with no font at all', async () => {
    const svg = readFileSync(await render('outline.svg', '--page', 'slide-16x9', '--text', 'outline'), 'utf8');
    expect(svg).not.toContain('<text');
    expect(pixelDifference(normalRender(system), noSystemFonts(svg))).toBeLessThan(0.005);
  }, 120_000);

  it('--text system names its font only (the smallest file)', async () => {
    expect(system).not.toContain('@font-face');
    expect(system).toContain("font-family: 'DejaVu Sans'");
    expect(system.length).toBeLessThan(readFileSync(join(dir, 'embed.svg'), 'utf8').length);
    const bad = await runFleur('render', HARMONIE, '--out', join(dir, 'x.svg'), '--text', 'bitmap');
    expect(bad.code).toBe(2);
  });
});
