import { afterEach, describe, expect, it } from 'vitest';
import { mount, settle, unmountAll } from '../../helpers/element.js';
import { minimalCatalogue } from '../../helpers/fixture.js';

afterEach(unmountAll);

describe('<fleur-pleine-sante> keyword attributes keep the last good value', () => {
  it('theme="xyz" after theme="dark" stays dark; view="nonsense" after view="table" stays on the table', async () => {
    const element = await mount('<fleur-pleine-sante lang="fr" theme="dark" view="table"></fleur-pleine-sante>');
    element.catalogue = minimalCatalogue();
    await settle(element);
    element.setAttribute('theme', 'xyz');
    element.setAttribute('view', 'nonsense');
    await settle(element);
    expect(element.theme).toBe('dark');
    expect(element.getAttribute('theme')).toBe('dark');
    expect(element.view).toBe('table');
    expect(element.shadowRoot?.querySelector('table')).not.toBeNull();
  });

  it('an unknown first value falls back to the default', async () => {
    const element = await mount('<fleur-pleine-sante lang="fr" theme="rainbow" view="chart"></fleur-pleine-sante>');
    element.catalogue = minimalCatalogue();
    await settle(element);
    expect(element.theme).toBe('auto');
    expect(element.view).toBe('flower');
  });
});
