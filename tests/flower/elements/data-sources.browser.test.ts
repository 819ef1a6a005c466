import type { CatalogueInput } from 'fleur-pleine-sante-catalogue';
import { afterEach, describe, expect, it } from 'vitest';
import { drawnItemIds, mount, nextEvent, settle, shadow, unmountAll, until } from '../../helpers/element.js';
import { minimalCatalogue } from '../../helpers/fixture.js';

afterEach(unmountAll);

const markIds = (element: HTMLElement) =>
  [...shadow(element as never).querySelectorAll('[data-id]')].map((node) => node.getAttribute('data-id'));

describe('<fleur-pleine-sante> data sources', () => {
  it('draws the catalogue property, one mark per item with its data-id', async () => {
    const element = await mount('<fleur-pleine-sante></fleur-pleine-sante>');
    element.catalogue = minimalCatalogue();
    await settle(element);
    expect(markIds(element).sort()).toEqual(['carbone', 'h2s', 'semi']);
  });

  it('reads a child <script type="application/json">', async () => {
    const element = await mount(
      `<fleur-pleine-sante><script type="application/json">${JSON.stringify(minimalCatalogue())}</script></fleur-pleine-sante>`,
    );
    expect(markIds(element)).toHaveLength(3);
  });

  it('fetches src, showing a loading state meanwhile', async () => {
    const element = await mount('<fleur-pleine-sante src="/__fleur__/slow.json?ms=300"></fleur-pleine-sante>');
    expect(shadow(element).querySelector('[part="status"]')?.textContent).toContain('Chargement');
    element.src = '/data/harmonie-mutuelle-2023.json';
    await until(() => expect(drawnItemIds(element).length).toBe(73));
    expect(shadow(element).querySelector('[part="status"]')).toBeNull();
  });

  it('prefers the property over src, and src over inline JSON', async () => {
    const inline = { ...minimalCatalogue(), items: [] };
    const element = await mount(
      `<fleur-pleine-sante src="/data/harmonie-mutuelle-2023.json"><script type="application/json">${JSON.stringify(inline)}</script></fleur-pleine-sante>`,
    );
    await until(() => expect(drawnItemIds(element).length).toBe(73));
    element.catalogue = minimalCatalogue();
    await settle(element);
    expect(markIds(element)).toHaveLength(3);
  });

  it('reports a 404 as a localized alert and a fleur-error event', async () => {
    const element = await mount('<fleur-pleine-sante lang="en"></fleur-pleine-sante>');
    const error = nextEvent(element, 'fleur-error');
    element.src = '/__fleur__/status/404';
    const event = await error;
    expect(event.detail.issues[0]).toMatchObject({ code: 'http-error', params: { status: 404 } });
    expect(event.detail.source).toBe('src');
    await settle(element);
    const alert = shadow(element).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('The server answered 404');
  });

  it('reports invalid JSON from src', async () => {
    const element = await mount('<fleur-pleine-sante></fleur-pleine-sante>');
    const error = nextEvent(element, 'fleur-error');
    element.src = '/__fleur__/broken.json';
    expect((await error).detail.issues[0]?.code).toBe('invalid-json');
    await settle(element);
    expect(shadow(element).querySelector('[role="alert"]')?.textContent).toContain('JSON valide');
  });

  it('aborts the previous request when src changes, and never reports it', async () => {
    const element = await mount('<fleur-pleine-sante></fleur-pleine-sante>');
    const errors: Event[] = [];
    element.addEventListener('fleur-error', (event) => errors.push(event));
    element.src = '/__fleur__/slow.json?ms=1500';
    await settle(element);
    element.src = '/data/harmonie-mutuelle-2023.json';
    await until(() => expect(drawnItemIds(element).length).toBe(73));
    await new Promise((resolve) => setTimeout(resolve, 1600));
    await settle(element);
    expect(errors).toEqual([]);
    expect(drawnItemIds(element).length).toBe(73);
  });

  it('times out a slow src', async () => {
    const element = await mount('<fleur-pleine-sante timeout="100"></fleur-pleine-sante>');
    const error = nextEvent(element, 'fleur-error');
    element.src = '/__fleur__/slow.json?ms=2000';
    expect((await error).detail.issues[0]?.code).toBe('timeout');
  });
});

describe('<fleur-pleine-sante> with a bad catalogue', () => {
  it('never blanks: keeps drawing the last valid catalogue under the error', async () => {
    const element = await mount('<fleur-pleine-sante></fleur-pleine-sante>');
    element.catalogue = minimalCatalogue();
    await settle(element);
    const error = nextEvent(element, 'fleur-error');
    const broken = minimalCatalogue();
    broken.items[0]!.factors = ['nope'];
    broken.petals[0]!.label = '';
    element.catalogue = broken;
    const { detail } = await error;
    expect(detail.issues.map((issue) => issue.code).sort()).toEqual(['empty-text', 'unknown-reference']);
    await settle(element);
    const alert = shadow(element).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('items[0].factors[0]');
    expect(alert?.textContent).toContain('Facteur inconnu : « nope »');
    expect(alert?.textContent).toContain('La dernière version valide reste affichée');
    expect(markIds(element).sort()).toEqual(['carbone', 'h2s', 'semi']);
  });

  it('shows the error alone when there was never a valid catalogue', async () => {
    const element = await mount('<fleur-pleine-sante lang="en"></fleur-pleine-sante>');
    element.catalogue = { version: 3 } as unknown as CatalogueInput;
    await settle(element);
    const alert = shadow(element).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Unsupported version “3”');
    expect(alert?.textContent).not.toContain('last valid');
  });

  it('draws the petals and a "nothing to show" message for an empty items list', async () => {
    const element = await mount('<fleur-pleine-sante lang="en"></fleur-pleine-sante>');
    element.catalogue = { ...minimalCatalogue(), items: [] };
    await settle(element);
    const root = shadow(element);
    expect(root.querySelectorAll('[part~="petal"]')).toHaveLength(3);
    expect(root.textContent).toContain('Nothing to show');
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('renders titles full of markup as text, never as HTML', async () => {
    const element = await mount('<fleur-pleine-sante></fleur-pleine-sante>');
    const catalogue = minimalCatalogue();
    catalogue.items[0]!.title = '<img src=x onerror="window.__pwned=1"><b>Semi</b>';
    catalogue.petals[0]!.label = '<script>window.__pwned=1</script>';
    element.catalogue = catalogue;
    await settle(element);
    const root = shadow(element);
    expect(root.querySelector('img, b, script')).toBeNull();
    expect(root.querySelector('[data-id="semi"]')?.getAttribute('aria-label')).toBe(
      '<img src=x onerror="window.__pwned=1"><b>Semi</b>',
    );
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
