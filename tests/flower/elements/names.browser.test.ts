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

/** The visible text of every name on the drawing (beside its mark or in the key), keyed by the item it names. */
function names(element: Element): Map<string, string> {
  const result = new Map<string, string>();
  for (const label of shadow(element).querySelectorAll('[part~="item-label"]')) {
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
      for (const label of shadow(element).querySelectorAll('[part~="item-label"]')) {
        expect(label.closest('[aria-hidden="true"]'), label.textContent ?? '').not.toBeNull();
        expect(label.closest('[tabindex]')).toBeNull();
      }
      // Most are beside their marks, with a leader each; the rest carry a number and are in the key.
      const leaders = shadow(element).querySelectorAll('[part~="leader"][data-for]');
      expect(leaders.length).toBeGreaterThanOrEqual(0.8 * catalogue.items.length);
      for (const number of shadow(element).querySelectorAll('[part~="item-number"][data-for]')) {
        const id = number.getAttribute('data-for') ?? '';
        expect(shadow(element).querySelector(`[part~="key"] [part~="item-label"][data-for="${id}"]`)).not.toBeNull();
      }
    });

  it('a click on a name selects its item, and hovering it highlights its mark', async () => {
    const catalogue = await harmonie();
    const element = await mount('<fleur-pleine-sante lang="fr"></fleur-pleine-sante>', { width: 1200 });
    element.catalogue = catalogue as never;
    await settle(element);
    // The name's text lets the pointer through to its target, the group around it.
    const label = shadow(element)
      .querySelector('[part~="item-label"][data-for="semi-de-paris"]')
      ?.closest<SVGGElement>('g[data-for]');
    if (!label) throw new Error('no name for semi-de-paris');
    await userEvent.hover(label);
    await settle(element);
    expect(shadow(element).querySelector('[data-id="semi-de-paris"]')?.classList.contains('is-hot')).toBe(true);
    await userEvent.click(label);
    await settle(element);
    expect(element.selected).toBe('semi-de-paris');
  });

  it('on a phone, every mark carries its number, and the key under the flower names them in that order', async () => {
    const catalogue = await harmonie();
    const element = await mount('<fleur-pleine-sante lang="fr" no-controls></fleur-pleine-sante>', { width: 360 });
    element.catalogue = catalogue as never;
    await settle(element);
    const marks = [...shadow(element).querySelectorAll('[part="item"][data-id]')];
    expect(marks.length).toBeGreaterThan(10);
    const shown = names(element);
    const flower = shadow(element).querySelector('.flower')?.getBoundingClientRect();
    const numbers = marks.map((mark) =>
      Number(
        shadow(element).querySelector(`[part~="item-number"][data-for="${mark.getAttribute('data-id')}"]`)?.textContent,
      ),
    );
    expect([...numbers].sort((a, b) => a - b)).toEqual(marks.map((_, i) => i + 1));
    // The key lists them in their numbers' order.
    const listed = [...shadow(element).querySelectorAll('[part~="key"] [part~="item-number"]')].map((n) =>
      Number(n.textContent),
    );
    expect(listed).toEqual(marks.map((_, i) => i + 1));
    marks.forEach((mark) => {
      const id = mark.getAttribute('data-id') ?? '';
      expect(shown.get(id), id).toBe(catalogue.items.find((item) => item.id === id)?.shortTitle.fr);
      const entry = shadow(element).querySelector(`[part~="key"] [part~="item-label"][data-for="${id}"]`);
      // The key is inside the drawing, under the flower, within the phone's width.
      const box = entry?.getBoundingClientRect();
      expect(box && flower && box.right <= flower.right + 0.5 && box.left >= flower.left - 0.5).toBe(true);
    });
  });

  it('an entry of the key and its mark are one item: hovering either lights both, a click on the entry selects', async () => {
    const catalogue = await harmonie();
    const element = await mount('<fleur-pleine-sante lang="fr" no-controls></fleur-pleine-sante>', { width: 360 });
    element.catalogue = catalogue as never;
    await settle(element);
    const entry = shadow(element).querySelector<SVGGElement>('[part~="key"] .key-entry[data-for]');
    if (!entry) throw new Error('no key entry');
    const id = entry.getAttribute('data-for') ?? '';
    await userEvent.hover(entry);
    await settle(element);
    expect(shadow(element).querySelector(`[data-id="${id}"]`)?.classList.contains('is-hot')).toBe(true);
    expect(entry.classList.contains('is-hot')).toBe(true);
    await userEvent.click(entry);
    await settle(element);
    expect(element.selected).toBe(id);
    expect(shadow(element).querySelector(`.key-entry[data-for="${id}"]`)?.classList.contains('is-selected')).toBe(true);
    // Focus on the mark lights its entry too (the keyboard's way to the same link).
    // (The drawing's keyboard comes with the reading parts, right after the first paint.)
    const other = shadow(element).querySelectorAll<SVGGElement>('[part="item"][data-id]')[1];
    const otherId = other?.getAttribute('data-id') ?? '';
    const lit = () => shadow(element).querySelector(`.key-entry[data-for="${otherId}"]`)?.classList.contains('is-hot');
    await until(() => expect((element as unknown as { interaction?: unknown }).interaction).toBeDefined(), 10_000);
    // The pointer leaves first: while it rests on the entry, Chromium may replay a hover over it after the selection's
    // re-render, and the hovered item would rightly stay the highlighted one.
    await userEvent.unhover(entry);
    other?.focus();
    await settle(element);
    await until(() => expect(lit()).toBe(true));
  });

  it('the item the keyboard lit stays lit while the pointer rests on the drawing’s background, and goes dark when the focus leaves the drawing', async () => {
    const catalogue = await harmonie();
    const element = await mount('<fleur-pleine-sante lang="fr" no-controls></fleur-pleine-sante>', { width: 1200 });
    element.catalogue = catalogue as never;
    await settle(element);
    await until(() => expect((element as unknown as { interaction?: unknown }).interaction).toBeDefined(), 10_000);
    const mark = shadow(element).querySelectorAll<SVGGElement>('[part="item"][data-id]')[2];
    const id = mark?.getAttribute('data-id') ?? '';
    const lit = () => shadow(element).querySelector(`[data-id="${id}"]`)?.classList.contains('is-hot');
    mark?.focus();
    await settle(element);
    await until(() => expect(lit()).toBe(true));
    // The pointer on the heart (no item there): the keyboard's highlight stays.
    const heart = shadow(element).querySelector<SVGGElement>('[part="heart"]');
    if (!heart) throw new Error('no heart');
    await userEvent.hover(heart);
    await settle(element);
    expect(lit()).toBe(true);
    // The pointer on another mark lights that one instead…
    const other = shadow(element).querySelectorAll<SVGGElement>('[part="item"][data-id]')[5];
    if (!other) throw new Error('no other mark');
    await userEvent.hover(other);
    await settle(element);
    expect(other.classList.contains('is-hot')).toBe(true);
    expect(lit()).toBe(false);
    // …and the focus leaving the drawing leaves the pointer's item lit.
    mark?.blur();
    await settle(element);
    expect(other.classList.contains('is-hot')).toBe(true);
    // Back to the keyboard: focus lights its item, blur darkens it while the pointer is on the background.
    await userEvent.hover(heart);
    mark?.focus();
    await settle(element);
    await until(() => expect(lit()).toBe(true));
    mark?.blur();
    await settle(element);
    await until(() => expect(lit()).toBe(false));
  });

  it('names measured in the font they are drawn in: a wide font set by the page makes no two names overlap', async () => {
    const catalogue = await harmonie();
    const element = await mount('<fleur-pleine-sante lang="fr" no-controls></fleur-pleine-sante>', { width: 1200 });
    // A monospace face is far wider than the built-in estimate's sans-serif.
    element.style.setProperty('--fleur-font-family', "'DejaVu Sans Mono', 'Liberation Mono', monospace");
    element.style.setProperty('--fleur-font-size', '14px');
    element.catalogue = catalogue as never;
    await settle(element);
    const boxes = [...shadow(element).querySelectorAll('[part~="item-label"]')].map((label) => ({
      id: label.getAttribute('data-for'),
      box: label.getBoundingClientRect(),
    }));
    expect(boxes.length).toBe(catalogue.items.length);
    const overlaps: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (x > 0.5 && y > 0.5) overlaps.push(`${a.id} × ${b.id}`);
      }
    });
    expect(overlaps).toEqual([]);
    // And every name stays inside the drawing.
    const drawing = shadow(element).querySelector('.flower')?.getBoundingClientRect();
    for (const { id, box } of boxes) {
      expect(box.left >= (drawing?.left ?? 0) - 0.5 && box.right <= (drawing?.right ?? 0) + 0.5, id ?? '').toBe(true);
    }
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
