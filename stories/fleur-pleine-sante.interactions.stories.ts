import 'fleur-pleine-sante/fleur-pleine-sante.js';
import { localized } from 'fleur-pleine-sante-catalogue';
import { type FleurPleineSante, messagesFor } from 'fleur-pleine-sante';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { harmonie } from './helpers/catalogues.js';
import {
  drawn,
  flowerIn,
  focusedIn,
  focusedItemId,
  itemById,
  items,
  press,
  settle,
  shadowContainer,
  shadowOf,
  tabInto,
} from './helpers/flower.js';
import { manifestEventArgs } from './helpers/manifest-args.js';
import { type FleurArgs, renderFlower, TAG } from './helpers/render.js';

/**
 * The reader's paths through the flower, as play functions: each story starts from the default flower, acts as a
 * reader would (keyboard or pointer) and checks what the public contract promises — reflected attributes, events
 * with their `detail`, focus. Run them in the Interactions panel, or as tests with `npm test`.
 */
const meta = {
  title: 'fleur-pleine-sante/Interactions',
  component: TAG,
  args: { catalogue: harmonie, ...manifestEventArgs(TAG, () => fn()) },
  render: renderFlower,
} satisfies Meta<FleurArgs>;

export default meta;
type Story = StoryObj<FleurArgs>;

type Spy = ReturnType<typeof fn>;

/** The `detail` of the last event a spy received. */
function lastDetail(spy: unknown): Record<string, unknown> | undefined {
  const calls = (spy as Spy).mock.calls;
  const event = calls[calls.length - 1]?.[0] as CustomEvent<Record<string, unknown>> | undefined;
  return event?.detail;
}

/** The key of the node holding focus in the drawing (`data-nav`). */
const focusedKey = (element: FleurPleineSante) => focusedIn(element)?.closest('[data-nav]')?.getAttribute('data-nav');

/**
 * Keyboard only: Tab enters the flower on one item, arrows move between items, Home and End go to the first and
 * last item, Enter selects (the details open), Escape clears the selection. Controls are hidden (`no-controls`) so
 * the first Tab lands in the drawing.
 */
export const KeyboardWalk: Story = {
  args: { 'no-controls': true },
  play: async ({ canvasElement, args, step }) => {
    const element = await flowerIn(canvasElement);
    await drawn(element);
    let first: string | null = null;
    await step('Tab enters the flower on an item', async () => {
      await tabInto(canvasElement, element);
      first = focusedItemId(element);
      await expect(first, 'an item has focus after Tab').not.toBeNull();
    });
    await step('arrow keys move between items', async () => {
      const before = focusedKey(element);
      await press('{ArrowRight}');
      await settle(element);
      await expect(focusedKey(element)).not.toBe(before);
      await press('{ArrowLeft}');
      await settle(element);
      await expect(focusedKey(element)).toBe(before);
      await press('{ArrowDown}');
      await settle(element);
      await expect(focusedIn(element)?.closest('[data-nav]')).not.toBeNull();
    });
    await step('End and Home go to the last and the first item', async () => {
      await press('{End}');
      await settle(element);
      const last = focusedItemId(element);
      await expect(last).not.toBeNull();
      await press('{Home}');
      await settle(element);
      await expect(focusedItemId(element)).toBe(first);
      await expect(last).not.toBe(first);
    });
    await step('Enter selects the focused item, and focus stays in the flower', async () => {
      await press('{Enter}');
      await waitFor(() => expect(element.getAttribute('selected')).toBe(first));
      await expect(lastDetail(args.onFleurSelect)?.id).toBe(first);
      await waitFor(() => expect(shadowOf(element).querySelector('[part~="details"]')).not.toBeNull());
      await settle(element);
      await expect(focusedIn(element), 'focus is not lost to the page').not.toBeNull();
      await expect(focusedItemId(element), 'the selected item keeps focus').toBe(first);
    });
    await step('Escape clears the selection', async () => {
      await press('{Escape}');
      await waitFor(() => expect(element.hasAttribute('selected')).toBe(false));
      await expect(lastDetail(args.onFleurSelect)?.id).toBeNull();
      await settle(element);
      await expect(focusedItemId(element)).toBe(first);
    });
    await step('Space selects too', async () => {
      await press(' ');
      await waitFor(() => expect(element.getAttribute('selected')).toBe(first));
      await expect(args.onFleurSelect).toHaveBeenCalledTimes(3);
    });
  },
};

/**
 * Pointer: click an item to select it (details open, `fleur-select` with the item), close the details to clear it
 * (`fleur-select` with `id: null`); select again and Escape clears too.
 */
