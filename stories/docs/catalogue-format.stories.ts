import 'fleur-pleine-sante/fleur-pleine-sante.js';
import type { CatalogueInput } from 'fleur-pleine-sante-catalogue';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { drawn, flowerIn, items } from '../helpers/flower.js';
import minimalJson from './minimal-catalogue.json';

/** The examples of **Guides / Catalogue format**, drawn by the element. */
const meta = {
  title: 'Examples/Catalogue format',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

// JSON imports widen literals (`version: number`); the element validates every catalogue anyway.
const minimal = minimalJson as unknown as CatalogueInput;

/** The guide's minimal catalogue: two petals, two factors, two services, one of them between the petals. */
export const MinimalCatalogue: Story = {
  render: () => html`<fleur-pleine-sante .catalogue=${minimal} style="max-width: 48rem"></fleur-pleine-sante>`,
  play: async ({ canvasElement }) => {
    const element = await flowerIn(canvasElement);
    await drawn(element);
    await expect(items(element).map((node) => node.getAttribute('data-id'))).toEqual(
      expect.arrayContaining(['coaching-sommeil', 'retour-emploi']),
    );
    await expect(element.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
  },
};
