import { afterEach, describe, expect, it } from 'vitest';
import { harmonieCatalogue, mount, settle, unmountAll } from '../../helpers/element.js';

afterEach(unmountAll);

describe('<fleur-pleine-sante> export for print and slides', () => {
  it('toSVG() gives a standalone SVG of what the reader sees, with the page colours', async () => {
    const element = await mount('<fleur-pleine-sante lang="en" petal="social"></fleur-pleine-sante>', { width: 900 });
    element.style.setProperty('--fleur-petal-social', '#7a1fa2');
    element.catalogue = (await harmonieCatalogue()) as never;
    await settle(element);
    const svg = (await element.toSVG())!;
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).not.toMatch(/var\(--|<!--|tabindex/);
    expect(svg).toContain('fill: #7a1fa2');
    expect(svg).toContain('Social factors');
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    // What the reader sees: the same marks, each named as on screen.
    const onScreen = element.shadowRoot?.querySelectorAll('[part~="item"][data-id]').length ?? 0;
    expect(onScreen).toBeGreaterThan(30);
    expect(parsed.querySelectorAll('[data-id]').length).toBe(onScreen);
    expect(parsed.querySelectorAll('[part~="item-label"][data-for]').length).toBe(onScreen);
  });

  it('never lets a custom property smuggle markup into the export', async () => {
    const element = await mount('<fleur-pleine-sante></fleur-pleine-sante>');
    element.style.setProperty('--fleur-background', '"red}</style><script>alert(1)</script>"');
    element.catalogue = (await harmonieCatalogue()) as never;
    await settle(element);
    expect(await element.toSVG()).not.toContain('<script>');
  });

  it.each([
    ['a root-relative url()', '--fleur-petal-social', 'url(/x.svg#p)'],
    ['a protocol-relative url()', '--fleur-petal-social', 'url(//tracker.example/x.svg#p)'],
    ['an absolute url() with a fallback colour', '--fleur-background', 'url(https://tracker.example/p.svg#p) red'],
    ['a url() nested in a colour function', '--fleur-accent-color', 'rgb(from url(//t.example/a) r g b)'],
    ['an image-set()', '--fleur-surface', 'image-set("//t.example/a.png" 1x)'],
    ['an @import', '--fleur-text-color', '#000; } @import "//t.example/a.css"; a {'],
  ])('toSVG() drops %s set on a --fleur-* property (the file never calls a server)', async (_name, property, value) => {
    const element = await mount('<fleur-pleine-sante></fleur-pleine-sante>');
    element.style.setProperty(property, value);
    element.catalogue = (await harmonieCatalogue()) as never;
    await settle(element);
    const svg = (await element.toSVG())!;
    expect(svg).not.toMatch(/url\((?!#)|@import|image-set|t\.example|tracker/);
    expect(svg).not.toMatch(/href="(?!#)/);
  });

  it.each([
    ['--fleur-accent-color', 'rgb(expression(alert(1)))'],
    ['--fleur-petal-social', 'rgb(expression(alert(1)))'],
    ['--fleur-background', 'expression(alert(1))'],
    ['--fleur-text-color', 'var(--elsewhere)'],
    ['--fleur-font-family', 'x; } svg { fill: red'],
    ['--fleur-font-family', 'expression(alert(1))'],
  ])('toSVG() drops %s: %s, which does not parse as a colour or font names', async (property, value) => {
    const element = await mount('<fleur-pleine-sante></fleur-pleine-sante>');
    element.style.setProperty(property, value);
    element.catalogue = (await harmonieCatalogue()) as never;
    await settle(element);
    const svg = (await element.toSVG())!;
    expect(svg).not.toMatch(/expression|elsewhere|fill: red/);
    expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror')).toBeNull();
  });

  it('toSVG() carries the page’s font names before its own fallbacks', async () => {
    const element = await mount('<fleur-pleine-sante></fleur-pleine-sante>');
    element.style.setProperty('--fleur-font-family', '"Marianne", Arial, sans-serif');
    element.catalogue = (await harmonieCatalogue()) as never;
    await settle(element);
    expect(await element.toSVG()).toContain(`svg { font-family: "Marianne", Arial, sans-serif, 'DejaVu Sans'`);
  });

  it('toSVG() keeps page colours and same-document url(#id) references', async () => {
    const element = await mount('<fleur-pleine-sante></fleur-pleine-sante>');
    element.style.setProperty('--fleur-petal-social', 'oklch(60% 0.15 300)');
    element.style.setProperty('--fleur-petal-economic', 'url(#stripes)');
    element.catalogue = (await harmonieCatalogue()) as never;
    await settle(element);
    const svg = (await element.toSVG())!;
    expect(svg).toContain('oklch(60% 0.15 300)');
    expect(svg).toContain('url(#stripes)');
  });

  it('toPNG() rasterises the page at twice its size', async () => {
    const element = await mount('<fleur-pleine-sante></fleur-pleine-sante>', { width: 600 });
    element.catalogue = (await harmonieCatalogue()) as never;
    await settle(element);
    const png = (await element.toPNG())!;
    expect(png.type).toBe('image/png');
    const bitmap = await createImageBitmap(png);
    const drawing = element.shadowRoot!.querySelector('svg')!;
    expect(bitmap.width).toBe(2 * drawing.viewBox.baseVal.width);
    // Not a blank image: marks and petal outlines carry strong colour (pale petal fills do not count).
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4)
      if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 40)
        coloured++;
    // A page: the flower shares it with its title, legend and source line.
    expect(coloured / (data.length / 4)).toBeGreaterThan(0.01);
  });

  it('returns undefined before a catalogue is drawn', async () => {
    const element = await mount('<fleur-pleine-sante></fleur-pleine-sante>');
    expect(await element.toSVG()).toBeUndefined();
  });
});
