import { page, userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { mount, settle, unmountAll, until } from '../../helpers/element.js';

afterEach(unmountAll);

interface HarmonieItem {
  id: string;
  shortTitle: { fr: string; en: string };
}

async function harmonie(): Promise<{ items: HarmonieItem[] }> {
  const response = await fetch(new URL('../../../data/harmonie-mutuelle-2023.json', import.meta.url));
  return response.json();
}

const shadow = (element: Element) => element.shadowRoot as ShadowRoot;

/** The visible text of every name on the drawing, keyed by the item it names. */
function names(element: Element): Map<string, string> {
  const result = new Map<string, string>();
  for (const label of shadow(element).querySelectorAll('[part="item-label"]')) {
    const box = label.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    result.set(label.getAttribute('data-for') ?? '', (label.textContent ?? '').replace(/\s+/g, ' ').trim());
  }
  return result;
}

describe('<fleur-pleine-sante> names every offer on the drawing', () => {
  for (const lang of ['fr', 'en'] as const)
    it(`at 1200 px, every Harmonie short title (${lang}) is the text of a visible item label`, async () => {
      const catalogue = await harmonie();
      const element = await mount(`<fleur-pleine-sante lang="${lang}"></fleur-pleine-sante>`, { width: 1200 });
      element.catalogue = catalogue as never;
      await settle(element);
      const shown = names(element);
      for (const item of catalogue.items) expect(shown.get(item.id), item.id).toBe(item.shortTitle[lang]);
      // A name adds no tab stop and no second announcement: the mark stays the item's one named element.
      for (const label of shadow(element).querySelectorAll('[part="item-label"]')) {
        expect(label.getAttribute('aria-hidden')).toBe('true');
        expect(label.querySelector('[tabindex]')).toBeNull();
      }
    });

  it('a click on a name selects its item, and hovering it highlights its mark', async () => {
    const catalogue = await harmonie();
    const element = await mount('<fleur-pleine-sante lang="fr"></fleur-pleine-sante>', { width: 1200 });
    element.catalogue = catalogue as never;
    await settle(element);
    const label = shadow(element).querySelector<SVGGElement>('[part="item-label"][data-for="semi-de-paris"]');
    if (!label) throw new Error('no name for semi-de-paris');
    await userEvent.hover(label);
    await settle(element);
    expect(shadow(element).querySelector('[data-id="semi-de-paris"]')?.classList.contains('is-hot')).toBe(true);
    await userEvent.click(label);
    await settle(element);
    expect(element.selected).toBe('semi-de-paris');
  });

  it('on a phone, the selected offer is named on the drawing', async () => {
    const catalogue = await harmonie();
    const element = await mount('<fleur-pleine-sante lang="fr" no-controls></fleur-pleine-sante>', { width: 360 });
    element.catalogue = catalogue as never;
    await settle(element);
    const mark = shadow(element).querySelector('[part="item"][data-id]');
    const id = mark?.getAttribute('data-id') ?? '';
    element.selected = id;
    await settle(element);
    const shown = names(element);
    expect([...shown.keys()]).toEqual([id]);
    expect(shown.get(id)).toBe(catalogue.items.find((item) => item.id === id)?.shortTitle.fr);
  });
});

describe('<fleur-pleine-sante> count badges open the list of their items', () => {
  it('Enter opens the list, arrows walk it, Escape closes it and returns to the badge', async () => {
    const catalogue = await harmonie();
    const element = await mount('<fleur-pleine-sante lang="fr" no-controls></fleur-pleine-sante>', { width: 360 });
    element.catalogue = catalogue as never;
    await settle(element);
    const badge = shadow(element).querySelector<SVGGElement>('[part="badge"]');
    if (!badge) throw new Error('no badge at phone size');
    const ids = (badge.getAttribute('data-item-ids') ?? '').split(' ');
    badge.focus();
    await userEvent.keyboard('{Enter}');
    await settle(element);
    const list = shadow(element).querySelector('[part="badge-list"]');
    expect(list).not.toBeNull();
    const entries = [...(list?.querySelectorAll<HTMLButtonElement>('[part="badge-item"]') ?? [])];
    expect(entries.map((entry) => entry.dataset.id)).toEqual(ids);
    expect(entries.every((entry) => (entry.textContent ?? '').trim().length > 0)).toBe(true);
    expect(shadow(element).activeElement).toBe(entries[0]);
    await userEvent.keyboard('{ArrowDown}');
    expect(shadow(element).activeElement).toBe(entries[1] ?? entries[0]);
    await userEvent.keyboard('{Enter}');
    await settle(element);
    expect(element.selected).toBe(entries[1]?.dataset.id ?? entries[0]?.dataset.id);
    await userEvent.keyboard('{Escape}');
    await settle(element);
    expect(shadow(element).querySelector('[part="badge-list"]')).toBeNull();
    expect(shadow(element).activeElement?.getAttribute('data-badge')).toBe(badge.getAttribute('data-badge'));
  });
});

describe('<fleur-pleine-sante> offer-page spotlight (selected, no-controls, 320–480 px)', () => {
  for (const width of [320, 480])
    it(`at ${width} px names the selected offer, lights its factors' sectors and dims the rest`, async () => {
      const catalogue = await harmonie();
      const element = await mount(
        '<fleur-pleine-sante lang="fr" no-controls selected="semi-de-paris"></fleur-pleine-sante>',
        {
          width,
        },
      );
      element.catalogue = catalogue as never;
      await settle(element);
      expect(names(element).get('semi-de-paris')).toBe('Semi de Paris');
      const lit = [...shadow(element).querySelectorAll('.factor__sector--lit')].map((node) =>
        node.getAttribute('data-factor'),
      );
      expect(lit).toEqual(['physical-activity']);
      const other = shadow(element).querySelector('[part="item"]:not([data-id="semi-de-paris"])');
      const selected = shadow(element).querySelector('[data-id="semi-de-paris"]');
      expect(Number(getComputedStyle(other as Element).opacity)).toBeLessThan(0.5);
      expect(Number(getComputedStyle(selected as Element).opacity)).toBe(1);
    });
});

describe('<fleur-pleine-sante> details carry their provenance', () => {
  it('the details panel says where the report states the selected item', async () => {
    const catalogue = await harmonie();
    const element = await mount('<fleur-pleine-sante lang="fr" selected="semi-de-paris"></fleur-pleine-sante>', {
      width: 1200,
    });
    element.catalogue = catalogue as never;
    await settle(element);
    const details = shadow(element).querySelector('[part="details"]');
    const source = (catalogue.items.find((item) => item.id === 'semi-de-paris') as { source?: string } | undefined)
      ?.source;
    expect(source).toBeTruthy();
    expect(details?.querySelector('.details__source')?.textContent).toContain('Source dans le rapport');
    expect(details?.querySelector('.details__source bdi')?.textContent).toBe(source);
  });
});

describe('<fleur-pleine-sante> a zoomed petal says what it is and where it comes from', () => {
  it('shows the petal description and the models the flower is drawn from', async () => {
    const catalogue = await harmonie();
    const element = await mount('<fleur-pleine-sante lang="fr" petal="social"></fleur-pleine-sante>', { width: 1200 });
    element.catalogue = catalogue as never;
    await settle(element);
    const note = shadow(element).querySelector('[part="petal-note"]');
    expect(note?.textContent).toContain('Les facteurs sociaux correspondant aux habitudes de vie');
    expect(note?.textContent).toContain('D’après :');
    expect(note?.textContent).toContain('Whitehead et Dahlgren');
    expect(note?.textContent).toContain('Rémy Slama');
    element.petal = undefined;
    await settle(element);
    expect(shadow(element).querySelector('[part="petal-note"]')).toBeNull();
  });
});

describe('<fleur-pleine-sante> the one factor a reader chose says what it is', () => {
  it('shows the chosen factor description, and nothing for several factors', async () => {
    const catalogue = await harmonie();
    const element = await mount('<fleur-pleine-sante lang="fr" factors="physical-activity"></fleur-pleine-sante>', {
      width: 1200,
    });
    element.catalogue = catalogue as never;
    await settle(element);
    const note = shadow(element).querySelector('[part="factor-note"]');
    expect(note?.getAttribute('data-for')).toBe('physical-activity');
    expect(note?.textContent).toContain('Habitude de vie et de santé.');
    element.factors = 'physical-activity nutrition';
    await settle(element);
    expect(shadow(element).querySelector('[part="factor-note"]')).toBeNull();
    // Chosen with the factor select, as a reader does.
    element.factors = undefined;
    await settle(element);
    const select = shadow(element).querySelector<HTMLSelectElement>('#fleur-factor');
    expect(select).toBeTruthy();
    select!.value = 'adaptation';
    select!.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(element);
    expect(shadow(element).querySelector('[part="factor-note"]')?.textContent).toContain(
      'Adaptation de nos comportements',
    );
  });
});

describe('<fleur-pleine-sante> a click brings the details into view', () => {
  it('selecting by click scrolls the details under the drawing into view', async () => {
    // A laptop screen: the named flower fills it, the details panel starts below its bottom edge.
    await page.viewport(1280, 600);
    const catalogue = await harmonie();
    const element = await mount('<fleur-pleine-sante lang="fr" no-controls></fleur-pleine-sante>', { width: 1200 });
    element.catalogue = catalogue as never;
    await settle(element);
    window.scrollTo(0, 0);
    // The details will open under the drawing, which already reaches past the bottom of the window.
    const stage = shadow(element).querySelector('.fleur__stage');
    expect(stage?.getBoundingClientRect().bottom ?? 0).toBeGreaterThan(window.innerHeight);
    const mark = shadow(element).querySelector<SVGGElement>('[part="item"][data-id="semi-de-paris"]');
    if (!mark) throw new Error('no mark');
    await userEvent.click(mark);
    await settle(element);
    const details = shadow(element).querySelector('[part="details"]');
    await until(() => {
      const { top } = details?.getBoundingClientRect() ?? { top: Number.POSITIVE_INFINITY };
      expect(top).toBeLessThan(window.innerHeight);
    });
    await page.viewport(414, 896); // Vitest's default, for what runs after
  });
});
