import type { FleurPleineSante } from 'fleur-pleine-sante';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { harmonieCatalogue, mount, nextEvent, settle, shadow, unmountAll } from '../../helpers/element.js';
import { minimalCatalogue } from '../../helpers/fixture.js';

afterEach(unmountAll);

async function flower(attributes = 'no-controls'): Promise<FleurPleineSante> {
  const element = await mount(
    `<button id="before">before</button><fleur-pleine-sante ${attributes}></fleur-pleine-sante>`,
  );
  element.catalogue = minimalCatalogue();
  await settle(element);
  return element;
}

const focused = (element: FleurPleineSante) => shadow(element).activeElement?.getAttribute('data-nav') ?? null;

describe('<fleur-pleine-sante> keyboard', () => {
  it('is one tab stop: Tab enters on the first item, Tab again leaves the drawing', async () => {
    const element = await flower();
    document.querySelector<HTMLButtonElement>('#before')?.focus();
    await userEvent.keyboard('{Tab}');
    expect(focused(element)).toMatch(/^item:/);
    expect(shadow(element).querySelectorAll('[data-nav][tabindex="0"]')).toHaveLength(1);
    await userEvent.keyboard('{Tab}');
    expect(focused(element)).toBeNull();
  });

  it('walks around the flower with Right/Left and wraps; Home and End go to the ends', async () => {
    const element = await flower();
    document.querySelector<HTMLButtonElement>('#before')?.focus();
    await userEvent.keyboard('{Tab}');
    const first = focused(element);
    const seen = [first];
    for (let i = 0; i < 2; i++) {
      await userEvent.keyboard('{ArrowRight}');
      seen.push(focused(element));
    }
    expect(new Set(seen).size).toBe(3);
    await userEvent.keyboard('{ArrowRight}');
    expect(focused(element)).toBe(first);
    await userEvent.keyboard('{ArrowLeft}');
    expect(focused(element)).toBe(seen[2]);
    await userEvent.keyboard('{Home}');
    expect(focused(element)).toBe(first);
    await userEvent.keyboard('{End}');
    expect(focused(element)).toBe(seen[2]);
  });

  it('goes up from an item to its petal and down again', async () => {
    const element = await flower();
    document.querySelector<HTMLButtonElement>('#before')?.focus();
    await userEvent.keyboard('{Tab}');
    const item = focused(element);
    await userEvent.keyboard('{ArrowUp}');
    expect(focused(element)).toMatch(/^petal:/);
    await userEvent.keyboard('{ArrowDown}');
    expect(focused(element)).toBe(item);
  });

  it('selects with Enter, shows the details, and clears with Escape (fleur-select both times)', async () => {
    const element = await flower('no-controls lang="en"');
    document.querySelector<HTMLButtonElement>('#before')?.focus();
    await userEvent.keyboard('{Tab}');
    const id = focused(element)?.replace('item:', '');
    const selected = nextEvent(element, 'fleur-select');
    await userEvent.keyboard('{Enter}');
    expect((await selected).detail).toMatchObject({ id, item: { id } });
    await settle(element);
    expect(element.getAttribute('selected')).toBe(id);
    const details = shadow(element).querySelector('[part="details"]');
    expect(details?.querySelector('h2')?.textContent?.trim()).toBe(
      shadow(element).querySelector(`[data-id="${id}"]`)?.getAttribute('aria-label'),
    );
    expect(shadow(element).querySelector(`[data-id="${id}"]`)?.getAttribute('aria-pressed')).toBe('true');
    const cleared = nextEvent(element, 'fleur-select');
    await userEvent.keyboard('{Escape}');
    expect((await cleared).detail).toEqual({ id: null, item: null });
    await settle(element);
    expect(element.hasAttribute('selected')).toBe(false);
    expect(shadow(element).querySelector('[part="details"]')).toBeNull();
  });

  it('selects with Space too', async () => {
    const element = await flower();
    document.querySelector<HTMLButtonElement>('#before')?.focus();
    await userEvent.keyboard('{Tab}');
    const selected = nextEvent(element, 'fleur-select');
    await userEvent.keyboard(' ');
    expect((await selected).detail.id).not.toBeNull();
  });

  it('zooms into a petal with Enter on it, and Escape leaves (fleur-zoom both times)', async () => {
    const element = await flower();
    document.querySelector<HTMLButtonElement>('#before')?.focus();
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{ArrowUp}');
    const petal = focused(element)?.replace('petal:', '');
    const zoomed = nextEvent(element, 'fleur-zoom');
    await userEvent.keyboard('{Enter}');
    expect((await zoomed).detail).toEqual({ petal });
    await settle(element);
    expect(element.getAttribute('petal')).toBe(petal);
    const left = nextEvent(element, 'fleur-zoom');
    await userEvent.keyboard('{Escape}');
    expect((await left).detail).toEqual({ petal: null });
    await settle(element);
    expect(element.hasAttribute('petal')).toBe(false);
  });

  it('never captures keys outside the drawing', async () => {
    const element = await flower();
    const before = document.querySelector<HTMLButtonElement>('#before')!;
    before.focus();
    const pressed: KeyboardEvent[] = [];
    document.addEventListener('keydown', (event) => pressed.push(event), { once: true });
    await userEvent.keyboard('{ArrowDown}');
    expect(pressed[0]?.defaultPrevented).toBe(false);
    expect(focused(element)).toBeNull();
  });

  it('fires no event when code sets selected, petal or filters', async () => {
    const element = await flower();
    const events: string[] = [];
    for (const type of ['fleur-select', 'fleur-zoom', 'fleur-filter'])
      element.addEventListener(type, () => events.push(type));
    element.selected = 'semi';
    element.petal = 'social';
    element.setAttribute('kinds', 'offer');
    element.query = 'semi';
    await settle(element);
    expect(shadow(element).querySelector('[part="details"]')).not.toBeNull();
    expect(events).toEqual([]);
  });
});

describe('a keyboard-only reader finds every offer acting on a factor', () => {
  it('picks the factor, tabs into the flower and walks exactly its offers, then reads one', async () => {
    const catalogue = (await harmonieCatalogue()) as { items: { id: string; factors: string[] }[] };
    const element = await mount('<fleur-pleine-sante lang="fr"></fleur-pleine-sante>', { width: 1200 });
    element.catalogue = catalogue as never;
    await settle(element);
    const select = shadow(element).querySelector('select')!;
    select.focus();
    const filtered = nextEvent(element, 'fleur-filter');
    await userEvent.selectOptions(select, 'sleep');
    expect((await filtered).detail.factors).toEqual(['sleep']);
    await settle(element);
    const expected = catalogue.items.filter((item) => item.factors.includes('sleep')).map((item) => item.id);
    // Tab past the remaining controls into the drawing.
    for (let i = 0; i < 30 && !focused(element)?.startsWith('item:'); i++) await userEvent.keyboard('{Tab}');
    const visited = new Set<string>();
    for (let i = 0; i < expected.length + 2; i++) {
      visited.add(focused(element)!);
      await userEvent.keyboard('{ArrowRight}');
    }
    expect([...visited].sort()).toEqual(expected.map((id) => `item:${id}`).sort());
    await userEvent.keyboard('{Enter}');
    await settle(element);
    expect(shadow(element).querySelector('[part="details"]')?.textContent).toContain('Sommeil');
  });
});
