import type { FleurPleineSante } from 'fleur-pleine-sante';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { mount, settle, unmountAll, until } from '../../helpers/element.js';
import { minimalCatalogue } from '../../helpers/fixture.js';

const clean = () => history.replaceState(history.state, '', `${location.pathname}${location.search}`);
beforeEach(clean);
afterEach(() => {
  unmountAll();
  clean();
});

const hash = () => new URLSearchParams(location.hash.replace(/^#/, ''));

async function flower(attributes: string): Promise<FleurPleineSante> {
  const element = await mount(`<fleur-pleine-sante lang="fr" ${attributes}></fleur-pleine-sante>`, { width: 1200 });
  element.catalogue = minimalCatalogue();
  await settle(element);
  return element;
}

const firstMark = (element: FleurPleineSante) =>
  element.shadowRoot?.querySelector<SVGGElement>('[part="item"][data-id]') ?? null;

describe('<fleur-pleine-sante url-state> deep links', () => {
  it('without the attribute, nothing is written to the URL', async () => {
    const element = await flower('id="plain"');
    const mark = firstMark(element);
    if (!mark) throw new Error('no mark');
    await userEvent.click(mark);
    await settle(element);
    expect(element.selected).toBe(mark.dataset.id);
    expect(location.hash).toBe('');
  });

  it('mirrors the selection and zoom under its key, restores them on load, and follows back', async () => {
    const element = await flower('id="kit" url-state');
    const mark = firstMark(element);
    const id = mark?.dataset.id ?? '';
    if (!mark) throw new Error('no mark');
    await userEvent.click(mark);
    await settle(element);
    expect(hash().get('kit.selected')).toBe(id);
    element.setAttribute('petal', element.currentCatalogue?.petals[0]?.id ?? '');
    await settle(element);
    expect(hash().get('kit.petal')).toBe(element.currentCatalogue?.petals[0]?.id);

    // A reload: a new flower with the same key finds its state in the URL.
    unmountAll();
    const again = await flower('id="kit" url-state');
    expect(again.selected).toBe(id);
    expect(again.petal).toBe(again.currentCatalogue?.petals[0]?.id);

    // Back: the entry before the zoom.
    history.back();
    await until(() => expect(again.petal ?? undefined).toBeUndefined());
    expect(again.selected).toBe(id);
  });

  it('two flowers on one page keep separate keys', async () => {
    const a = await flower('id="a" url-state');
    const b = await flower('id="b" url-state');
    a.setAttribute('query', 'sommeil');
    b.setAttribute('view', 'table');
    await settle(a);
    await settle(b);
    expect(hash().get('a.query')).toBe('sommeil');
    expect(hash().get('b.view')).toBe('table');
    expect(hash().get('a.view')).toBeNull();
    expect(hash().get('b.query')).toBeNull();
  });
});

describe('<fleur-pleine-sante url-state> and the page author', () => {
  it('keeps the state written in the page when the URL says nothing of it', async () => {
    const element = await flower('id="page" url-state view="table"');
    expect(element.view).toBe('table');
    expect(hash().get('page.view')).toBe('table');
  });
});
