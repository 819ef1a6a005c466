import { afterEach, describe, expect, it, vi } from 'vitest';
import * as filters from '../../../packages/flower/src/model/filters.js';
import { syntheticCatalogue } from '../../fixtures/synthetic-catalogue.js';
import { mount, nextEvent, settle, unmountAll, until } from '../../helpers/element.js';

// Every importer of the filters module (the element, its reading parts) gets spies that call the real functions.
vi.mock('../../../packages/flower/src/model/filters.js', { spy: true });

afterEach(unmountAll);

describe('<fleur-pleine-sante> filter chips', () => {
  it('a chip click computes the matching items once: the fleur-filter count and the drawing share them', async () => {
    const element = await mount('<fleur-pleine-sante lang="fr"></fleur-pleine-sante>', { width: 1200 });
    element.catalogue = syntheticCatalogue({ items: 500, seed: 7 }) as never;
    await settle(element);
    const chip = () => element.shadowRoot?.querySelector<HTMLButtonElement>('button[data-filter="kinds"]');
    await until(() => expect(chip()).toBeTruthy(), 10_000);
    vi.mocked(filters.matchingItemIds).mockClear();

    const event = nextEvent(element, 'fleur-filter');
    chip()?.click();
    const { detail } = await event;
    await settle(element);

    expect(filters.matchingItemIds).toHaveBeenCalledTimes(1);
    const drawn = element.shadowRoot?.querySelectorAll('[part~="item"][data-id]:not(.is-dimmed)').length;
    expect(detail.matching).toBeGreaterThan(0);
    expect(detail.matching).toBeLessThan(500);
    expect(drawn).toBeGreaterThan(0);
  });
});
