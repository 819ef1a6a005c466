import { afterEach, describe, expect, it } from 'vitest';
import { harmonieCatalogue, mount, settle, unmountAll } from '../../helpers/element.js';

/*
 * The element's exports and print show the kit's page: title, named flower, legend, source line. Its font travels
 * inside an SVG export when the page serves it from a same-origin @font-face, and is named (and said to be)
 * otherwise.
 */

const faces: HTMLStyleElement[] = [];

/** A page stylesheet declaring `family` with its file at `url`. */
function fontFace(family: string, url: string): void {
  const style = document.createElement('style');
  style.textContent = `@font-face { font-family: "${family}"; font-weight: 400; src: url(${url}) format("truetype"); }`;
  document.head.append(style);
  faces.push(style);
}

afterEach(() => {
  unmountAll();
  for (const style of faces.splice(0)) style.remove();
});

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('<fleur-pleine-sante> exports and prints the page of the kit', () => {
  it('toSVG() is the page: title, flower, legend and source line, at the drawing size', async () => {
    const element = await mount('<fleur-pleine-sante lang="en"></fleur-pleine-sante>', { width: 1200 });
    element.catalogue = (await harmonieCatalogue()) as never;
    await settle(element);
    const doc = parse((await element.toSVG())!);
    const root = doc.documentElement;
    const drawing = element.shadowRoot!.querySelector('svg.flower')!;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual([
      drawing.getAttribute('width'),
      drawing.getAttribute('height'),
    ]);
    expect(doc.querySelector('.page__title')?.textContent).toBe('The full-health flower — Harmonie Mutuelle 2023');
    expect(doc.querySelector('.page__source')?.textContent?.replace(/\s+/g, ' ')).toBe(
      'Source: Harmonie Mutuelle’s 2023 mission committee report (Commitment 2: “Measuring the impact of our offers and services on health factors”)',
    );
    expect([...doc.querySelectorAll('.page-legend__text')].map((text) => text.textContent)).toContain(
      'Social factors (45)',
    );
    expect(doc.querySelector('.fleur-page svg.flower')).not.toBeNull();
  });

  it('toSVG() carries the font the element is drawn with when the page serves it from its own origin', async () => {
    fontFace('Kit Sans', '/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
    const element = await mount('<fleur-pleine-sante></fleur-pleine-sante>');
    element.style.setProperty('--fleur-font-family', '"Kit Sans", sans-serif');
    element.catalogue = (await harmonieCatalogue()) as never;
    await settle(element);
    const svg = (await element.toSVG())!;
    const root = parse(svg).documentElement;
    expect(root.getAttribute('data-font')).toBe('embedded');
    expect(root.getAttribute('data-font-family')).toBe('Kit Sans');
    // Inside the file, as a data: URL, and nothing outside it.
    const source =
      /@font-face \{ font-family: "Kit Sans";[^}]*src: url\(data:([\w/.+-]+);base64,([A-Za-z0-9+/=]+)\)/.exec(svg);
    expect(source).not.toBeNull();
    expect(svg).not.toMatch(/url\((?!data:|#)/);
    // The bytes are the font: the browser loads them as one.
    const bytes = Uint8Array.from(atob(source?.[2] ?? ''), (char) => char.charCodeAt(0));
    await expect(new FontFace('Probe', bytes).load()).resolves.toBeDefined();
    expect(svg).toContain('font-family: "Kit Sans", \'DejaVu Sans\'');
  });

  it('toSVG() names a font it cannot read (another origin) and says so, calling no server', async () => {
    fontFace('Far Sans', 'https://fonts.example/far.ttf');
    const element = await mount('<fleur-pleine-sante></fleur-pleine-sante>');
    element.style.setProperty('--fleur-font-family', "'Far Sans', sans-serif");
    element.catalogue = (await harmonieCatalogue()) as never;
    await settle(element);
    // The page itself asks for its font (the browser draws with it); the export adds no request of its own.
    const far = () =>
      performance.getEntriesByType('resource').filter((entry) => entry.name.startsWith('https://fonts.example')).length;
    const before = far();
    const svg = (await element.toSVG())!;
    const root = parse(svg).documentElement;
    expect(root.getAttribute('data-font')).toBe('named');
    expect(root.getAttribute('data-font-family')).toBe('Far Sans');
    expect(svg).not.toContain('@font-face');
    expect(svg).not.toContain('fonts.example');
    expect(far()).toBe(before);
  });

  it('prints the page: title, flower and source in place of the drawing and its legend, the table after it', async () => {
    const element = await mount('<fleur-pleine-sante></fleur-pleine-sante>', { width: 1200 });
    element.catalogue = (await harmonieCatalogue()) as never;
    await settle(element);
    window.dispatchEvent(new Event('beforeprint'));
    await settle(element);
    const root = element.shadowRoot!;
    const page = root.querySelector('.fleur__print-page svg.fleur-page');
    expect(page).not.toBeNull();
    // The A4 landscape page `fleur render --page a4-landscape` writes.
    expect([page?.getAttribute('width'), page?.getAttribute('height')]).toEqual(['1300', '919']);
    expect(page?.querySelector('.page__title')?.textContent).toBe(
      'La fleur de la pleine santé — Harmonie Mutuelle 2023',
    );
    expect(page?.querySelector('.page__source')?.textContent).toContain('Source\u202f: Rapport 2023');
    expect(root.querySelector('.fleur__print-table table')).not.toBeNull();
    window.dispatchEvent(new Event('afterprint'));
    await settle(element);
    expect(root.querySelector('.fleur__print-page')).toBeNull();
  });
});

declare module 'vitest/browser' {
  interface BrowserCommands {
    fleurRender(args: string[]): Promise<string>;
  }
}

/** Each item's name on a page, as drawn: its lines beside its mark, or its number and lines in the key. */
function namesOf(page: Element): Record<string, string> {
  const names: Record<string, string> = {};
  for (const label of page.querySelectorAll('.flower [part~="item-label"][data-for]')) {
    const id = label.getAttribute('data-for') ?? '';
    const inKey = label.closest('.key-entry') !== null;
    const lines = [...label.querySelectorAll('tspan')].map((line) => line.textContent?.trim()).join(' / ');
    const number = page.querySelector(`.flower [part="item-number"][data-for="${CSS.escape(id)}"]`)?.textContent;
    names[id] = inKey ? `${number?.trim()} ${lines}` : lines;
  }
  return names;
}

describe('the same page everywhere', () => {
  it('printing the element, drawn in DejaVu Sans, lays out the page `fleur render --page a4-landscape` writes', async () => {
    fontFace('Kit Sans', '/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
    const bold = document.createElement('style');
    bold.textContent = `@font-face { font-family: "Kit Sans"; font-weight: 700; src: url(/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf) format("truetype"); }`;
    document.head.append(bold);
    faces.push(bold);
    await Promise.all([document.fonts.load('13px "Kit Sans"'), document.fonts.load('bold 13px "Kit Sans"')]);
    const { commands } = await import('vitest/browser');
    const cli = parse(await commands.fleurRender(['--page', 'a4-landscape', '--text', 'system']));
    const element = await mount('<fleur-pleine-sante></fleur-pleine-sante>', { width: 1200 });
    element.style.setProperty('--fleur-font-family', '"Kit Sans"');
    element.catalogue = (await harmonieCatalogue()) as never;
    await settle(element);
    window.dispatchEvent(new Event('beforeprint'));
    await settle(element);
    const printed = element.shadowRoot!.querySelector('.fleur__print-page svg.fleur-page')!;
    const fromCli = namesOf(cli.documentElement);
    expect(Object.keys(fromCli).length).toBeGreaterThan(60);
    expect(namesOf(printed)).toEqual(fromCli);
    expect(printed.querySelector('.page__source')?.textContent).toBe(
      cli.documentElement.querySelector('.page__source')?.textContent,
    );
    window.dispatchEvent(new Event('afterprint'));
  }, 120_000);
});
