import 'fleur-pleine-sante/fleur-pleine-sante.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { harmonie } from '../helpers/catalogues.js';
import { drawn, flowerIn, shadowOf } from '../helpers/flower.js';

/** The examples of **Guides / Theming**, live: what the page's CSS does to the element. */
const meta = {
  title: 'Examples/Theming',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The brand rules the guide shows: tokens on the element, one shadow part restyled. */
const BRAND_CSS = `
  .brand-flower fleur-pleine-sante {
    --fleur-font-family: Georgia, 'Times New Roman', serif;
    --fleur-accent-color: #a1004f;
    --fleur-petal-economic: #9a6700;
  }
  .brand-flower fleur-pleine-sante::part(item-label) {
    font-weight: 600;
  }
`;

const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

/** A brand font, a petal colour and the selection colour set by the page; item names in bold through `::part`. */
export const BrandTokens: Story = {
  render: () => html`<div class="brand-flower">
    <style>${BRAND_CSS}</style>
    <fleur-pleine-sante lang="en" theme="light" .catalogue=${harmonie} style="max-width: 60rem"></fleur-pleine-sante>
  </div>`,
  play: async ({ canvasElement, step }) => {
    const element = await flowerIn(canvasElement);
    await drawn(element);
    const root = shadowOf(element);
    await step('the economic petal and its marks take --fleur-petal-economic', async () => {
      const petal = root.querySelector('[part~="petal"][data-petal="economic"] .petal__shape');
      await expect(petal && getComputedStyle(petal).stroke).toBe(rgb('#9a6700'));
      const mark = root.querySelector('[data-petal="economic"] .mark:not(.mark--crossing) .mark__shape');
      await expect(mark && getComputedStyle(mark).fill).toBe(rgb('#9a6700'));
    });
    await step('the font reaches the text inside the shadow root', async () => {
      await expect(getComputedStyle(root.querySelector('[part~="base"]') as Element).fontFamily).toContain('Georgia');
    });
    await step('::part(item-label) styles every item name on the drawing', async () => {
      const label = root.querySelector('[part~="item-label"]');
      await expect(label && getComputedStyle(label).fontWeight).toBe('600');
    });
  },
};