export const SelectAndClear: Story = {
  play: async ({ canvasElement, args, globals, step }) => {
    const element = await flowerIn(canvasElement);
    await drawn(element);
    const messages = messagesFor(String(globals.lang ?? 'fr'));
    const title = localized(
      harmonie.items.find((item) => item.id === 'semi-de-paris')?.title,
      String(globals.lang ?? 'fr'),
      'fr',
    );
    await step('click selects, and the item stays on the flower', async () => {
      await userEvent.click(itemById(element, 'semi-de-paris'));
      await waitFor(() => expect(element.getAttribute('selected')).toBe('semi-de-paris'));
      await expect(lastDetail(args.onFleurSelect)).toMatchObject({
        id: 'semi-de-paris',
        item: { id: 'semi-de-paris' },
      });
      const details = await waitFor(() => {
        const panel = shadowOf(element).querySelector<HTMLElement>('[part~="details"]');
        if (!panel) throw new Error('no details panel');
        return panel;
      });
      await expect(details.textContent).toContain(title);
      await settle(element);
      await expect(itemById(element, 'semi-de-paris').getAttribute('aria-pressed')).toBe('true');
    });
    await step('the close button clears', async () => {
      await userEvent.click(within(shadowContainer(element)).getByRole('button', { name: messages.close }));
      await waitFor(() => expect(element.hasAttribute('selected')).toBe(false));
      await expect(lastDetail(args.onFleurSelect)).toMatchObject({ id: null, item: null });
      await expect(shadowOf(element).querySelector('[part~="details"]')).toBeNull();
    });
    await step('Escape clears', async () => {
      await userEvent.click(itemById(element, 'semi-de-paris'));
      await waitFor(() => expect(element.getAttribute('selected')).toBe('semi-de-paris'));
      await press('{Escape}');
      await waitFor(() => expect(element.hasAttribute('selected')).toBe(false));
      await expect(args.onFleurSelect).toHaveBeenCalledTimes(4);
    });
  },
};

/**
 * Zoom: a legend entry zooms into its petal (`petal` attribute, `fleur-zoom`); inside, Escape first clears the
 * selection, then leaves the zoom (`fleur-zoom` with `petal: null`).
 */
export const ZoomAndBack: Story = {
  play: async ({ canvasElement, args, step }) => {
    const element = await flowerIn(canvasElement);
    await drawn(element);
    const social = new Set(harmonie.factors.filter((factor) => factor.petal === 'social').map((factor) => factor.id));
    await step('the legend zooms into a petal', async () => {
      const entry = shadowOf(element).querySelector<HTMLElement>('[part~="legend"] [data-petal="social"]');
      if (!entry) throw new Error('no legend entry [part~="legend"] [data-petal="social"]');
      await userEvent.click(entry);
      await waitFor(() => expect(element.getAttribute('petal')).toBe('social'));
      await expect(lastDetail(args.onFleurZoom)).toEqual({ petal: 'social' });
      await drawn(element);
      for (const node of items(element)) {
        const item = harmonie.items.find((candidate) => candidate.id === node.getAttribute('data-id'));
        await expect(
          item?.factors.some((factor) => social.has(factor)),
          `${item?.id} is social`,
        ).toBe(true);
      }
    });
    await step('Escape clears the selection first', async () => {
      const [target] = items(element);
      if (!target) throw new Error('no item in the zoomed petal');
      await userEvent.click(target);
      await waitFor(() => expect(element.getAttribute('selected')).toBe(target.getAttribute('data-id')));
      await press('{Escape}');
      await waitFor(() => expect(element.hasAttribute('selected')).toBe(false));
      await expect(element.getAttribute('petal')).toBe('social');
    });
    await step('then leaves the zoom', async () => {
      await press('{Escape}');
      await waitFor(() => expect(element.hasAttribute('petal')).toBe(false));
      await expect(lastDetail(args.onFleurZoom)).toEqual({ petal: null });
      await expect(args.onFleurZoom).toHaveBeenCalledTimes(2);
    });
  },
};

/**
 * Filters: a kind chip, the text search, then "reset". Each change reflects to its attribute (`kinds`, `query`) and
 * fires `fleur-filter` with the active filters and the matching count.
 */
export const Filter: Story = {
  play: async ({ canvasElement, args, globals, step }) => {
    const element = await flowerIn(canvasElement);
    await drawn(element);
    const messages = messagesFor(String(globals.lang ?? 'fr'));
    const chip = () => shadowOf(element).querySelector<HTMLElement>('[data-filter="kinds"][data-value="offer"]');
    await step('a chip filters by kind', async () => {
      const offer = chip();
      if (!offer) throw new Error('no chip [data-filter="kinds"][data-value="offer"]');
      await userEvent.click(offer);
      await waitFor(() => expect(element.getAttribute('kinds')).toBe('offer'));
      await expect(chip()?.getAttribute('aria-pressed')).toBe('true');
      const detail = lastDetail(args.onFleurFilter);
      await expect(detail).toMatchObject({ kinds: ['offer'], query: '', total: harmonie.items.length });
      const offers = harmonie.items.filter((item) => item.kind === 'offer').length;
      await expect(detail?.matching).toBe(offers);
    });
    await step('the search filters by text', async () => {
      const search = within(shadowContainer(element)).getByRole('searchbox');
      await userEvent.type(search, 'santé');
      await waitFor(() => expect(element.getAttribute('query')).toBe('santé'));
      await expect(lastDetail(args.onFleurFilter)).toMatchObject({ kinds: ['offer'], query: 'santé' });
    });
    await step('reset clears every filter', async () => {
      await userEvent.click(within(shadowContainer(element)).getByRole('button', { name: messages.resetFilters }));
      await waitFor(() => expect(element.hasAttribute('kinds')).toBe(false));
      await expect(element.hasAttribute('query')).toBe(false);
      await expect(chip()?.getAttribute('aria-pressed')).toBe('false');
      await expect(lastDetail(args.onFleurFilter)).toMatchObject({
        kinds: [],
        query: '',
        matching: harmonie.items.length,
      });
    });
  },
};
