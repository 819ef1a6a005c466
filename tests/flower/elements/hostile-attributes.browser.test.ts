import type { FleurPleineSante } from 'fleur-pleine-sante';
import { afterEach, describe, expect, it } from 'vitest';
import { drawnItemIds, mount, settle, shadow, unmountAll, until } from '../../helpers/element.js';
import { minimalCatalogue } from '../../helpers/fixture.js';

afterEach(() => {
  unmountAll();
  document.documentElement.lang = 'fr';
});

const nameOf = (element: FleurPleineSante, id: string) =>
  shadow(element).querySelector(`[data-id="${id}"]`)?.getAttribute('aria-label');
const loadingNote = (element: FleurPleineSante) => shadow(element).querySelector('[part="status"]');

/** Mounts the element with `attributes`, gives it the small catalogue, and waits until it is drawn. */
async function drawnWith(markup: string): Promise<FleurPleineSante> {
  const element = await mount(markup);
  element.catalogue = minimalCatalogue();
  await settle(element);
  return element;
}

describe('<fleur-pleine-sante lang> with the values pages really write', () => {
  it.each([
    ['fr_FR', 'Semi de Paris'],
    ['en_US', 'Paris Half Marathon'],
    ['EN-gb', 'Paris Half Marathon'],
  ])('a page with <html lang="%s"> draws, in the language it names', async (lang, title) => {
    document.documentElement.lang = lang;
    const element = await drawnWith('<fleur-pleine-sante></fleur-pleine-sante>');
    expect(nameOf(element, 'semi')).toBe(title);
    expect(loadingNote(element)).toBeNull();
  });

  it('a page with lang="en_US" loading src shows the catalogue, not « Chargement » forever', async () => {
    document.documentElement.lang = 'en_US';
    const element = await mount('<fleur-pleine-sante src="/data/harmonie-mutuelle-2023.json"></fleur-pleine-sante>');
    await until(() => expect(drawnItemIds(element).length).toBe(73));
    expect(loadingNote(element)).toBeNull();
  });

  it.each([
    ['constructor', 'constructor'],
    ['toString', 'toString'],
    ['__proto__', '__proto__'],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['10 000 characters', `en-${'x'.repeat(10_000)}`],
  ])('lang set to %s draws in French (the page language) and never throws', async (_name, lang) => {
    const element = await drawnWith('<fleur-pleine-sante></fleur-pleine-sante>');
    element.lang = lang;
    await settle(element);
    expect(nameOf(element, 'semi')).toBe('Semi de Paris');
    expect(shadow(element).querySelector('#fleur-summary')?.textContent).toContain('3 offres, services');
    // The next update after a bad value works too (the reported bug threw there).
    element.selected = 'semi';
    await settle(element);
    expect(shadow(element).querySelector('[part="details"] h2')?.textContent).toBe('Semi de Paris');
  });

  it('a bad own lang under an English section follows the section', async () => {
    const element = await mount(
      '<section lang="en"><fleur-pleine-sante lang="constructor"></fleur-pleine-sante></section>',
    );
    element.catalogue = minimalCatalogue();
    await settle(element);
    expect(nameOf(element, 'semi')).toBe('Paris Half Marathon');
  });
});

describe('<fleur-pleine-sante timeout> with values that are not a time-out', () => {
  it.each(['abc', '', '-5', '0', 'Infinity', '1e12', '2147483648'])(
    'timeout="%s" keeps the default, so a catalogue answered in 300 ms draws',
    async (timeout) => {
      const element = await mount(
        `<fleur-pleine-sante timeout="${timeout}" src="/__fleur__/late.json?ms=300"></fleur-pleine-sante>`,
      );
      await until(() => expect(drawnItemIds(element).length).toBe(73));
      expect(shadow(element).querySelector('[role="alert"]')).toBeNull();
    },
  );
});

describe('<fleur-pleine-sante src> states always settle', () => {
  /** Records the signal of every fetch the element starts. */
  function watchFetches(): { signals: AbortSignal[]; restore(): void } {
    const original = window.fetch;
    const signals: AbortSignal[] = [];
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return original(input, init);
    };
    return { signals, restore: () => (window.fetch = original) };
  }

  it('removing src while it loads clears the loading note and aborts the request (empty state stays)', async () => {
    const fetches = watchFetches();
    try {
      const element = await mount('<fleur-pleine-sante src="/__fleur__/late.json?ms=2000"></fleur-pleine-sante>');
      expect(loadingNote(element)?.textContent).toContain('Chargement');
      element.removeAttribute('src');
      await settle(element);
      expect(loadingNote(element)).toBeNull();
      expect(fetches.signals.at(-1)?.aborted).toBe(true);
    } finally {
      fetches.restore();
    }
  });

  it('removing src while a new one loads keeps the previous drawing, with no loading note', async () => {
    const element = await mount('<fleur-pleine-sante src="/data/harmonie-mutuelle-2023.json"></fleur-pleine-sante>');
    await until(() => expect(drawnItemIds(element).length).toBe(73));
    element.src = '/__fleur__/late.json?ms=2000';
    await settle(element);
    expect(loadingNote(element)?.textContent).toContain('Chargement');
    element.src = undefined;
    await settle(element);
    expect(loadingNote(element)).toBeNull();
    expect(drawnItemIds(element).length).toBe(73);
  });

  it('an HTML page answered for src is a readable not-json error, the drawing kept', async () => {
    const element = await mount(
      '<fleur-pleine-sante lang="en" src="/data/harmonie-mutuelle-2023.json"></fleur-pleine-sante>',
    );
    await until(() => expect(drawnItemIds(element).length).toBe(73));
    element.src = '/__fleur__/login.html';
    await until(() => expect(shadow(element).querySelector('[role="alert"]')?.textContent ?? '').toContain('not JSON'));
    expect(drawnItemIds(element).length).toBe(73);
  });
});

describe('<fleur-pleine-sante query> of a megabyte', () => {
  it('reads the first 200 characters: the property, the search box and the filter all hold at most that', async () => {
    const element = await mount('<fleur-pleine-sante lang="fr"></fleur-pleine-sante>', { width: 1200 });
    element.catalogue = minimalCatalogue();
    await settle(element);
    element.setAttribute('query', `semi${' '.repeat(1_000_000)}nowhere`);
    await settle(element);
    expect(element.query?.length).toBe(200);
    expect(element.filters.query.length).toBeLessThanOrEqual(200);
    // The search applies to what was read: "semi" matches one item; "nowhere", past the cap, is ignored.
    const marks = [...(element.shadowRoot?.querySelectorAll('[part~="item"][data-id]') ?? [])];
    const dimmed = marks.filter((mark) => mark.getAttribute('class')?.includes('dimmed'));
    expect(marks.length - dimmed.length).toBe(1);
    const input = element.shadowRoot?.querySelector<HTMLInputElement>('[part="controls"] input[type="search"]');
    expect(input?.value.length).toBeLessThanOrEqual(200);
    expect(input?.maxLength).toBe(200);
  });
});
