import type { FleurPleineSante } from 'fleur-pleine-sante';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  drawnItemIds,
  harmonieCatalogue,
  mount,
  nextEvent,
  settle,
  shadow,
  unmountAll,
} from '../../helpers/element.js';
import { minimalCatalogue } from '../../helpers/fixture.js';

afterEach(unmountAll);

async function flower(
  attributes = '',
  catalogue: unknown = minimalCatalogue(),
  width = 900,
): Promise<FleurPleineSante> {
  const element = await mount(`<fleur-pleine-sante ${attributes}></fleur-pleine-sante>`, { width });
  element.catalogue = catalogue as never;
  await settle(element);
  return element;
}

const $ = (element: FleurPleineSante, selector: string) => shadow(element).querySelector<HTMLElement>(selector);

describe('<fleur-pleine-sante> with a mouse', () => {
  it('shows the tooltip on hover, inside the shadow root and the viewport', async () => {
    const element = await flower('lang="en"');
    const mark = $(element, '[data-id="semi"]')!;
    await userEvent.hover(mark);
    await settle(element);
    const tooltip = $(element, '[part="tooltip"]')!;
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent).toContain('Paris Half Marathon');
    expect(tooltip.textContent).toContain('Offer · Sleep');
    expect(document.body.querySelector('[role="tooltip"]')).toBeNull();
    const box = tooltip.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(window.innerWidth);
    await userEvent.unhover(mark);
    await settle(element);
    expect($(element, '[part="tooltip"]')!.hidden).toBe(true);
  });

  it('shows the tooltip on a tap (touch has no hover) and selects the item', async () => {
    const element = await flower('lang="en"');
    const mark = $(element, '[data-id="h2s"]')!;
    mark.dispatchEvent(new PointerEvent('click', { pointerType: 'touch', bubbles: true, composed: true }));
    await settle(element);
    expect(element.selected).toBe('h2s');
    const tooltip = $(element, '[part="tooltip"]')!;
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent).toContain('Social service');
  });

  it('selects on click, shows every field of the item, and closes with the close button', async () => {
    const element = await flower('lang="fr"');
    const selected = nextEvent(element, 'fleur-select');
    await userEvent.click($(element, '[data-id="semi"]')!);
    expect((await selected).detail.id).toBe('semi');
    await settle(element);
    const details = $(element, '[part="details"]')!;
    expect(details.textContent).toContain('Semi de Paris');
    expect(details.textContent).toContain('Offre');
    expect(details.textContent).toContain('Sommeil');
    expect(details.textContent).toContain('Sociaux');
    expect(details.textContent).toContain('Adhérents');
    expect(details.textContent).toContain('46\u202f000');
    const link = details.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/semi');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.textContent).toContain('(site externe)');
    const cleared = nextEvent(element, 'fleur-select');
    await userEvent.click(details.querySelector('button')!);
    expect((await cleared).detail.id).toBeNull();
  });

  it('formats figures for English readers', async () => {
    const element = await flower('lang="en" selected="semi"');
    expect($(element, '[part="details"]')?.textContent).toContain('46,000');
  });

  it('zooms into a petal when its shape or its legend entry is clicked, and back with the breadcrumb', async () => {
    const element = await flower('lang="en"');
    const zoomed = nextEvent(element, 'fleur-zoom');
    await userEvent.click($(element, '.legend__entry[data-petal="social"]')!);
    expect((await zoomed).detail.petal).toBe('social');
    await settle(element);
    expect(element.petal).toBe('social');
    expect($(element, '.petal--zoomed')?.getAttribute('data-petal')).toBe('social');
    const back = nextEvent(element, 'fleur-zoom');
    await userEvent.click($(element, '.breadcrumb__back')!);
    expect((await back).detail.petal).toBeNull();
    await settle(element);
    const byLabel = nextEvent(element, 'fleur-zoom');
    await userEvent.click($(element, '[data-petal="economic"] .label__hit')!);
    expect((await byLabel).detail.petal).toBe('economic');
    await settle(element);
    element.petal = undefined;
    await settle(element);
    const byShape = nextEvent(element, 'fleur-zoom');
    await userEvent.click($(element, '[data-petal="social"] .petal__shape')!);
    expect((await byShape).detail.petal).toBe('social');
  });

  it('ignores an unknown petal id: the whole flower, no breadcrumb', async () => {
    const element = await flower('lang="en" petal="spiritual"');
    expect(shadow(element).querySelectorAll('[part~="petal"][role="group"]')).toHaveLength(3);
    expect($(element, '.breadcrumb')).toBeNull();
  });

  it('draws every item at phone size, dense factors as count badges', async () => {
    const element = await flower('lang="fr"', await harmonieCatalogue(), 360);
    expect(shadow(element).querySelectorAll('[part="badge"]').length).toBeGreaterThan(0);
    expect(new Set(drawnItemIds(element)).size).toBe(73);
  });

  it('shows every item of a zoomed petal as a mark on a desktop', async () => {
    const catalogue = (await harmonieCatalogue()) as {
      items: { id: string; factors: string[] }[];
      factors: { id: string; petal: string }[];
    };
    const element = await flower('lang="fr"', catalogue, 900);
    element.petal = 'social';
    await settle(element);
    const social = new Set(catalogue.factors.filter((factor) => factor.petal === 'social').map((factor) => factor.id));
    const expected = catalogue.items
      .filter((item) => item.factors.some((factor) => social.has(factor)))
      .map((item) => item.id);
    const marks = [...shadow(element).querySelectorAll('[data-id]')].map((node) => node.getAttribute('data-id'));
    expect(marks.sort()).toEqual(expected.sort());
  });
});

