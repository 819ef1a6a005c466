import type { FleurPleineSante } from 'fleur-pleine-sante';
import { afterEach, describe, expect, it } from 'vitest';
import { mount, nextEvent, settle, shadow, unmountAll } from '../../helpers/element.js';
import { minimalCatalogue } from '../../helpers/fixture.js';

afterEach(unmountAll);

async function drawn(catalogue: unknown, lang = 'fr'): Promise<FleurPleineSante> {
  const element = await mount(`<fleur-pleine-sante lang="${lang}"></fleur-pleine-sante>`);
  element.catalogue = catalogue as never;
  await settle(element);
  return element;
}

function click(node: Element | null | undefined): void {
  if (!node) throw new Error('nothing to click');
  node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}

describe('<fleur-pleine-sante> text that can be seen', () => {
  it('rejects an item whose title is only zero-width and bidi characters, with an empty-text alert', async () => {
    const element = await mount('<fleur-pleine-sante lang="en"></fleur-pleine-sante>');
    const error = nextEvent(element, 'fleur-error');
    const catalogue = minimalCatalogue();
    catalogue.items[0]!.title = '\u200b\u202e\u2066\u200d';
    element.catalogue = catalogue;
    const { detail } = await error;
    expect(detail.issues.map((issue) => issue.code)).toEqual(['empty-text']);
    await settle(element);
    expect(shadow(element).querySelector('[role="alert"]')?.textContent).toContain('The text is empty.');
  });

  it('draws a title without its control and bidi-override characters (name, label, details)', async () => {
    const catalogue = minimalCatalogue();
    catalogue.items[0]!.title = 'Semi\u202e de\u0007 Paris';
    const element = await drawn(catalogue);
    const mark = shadow(element).querySelector('[data-id="semi"]');
    expect(mark?.getAttribute('aria-label')).toBe('Semi de Paris');
    element.selected = 'semi';
    await settle(element);
    expect(shadow(element).querySelector('[part="details"] h2')?.textContent).toBe('Semi de Paris');
    expect(shadow(element).innerHTML).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(shadow(element).innerHTML).not.toContain('\u0007');
  });

  it('isolates a right-to-left title inside the announcement sentence', async () => {
    const catalogue = minimalCatalogue();
    catalogue.items[0]!.title = 'מרתון 2023';
    const element = await drawn(catalogue);
    click(shadow(element).querySelector('[data-id="semi"]'));
    await settle(element);
    expect(shadow(element).querySelector('[role="status"]')?.textContent).toContain(
      'Sélectionné : \u2068מרתון 2023\u2069',
    );
  });

  it('isolates user text in the HTML: details title by its content, legend labels and link labels inline', async () => {
    const element = await drawn(minimalCatalogue());
    element.selected = 'semi';
    await settle(element);
    const root = shadow(element);
    const bidi = (node: Element | null) => (node ? getComputedStyle(node).unicodeBidi : 'missing');
    expect(bidi(root.querySelector('.details__title'))).toBe('plaintext');
    expect(bidi(root.querySelector('.legend__label'))).toBe('isolate');
    expect(bidi(root.querySelector('.details__links bdi'))).toBe('isolate');
    expect(bidi(root.querySelector('text.label'))).toBe('isolate');
  });
});

describe('<fleur-pleine-sante> links that cannot disguise', () => {
  it('rejects a link whose credentials hide the real host', async () => {
    const element = await mount('<fleur-pleine-sante lang="en"></fleur-pleine-sante>');
    const error = nextEvent(element, 'fleur-error');
    const catalogue = minimalCatalogue();
    catalogue.items[0]!.links = [{ href: 'https://www.harmonie-mutuelle.fr:secret@evil.example/login' }];
    element.catalogue = catalogue;
    const { detail } = await error;
    expect(detail.issues[0]).toMatchObject({ code: 'link-credentials', params: { host: 'evil.example' } });
  });

  it('shows the real host beside a labelled link', async () => {
    const catalogue = minimalCatalogue();
    catalogue.items[0]!.links = [{ href: 'https://evil.example/harmonie', label: 'www.harmonie-mutuelle.fr' }];
    const element = await drawn(catalogue);
    element.selected = 'semi';
    await settle(element);
    const entry = shadow(element).querySelector('.details__links li');
    expect(entry?.querySelector('.details__host')?.textContent).toBe('(evil.example)');
  });
});
