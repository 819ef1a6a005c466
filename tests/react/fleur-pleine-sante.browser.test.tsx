import { ELEMENT_PROPERTIES, FleurPleineSante as FleurPleineSanteClass, FleurSelectEvent } from 'fleur-pleine-sante';
import { FleurPleineSante, type FleurPleineSanteElement, type FleurPleineSanteProps } from 'fleur-pleine-sante-react';
import { act, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import harmonie from '../../data/harmonie-mutuelle-2023.json';
import { settle } from '../helpers/settle.js';

// Tells React this is a test: updates inside act() are flushed before it returns, without a warning.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

let mounted: { root: Root; container: HTMLElement } | undefined;

/** Renders `<FleurPleineSante {...props} />` in a 900 px wide container (again: a re-render with new props). */
async function render(props: FleurPleineSanteProps): Promise<FleurPleineSanteElement> {
  if (!mounted) {
    const container = document.createElement('div');
    container.style.width = '900px';
    document.body.append(container);
    mounted = { root: createRoot(container), container };
  }
  const { root, container } = mounted;
  await act(() => root.render(<FleurPleineSante {...props} />));
  const element = container.querySelector('fleur-pleine-sante');
  if (!element) throw new Error('<FleurPleineSante> rendered no <fleur-pleine-sante>');
  await settle(element);
  return element;
}

afterEach(async () => {
  if (!mounted) return;
  const { root, container } = mounted;
  await act(() => root.unmount());
  container.remove();
  mounted = undefined;
});

const part = (element: FleurPleineSanteElement, selector: string) =>
  element.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

describe('<FleurPleineSante> from fleur-pleine-sante-react', () => {
  it('registers <fleur-pleine-sante> with the class-only entry when it is imported', () => {
    expect(customElements.get('fleur-pleine-sante')).toBe(FleurPleineSanteClass);
  });

  it('draws the Harmonie catalogue passed as a JSON import, set as a property', async () => {
    const ref = createRef<FleurPleineSanteElement>();
    const element = await render({ ref, catalogue: harmonie, lang: 'en' });
    expect(ref.current).toBe(element);
    expect(element.catalogue).toBe(harmonie);
    expect(element.currentCatalogue?.id).toBe(harmonie.id);
    expect(element.getAttribute('lang')).toBe('en');
    expect(part(element, '[data-id="semi-de-paris"]')).not.toBeNull();
    expect(element.shadowRoot?.querySelectorAll('[part~="petal"]').length).toBe(harmonie.petals.length);
  });

  it('writes no attribute the page did not give: the markup React rendered on a server stays as it was', async () => {
    const element = await render({ catalogue: harmonie, noControls: true });
    // Next.js hydrates against the server's HTML: an attribute the element added by itself (`theme="auto"`,
    // `view="flower"`, `petal-size="equal"`, an empty `lang`) was reported as a mismatch.
    expect(element.getAttributeNames().sort()).toEqual(['no-controls']);
    expect(element.theme).toBe('auto');
    expect(element.view).toBe('flower');
    expect(element.petalSize).toBe('equal');
    // Given values are reflected; taken away, the default comes back without an attribute.
    await render({ catalogue: harmonie, noControls: true, theme: 'dark', view: 'table' });
    expect(element.getAttribute('theme')).toBe('dark');
    expect(element.getAttribute('view')).toBe('table');
    element.removeAttribute('theme');
    await settle(element);
    expect(element.theme).toBe('auto');
    expect(element.hasAttribute('theme')).toBe(false);
  });

  it('calls onFleurSelect with the clicked item, as a FleurSelectEvent', async () => {
    const onFleurSelect = vi.fn<(event: FleurSelectEvent) => void>();
    const element = await render({ catalogue: harmonie, lang: 'en', onFleurSelect });
    const mark = part(element, '[data-id="semi-de-paris"]');
    if (!mark) throw new Error('no mark for semi-de-paris');
    await userEvent.click(mark);
    expect(onFleurSelect).toHaveBeenCalledTimes(1);
    const [event] = onFleurSelect.mock.calls[0] ?? [];
    expect(event).toBeInstanceOf(FleurSelectEvent);
    expect(event?.detail.id).toBe('semi-de-paris');
    expect(event?.detail.item?.id).toBe('semi-de-paris');
  });

  it('a new selected prop selects that item in the element (and fires no select event)', async () => {
    const onFleurSelect = vi.fn();
    let element = await render({ catalogue: harmonie, lang: 'en', onFleurSelect });
    expect(element.selected).toBeUndefined();
    element = await render({ catalogue: harmonie, lang: 'en', onFleurSelect, selected: 'odyssea' });
    expect(element.selected).toBe('odyssea');
    expect(element.getAttribute('selected')).toBe('odyssea');
    expect(part(element, '[part="details"]')?.textContent).toContain('Odysséa');
    element = await render({ catalogue: harmonie, lang: 'en', onFleurSelect, selected: 'semi-de-paris' });
    expect(part(element, '[part="details"]')?.textContent).toContain('Paris Half Marathon');
    expect(onFleurSelect).not.toHaveBeenCalled();
  });

  it('sets its other props on the element and stops listening when a handler prop is removed', async () => {
    const onFleurZoom = vi.fn();
    let element = await render({ catalogue: harmonie, theme: 'dark', noControls: true, petal: 'social', onFleurZoom });
    expect(element.theme).toBe('dark');
    expect(element.noControls).toBe(true);
    expect(element.petal).toBe('social');
    expect(part(element, '[part="controls"]')).toBeNull();
    element.dispatchEvent(new Event('fleur-zoom'));
    expect(onFleurZoom).toHaveBeenCalledTimes(1);
    element = await render({ catalogue: harmonie, theme: 'dark', noControls: true });
    element.dispatchEvent(new Event('fleur-zoom'));
    expect(onFleurZoom).toHaveBeenCalledTimes(1);
  });

  it('takes every public property of the element as a prop (ELEMENT_PROPERTIES matches its reactive properties)', () => {
    const reactive = [...FleurPleineSanteClass.elementProperties]
      .filter(([, options]) => !options.state)
      .map(([name]) => String(name));
    expect([...ELEMENT_PROPERTIES].sort()).toEqual(reactive.sort());
  });
});
