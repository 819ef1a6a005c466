import { afterEach, describe, expect, it } from 'vitest';
import { mount, settle, shadow, unmountAll } from '../../helpers/element.js';
import { minimalCatalogue } from '../../helpers/fixture.js';

afterEach(() => {
  unmountAll();
  document.documentElement.lang = 'fr';
});

const nameOf = (element: HTMLElement, id: string) =>
  shadow(element as never)
    .querySelector(`[data-id="${id}"]`)
    ?.getAttribute('aria-label');

describe('<fleur-pleine-sante> languages', () => {
  it('speaks French by default', async () => {
    document.documentElement.removeAttribute('lang');
    const element = await mount('<fleur-pleine-sante></fleur-pleine-sante>');
    element.catalogue = minimalCatalogue();
    await settle(element);
    expect(nameOf(element, 'semi')).toBe('Semi de Paris');
    expect(shadow(element).querySelector('#fleur-summary')?.textContent).toContain(
      '3 offres, services et initiatives sur 3 familles de facteurs',
    );
    expect(shadow(element).querySelector('.heart')?.textContent?.replace(/\s+/g, '')).toBe('Lapleinesanté');
  });

  it('speaks English with lang="en", for catalogue text and interface text', async () => {
    const element = await mount('<fleur-pleine-sante lang="en"></fleur-pleine-sante>');
    element.catalogue = minimalCatalogue();
    await settle(element);
    expect(nameOf(element, 'semi')).toBe('Paris Half Marathon');
    expect(shadow(element).querySelector('#fleur-summary')?.textContent).toContain(
      '3 offers, services and initiatives across 3 families of factors',
    );
    expect(shadow(element).querySelector('.heart')?.textContent?.replace(/\s+/g, '')).toBe('Fullhealth');
    expect(shadow(element).querySelector('[part~="petal"][role="group"]')?.getAttribute('aria-label')).toBe('Economic');
  });

  it('inherits the nearest [lang] ancestor and follows its later changes', async () => {
    const element = await mount('<section lang="en"><div><fleur-pleine-sante></fleur-pleine-sante></div></section>');
    element.catalogue = minimalCatalogue();
    await settle(element);
    expect(nameOf(element, 'semi')).toBe('Paris Half Marathon');
    element.closest('section')!.setAttribute('lang', 'fr');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settle(element);
    expect(nameOf(element, 'semi')).toBe('Semi de Paris');
  });

  it('switches language when its own lang changes, keeping the catalogue', async () => {
    const element = await mount('<fleur-pleine-sante></fleur-pleine-sante>');
    element.catalogue = minimalCatalogue();
    await settle(element);
    element.lang = 'en';
    await settle(element);
    expect(nameOf(element, 'h2s')).toBe('Social service');
    expect(element.getAttribute('lang')).toBe('en');
  });

  it('falls back to the catalogue default language for a missing translation', async () => {
    const element = await mount('<fleur-pleine-sante lang="en"></fleur-pleine-sante>');
    const catalogue = minimalCatalogue();
    catalogue.items[1]!.title = { fr: 'Seulement en français' };
    element.catalogue = catalogue;
    await settle(element);
    expect(nameOf(element, 'h2s')).toBe('Seulement en français');
  });
});
