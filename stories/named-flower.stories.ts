import 'fleur-pleine-sante/fleur-pleine-sante.js';
import { itemLabelText, localized } from 'fleur-pleine-sante-catalogue';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { dense, harmonie, harmonieFullTitles, longTitles } from './helpers/catalogues.js';
import { drawn, flowerIn, settle, shadowOf } from './helpers/flower.js';
import { cssPropertyArgs, manifestArgs, manifestEventArgs } from './helpers/manifest-args.js';
import { type FleurArgs, TAG } from './helpers/render.js';

/**
 * The named flower: every item's name on the drawing — beside its mark around the flower (or inside its petal) with a
 * leader, or, where names do not all fit, by a number on its mark and a numbered key — as a visitor of an offer page
 * and a reader of the printed kit see it. Each story renders the element at the width it is about (`width` arg, in
 * pixels), whatever the size of Storybook's canvas.
 */
const meta = {
  title: 'fleur-pleine-sante/Named flower',
  component: TAG,
  args: { catalogue: harmonie, width: 1200, ...manifestEventArgs(TAG, () => fn()) },
  argTypes: { width: { control: { type: 'range', min: 280, max: 1600, step: 10 } } },
  render: (args) => html`<div style=${styleMap({ width: `${args.width}px`, ...cssPropertyArgs(args) })}>
    <fleur-pleine-sante ${manifestArgs(TAG, args)}></fleur-pleine-sante>
  </div>`,
} satisfies Meta<FleurArgs & { width: number }>;

export default meta;
type Story = StoryObj<FleurArgs & { width: number }>;

const langOf = (globals: Record<string, unknown>) => String(globals.lang ?? 'fr');

/** The visible names on the drawing (beside their marks or in the key), by the item they name. */
function shownNames(root: ShadowRoot): Map<string, string> {
  const names = new Map<string, string>();
  for (const label of root.querySelectorAll('[part~="item-label"]')) {
    const box = label.getBoundingClientRect();
    if (box.width > 0 && box.height > 0)
      names.set(label.getAttribute('data-for') ?? '', (label.textContent ?? '').replace(/\s+/g, ' ').trim());
  }
  return names;
}

/** At 1200 px every Harmonie item is named by its short title, in the page's language. */
export const NamedFlower: Story = {
  play: async ({ canvasElement, globals }) => {
    const element = await flowerIn(canvasElement);
    await drawn(element);
    const catalogue = element.currentCatalogue;
    if (!catalogue) throw new Error('no catalogue');
    const names = shownNames(shadowOf(element));
    for (const item of catalogue.items)
      await expect(names.get(item.id), item.id).toBe(itemLabelText(item, langOf(globals), catalogue.defaultLocale));
  },
};

/** The same in English. */
export const NamedFlowerEnglish: Story = { ...NamedFlower, globals: { lang: 'en' } };

/** Items in a count badge (named in its list), by id. */
function badgedItems(root: ShadowRoot): Set<string> {
  return new Set(
    [...root.querySelectorAll('[part~="badge"]')].flatMap((badge) =>
      (badge.getAttribute('data-item-ids') ?? '').split(' '),
    ),
  );
}

/**
 * A catalogue as an editor first writes it (the report's full titles, no `shortTitle`): every item is still named —
 * by a number on its mark and its title in the key, wrapped on two lines and shortened at a word where it must.
 */
export const FullTitles: Story = {
  args: { catalogue: harmonieFullTitles, 'no-controls': true },
  play: async ({ canvasElement }) => {
    const element = await flowerIn(canvasElement);
    await drawn(element);
    const root = shadowOf(element);
    const catalogue = element.currentCatalogue;
    if (!catalogue) throw new Error('no catalogue');
    const names = shownNames(root);
    const badged = badgedItems(root);
    for (const item of catalogue.items) await expect(names.has(item.id) || badged.has(item.id), item.id).toBe(true);
    // A number on a mark is the number of its entry in the key.
    for (const number of root.querySelectorAll('.flower > .item-numbers [part~="item-number"]')) {
      const id = number.getAttribute('data-for') ?? '';
      const entry = root.querySelector(`[part~="key"] [part~="item-number"][data-for="${id}"]`);
      await expect(entry?.textContent?.trim()).toBe(number.textContent?.trim());
    }
  },
};

/** Long generated titles on a tablet: the numbered key under the flower, the drawing grown to hold it. */
export const NumberedKey: Story = { ...FullTitles, args: { catalogue: longTitles, width: 800, 'no-controls': true } };

