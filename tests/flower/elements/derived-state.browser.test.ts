import { afterEach, describe, expect, it } from 'vitest';
import { mount, settle, unmountAll } from '../../helpers/element.js';
import { syntheticCatalogue } from '../../fixtures/synthetic-catalogue.js';

afterEach(unmountAll);

/** The element's derived state, read for this test only (the fields are private to the class, not to the runtime). */
interface Derived {
  matching: ReadonlySet<string>;
  nodes: readonly unknown[];
  filters: unknown;
}

describe('<fleur-pleine-sante> derives its state once per change of its inputs', () => {
  it('hovering 50 marks of a 5 000-item catalogue recomputes neither the matching items nor the keyboard nodes', async () => {
    const element = await mount('<fleur-pleine-sante lang="fr" no-controls></fleur-pleine-sante>', { width: 1200 });
    element.catalogue = syntheticCatalogue({ items: 5000, seed: 7 }) as never;
    await settle(element);
    const derived = element as unknown as Derived;
    const before = { matching: derived.matching, nodes: derived.nodes, filters: derived.filters };
    expect(before.matching.size).toBe(5000);
    const marks = [...(element.shadowRoot?.querySelectorAll('[part="item"][data-id]') ?? [])].slice(0, 50);
    expect(marks.length).toBe(50);
    for (const mark of marks) {
      mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
      await element.updateComplete;
    }
    // The hover did re-render (the last mark is lit), with the very same derived objects.
    expect(marks.at(-1)?.classList.contains('is-hot')).toBe(true);
    expect(derived.matching).toBe(before.matching);
    expect(derived.nodes).toBe(before.nodes);
    expect(derived.filters).toBe(before.filters);
    // A filter change does recompute them.
    element.setAttribute('kinds', 'offer');
    await settle(element);
    expect(derived.matching).not.toBe(before.matching);
    expect(derived.matching.size).toBeLessThan(5000);
  });
});
