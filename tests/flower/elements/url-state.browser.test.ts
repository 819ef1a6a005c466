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

/** Sets the page's hash as a link would, without a history entry of its own. */
const loadWithHash = (hashText: string) =>
  history.replaceState(history.state, '', `${location.pathname}${location.search}#${hashText}`);

describe('<fleur-pleine-sante url-state> on back and forward', () => {
  it('restores every mirrored field, each way: back to the flower view, forward to the table', async () => {
    const element = await flower('id="nav" url-state');
    const steps: [string, string][] = [
      ['selected', 'semi'],
      ['petal', 'social'],
      ['kinds', 'offer'],
      ['audiences', 'member'],
      ['objectives', 'obj-1'],
      ['factors', 'sleep'],
      ['query', 'semi'],
      ['view', 'table'],
    ];
    for (const [name, value] of steps) {
      element.setAttribute(name, value);
      await settle(element);
      expect(hash().get(`nav.${name}`)).toBe(value);
    }
    // Back through every entry: each field leaves the element as it leaves the URL.
    for (const [name] of [...steps].reverse()) {
      history.back();
      await until(() => expect(hash().get(`nav.${name}`)).toBeNull());
      await settle(element);
      expect(element.getAttribute(name)).toBeNull();
      if (name === 'view') expect(element.view).toBe('flower');
    }
    expect(element.shadowRoot?.querySelector('table')).toBeNull();
    expect(element.shadowRoot?.querySelector('[part="item"][data-id]')).not.toBeNull();
    // And forward again: every field comes back.
    for (const [name, value] of steps) {
      history.forward();
      await until(() => expect(hash().get(`nav.${name}`)).toBe(value));
      await settle(element);
      expect(element.getAttribute(name)).toBe(value);
    }
    expect(element.view).toBe('table');
  });
});

describe('<fleur-pleine-sante url-state> reads the hash exactly as it reads attributes', () => {
  it('an unknown view keyword in the hash falls back to the flower view, as the attribute does', async () => {
    loadWithHash('hv.view=nope');
    const element = await flower('id="hv" url-state');
    expect(element.view).toBe('flower');
    const byAttribute = await flower('id="attr" view="nope"');
    expect(byAttribute.view).toBe(element.view);
  });

  it('a keyword in another case is the keyword, as the attribute reads it', async () => {
    loadWithHash('hc.view=TABLE');
    const element = await flower('id="hc" url-state');
    expect(element.view).toBe('table');
    expect(element.shadowRoot?.querySelector('table')).not.toBeNull();
  });

  it('normalising the loaded hash replaces its history entry: the first Back leaves the page state', async () => {
    loadWithHash('norm.view=flower&norm.selected=semi&other=kept');
    const entries = history.length;
    const element = await flower('id="norm" url-state');
    expect(element.selected).toBe('semi');
    // `view=flower` is the default, so the element writes the hash without it — in place.
    await until(() => expect(hash().get('norm.view')).toBeNull());
    expect(hash().get('norm.selected')).toBe('semi');
    expect(hash().get('other')).toBe('kept');
    expect(history.length).toBe(entries);
  });

  it('a state restored by Back is not pushed again (Forward still works)', async () => {
    const element = await flower('id="fw" url-state');
    element.setAttribute('selected', 'semi');
    await settle(element);
    element.setAttribute('selected', 'h2s');
    await settle(element);
    const entries = history.length;
    history.back();
    await until(() => expect(element.selected).toBe('semi'));
    await settle(element);
    expect(history.length).toBe(entries);
    history.forward();
    await until(() => expect(element.selected).toBe('h2s'));
  });
});

describe('<fleur-pleine-sante url-state> never reads an unknown keyword', () => {
  it('a link to view=nope leaves view a keyword at every moment, as the attribute does', async () => {
    const element = await flower('id="nv" url-state');
    element.setAttribute('view', 'table');
    await settle(element);
    const seen: unknown[] = [];
    // Read as a page script would, right when the link is followed (after the element's own listener).
    const read = () => seen.push(element.view);
    window.addEventListener('hashchange', read);
    location.hash = 'nv.view=nope';
    await until(() => expect(seen.length).toBeGreaterThan(0));
    window.removeEventListener('hashchange', read);
    await settle(element);
    expect(seen).toEqual(['table']);
    expect(element.view).toBe('table');
    // The URL mirrors what the element reads: the unknown keyword is normalised away.
    await until(() => expect(hash().get('nv.view')).toBe('table'));
  });
});