describe('<fleur-pleine-sante> filters', () => {
  it('filters by kind chip: reflects kinds, fires fleur-filter, dims the others and updates the count', async () => {
    const element = await flower('lang="en"');
    const filtered = nextEvent(element, 'fleur-filter');
    await userEvent.click($(element, '[data-filter="kinds"][data-value="service"]')!);
    const { detail } = await filtered;
    expect(detail).toMatchObject({ kinds: ['service'], matching: 1, total: 3 });
    await settle(element);
    expect(element.getAttribute('kinds')).toBe('service');
    expect($(element, '[data-id="semi"]')?.classList.contains('mark--dimmed')).toBe(true);
    expect($(element, '[data-id="h2s"]')?.classList.contains('mark--dimmed')).toBe(false);
    expect($(element, '.controls__count')?.textContent).toContain('1 of 3');
    expect($(element, '[role="status"]:not([part])')?.textContent).toContain('1 of 3');
  });

  it('searches titles and summaries, accent- and case-insensitively, reflecting query', async () => {
    const element = await flower('lang="fr"');
    await userEvent.type($(element, 'input[type="search"]')!, 'attenuation');
    await settle(element);
    expect(element.query).toBe('attenuation');
    expect($(element, '.controls__count')?.textContent).toContain('0 offre sur 3');
    await userEvent.clear($(element, 'input[type="search"]')!);
    await userEvent.type($(element, 'input[type="search"]')!, 'SEMI');
    await settle(element);
    expect($(element, '[data-id="semi"]')?.classList.contains('mark--dimmed')).toBe(false);
    expect($(element, '[data-id="h2s"]')?.classList.contains('mark--dimmed')).toBe(true);
  });

  it('applies filters set as attributes (a pre-filtered offer page)', async () => {
    const element = await flower('factors="mitigation income" lang="en"');
    expect($(element, '.controls__count')?.textContent).toContain('2 of 3');
    expect($(element, '[data-id="carbone"]')?.classList.contains('mark--dimmed')).toBe(false);
  });

  it('hides the controls with no-controls', async () => {
    const element = await flower('no-controls');
    expect($(element, '[part="controls"]')).toBeNull();
  });
});

describe('<fleur-pleine-sante view="table">', () => {
  it('lists every item grouped by petal and factor, and selects from the table', async () => {
    const catalogue = await harmonieCatalogue();
    const element = await flower('view="table" lang="en"', catalogue);
    const table = $(element, 'table')!;
    expect(table.querySelector('caption')?.textContent).toContain('offers by family and health factor');
    expect(table.querySelectorAll('tbody')).toHaveLength(3);
    const ids = new Set([...table.querySelectorAll('[data-table-id]')].map((row) => row.getAttribute('data-table-id')));
    expect(ids.size).toBe(73);
    const selected = nextEvent(element, 'fleur-select');
    await userEvent.click(table.querySelector<HTMLButtonElement>('.table__item')!);
    expect((await selected).detail.id).not.toBeNull();
  });

  it('switches between flower and table with the view toggle', async () => {
    const element = await flower('lang="en"');
    await userEvent.click($(element, '[data-view="table"]')!);
    await settle(element);
    expect(element.getAttribute('view')).toBe('table');
    expect($(element, 'table')).not.toBeNull();
    expect($(element, 'svg.flower')).toBeNull();
  });
});

describe('several flowers on one page', () => {
  it('work independently: selection, focus, live regions', async () => {
    const first = await mount('<fleur-pleine-sante id="a" no-controls></fleur-pleine-sante>');
    const second = await mount('<fleur-pleine-sante id="b" no-controls></fleur-pleine-sante>');
    first.catalogue = minimalCatalogue();
    second.catalogue = minimalCatalogue();
    await settle(first);
    await settle(second);
    const events: string[] = [];
    second.addEventListener('fleur-select', () => events.push('second'));
    await userEvent.click(shadow(first).querySelector<HTMLElement>('[data-id="semi"]')!);
    await settle(first);
    expect(first.selected).toBe('semi');
    expect(second.selected).toBeUndefined();
    expect(events).toEqual([]);
    expect(shadow(second).querySelector('[part="details"]')).toBeNull();
  });
});