/** The numbered key on a phone. */
export const NumberedKeyPhone: Story = {
  ...FullTitles,
  args: { catalogue: harmonie, width: 360, 'no-controls': true },
};

/** Petals sized by their number of items (`petal-size="items"`) instead of the report's equal petals. */
export const PetalsSizedByItems: Story = { args: { 'petal-size': 'items' } };

/**
 * The offer-page spotlight: `selected` with `no-controls` in a 400 px column, as on the page of one offer. Its name
 * is on the drawing, its factors' sectors are lit and the rest steps back.
 */
export const OfferPageSpotlight: Story = {
  args: { width: 400, selected: 'semi-de-paris', 'no-controls': true },
  play: async ({ canvasElement, globals }) => {
    const element = await flowerIn(canvasElement);
    await drawn(element);
    const root = shadowOf(element);
    const catalogue = element.currentCatalogue;
    const item = catalogue?.items.find((candidate) => candidate.id === 'semi-de-paris');
    if (!catalogue || !item) throw new Error('no Semi de Paris');
    await expect(shownNames(root).get(item.id)).toBe(itemLabelText(item, langOf(globals), catalogue.defaultLocale));
    const lit = [...root.querySelectorAll('.factor__sector--lit')].map((node) => node.getAttribute('data-factor'));
    await expect(lit).toEqual(item.factors);
  },
};

/**
 * A count badge opens the list of the items it stands for (600 items on a phone): Enter opens it, arrows walk it,
 * Escape closes it and returns to the badge. No item is reachable only as a number.
 */
export const BadgeList: Story = {
  args: { catalogue: dense, width: 360, 'no-controls': true },
  play: async ({ canvasElement, step }) => {
    const element = await flowerIn(canvasElement);
    await drawn(element);
    const root = shadowOf(element);
    const badge = await waitFor(() => {
      const found = root.querySelector<SVGGElement>('[part="badge"]');
      if (!found) throw new Error('no badge');
      return found;
    });
    await step('Enter opens the list, each entry named by its title', async () => {
      badge.focus();
      await userEvent.keyboard('{Enter}');
      await settle(element);
      const entries = [...root.querySelectorAll<HTMLButtonElement>('[part="badge-item"]')];
      await expect(entries.map((entry) => entry.dataset.id)).toEqual(
        (badge.getAttribute('data-item-ids') ?? '').split(' '),
      );
      for (const entry of entries) await expect(entry.textContent?.trim()).not.toBe('');
      await expect(root.activeElement).toBe(entries[0]);
    });
    await step('Escape closes it and returns to the badge', async () => {
      await userEvent.keyboard('{Escape}');
      await settle(element);
      await expect(root.querySelector('[part="badge-list"]')).toBeNull();
      await expect(root.activeElement).toBe(badge);
    });
  },
};

/**
 * The page as it prints (under `npm test` Playwright emulates print media; in Storybook use DevTools › Rendering ›
 * "Emulate CSS media type: print"): the named flower across the page, the legend and the table of every item, no
 * control or button.
 */
export const Print: Story = {
  args: { width: 900 },
  parameters: { media: { media: 'print' } },
  play: async ({ canvasElement, globals }) => {
    const element = await flowerIn(canvasElement);
    await drawn(element);
    const printing = matchMedia('print').matches;
    if (globalThis.__fleurEmulateMedia) await expect(printing, 'print media emulated').toBe(true);
    if (!printing) return;
    const root = shadowOf(element);
    await waitFor(() => {
      if (!root.querySelector('.fleur__print-table table')) throw new Error('no table yet');
    });
    await settle(element);
    const catalogue = element.currentCatalogue;
    if (!catalogue) throw new Error('no catalogue');
    const names = shownNames(root);
    const badged = badgedItems(root);
    for (const item of catalogue.items)
      if (!badged.has(item.id))
        await expect(names.get(item.id), item.id).toBe(itemLabelText(item, langOf(globals), catalogue.defaultLocale));
    const controls = root.querySelector('[part="controls"]');
    await expect(controls ? getComputedStyle(controls).display : 'none').toBe('none');
    const table = root.querySelector('.fleur__print-table table')?.textContent ?? '';
    await expect(table).toContain(localized(catalogue.items[0]?.title, langOf(globals), catalogue.defaultLocale));
  },
};
