import 'fleur-pleine-sante/fleur-pleine-sante.js';
import {
  type Catalogue,
  createIssue,
  formatPath,
  issueMessage,
  localized,
  parseCatalogue,
} from 'fleur-pleine-sante-catalogue';
import { contrastRatio, MIN_TEXT_CONTRAST, messagesFor, parseColor, relativeLuminance } from 'fleur-pleine-sante';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { dahlgren, dense, empty, harmonie, invalid } from './helpers/catalogues.js';
import { FAKE_ORIGIN, installFakeCatalogueServer } from './helpers/fake-server.js';
import { drawn, flowerIn, items, settle, shadowContainer, shadowOf } from './helpers/flower.js';
import { manifestArgs, manifestEventArgs } from './helpers/manifest-args.js';
import { type FleurArgs, renderFlower, TAG } from './helpers/render.js';

/**
 * `<fleur-pleine-sante>` in every state. Each story sets only the attributes its state needs; the controls list
 * every attribute, property, event, part and custom property of the element, read from `custom-elements.json`.
 * Use the toolbar for the page's language, direction and theme. Each story is also a test (`npm test`): it must
 * render, pass its play function and have no axe violation.
 */
const meta = {
  title: 'fleur-pleine-sante/States',
  component: TAG,
  tags: ['autodocs'],
  args: { catalogue: harmonie, ...manifestEventArgs(TAG, () => fn()) },
  render: renderFlower,
} satisfies Meta<FleurArgs>;

export default meta;
type Story = StoryObj<FleurArgs>;

const langOf = (globals: Record<string, unknown>) => String(globals.lang ?? 'fr');

/** The validated catalogue the element is drawing (its public `currentCatalogue`). */
function drawnCatalogue(element: { currentCatalogue: Catalogue | undefined }): Catalogue {
  const catalogue = element.currentCatalogue;
  if (!catalogue) throw new Error('the element has no valid catalogue');
  return catalogue;
}

/** jest-dom's `toBeVisible` cannot see into shadow roots (it asks `document.contains`); the browser can. */
const isVisible = (node: Element) => node.checkVisibility({ opacityProperty: true, visibilityProperty: true });

const petalsAreNamedGroups: NonNullable<Story['play']> = async ({ canvasElement, globals, step }) => {
  const element = await flowerIn(canvasElement);
  await drawn(element);
  const catalogue = drawnCatalogue(element);
  const lang = langOf(globals);
  const text = (value: Parameters<typeof localized>[0]) => localized(value, lang, catalogue.defaultLocale);
  await step('each petal is a group named by its label', async () => {
    for (const petal of catalogue.petals) {
      // Within the drawing: the factor filter's <optgroup>s are groups with the same names.
      const drawing = shadowContainer(element).querySelector('svg') as unknown as HTMLElement;
      const group = within(drawing).getByRole('group', { name: text(petal.label) });
      await expect(isVisible(group)).toBe(true);
    }
  });
  await step('each item carries its id and is named by its title', async () => {
    for (const node of items(element)) {
      const item = catalogue.items.find((candidate) => candidate.id === node.getAttribute('data-id'));
      await expect(item, `item ${node.getAttribute('data-id')}`).toBeDefined();
      await expect(node.getAttribute('aria-label')).toBe(text(item?.title));
    }
  });
};

/** The Harmonie Mutuelle 2023 catalogue on the three petals of the report: economic, social, environmental. */
export const Default: Story = {
  play: async (context) => {
    await petalsAreNamedGroups(context);
    await context.step('no event when nothing was done', async () => {
      await expect(context.args.onFleurSelect).not.toHaveBeenCalled();
      await expect(context.args.onFleurZoom).not.toHaveBeenCalled();
      await expect(context.args.onFleurError).not.toHaveBeenCalled();
    });
  },
};

/** The same flower in English: petal, factor and item names come from the catalogue's `en` texts. */
export const DefaultEnglish: Story = { globals: { lang: 'en' }, play: petalsAreNamedGroups };

/** Zoom into a petal: only the items acting on its factors remain, spread over the whole drawing. */
function zoomedInto(petal: string): Story {
  return {
    args: { petal },
    play: async ({ canvasElement, args }) => {
      const element = await flowerIn(canvasElement);
      await drawn(element);
      const catalogue = drawnCatalogue(element);
      const factors = new Set(catalogue.factors.filter((factor) => factor.petal === petal).map((factor) => factor.id));
      await expect(element.getAttribute('petal')).toBe(petal);
      for (const node of items(element)) {
        const item = catalogue.items.find((candidate) => candidate.id === node.getAttribute('data-id'));
        await expect(
          item?.factors.some((factor) => factors.has(factor)),
          `${item?.id} acts on ${petal}`,
        ).toBe(true);
      }
      // Setting `petal` from code (or markup) is not a reader's action.
      await expect(args.onFleurZoom).not.toHaveBeenCalled();
    },
  };
}

/** Zoomed into the economic petal (income, socio-professional category, education, employment). */
export const ZoomedEconomic = zoomedInto('economic');

/** Zoomed into the social petal (lifestyle and health habits, working conditions, housing, social ties). */
export const ZoomedSocial = zoomedInto('social');

/** Zoomed into the environmental petal (physical, chemical and biological conditions, adaptation, mitigation). */
export const ZoomedEnvironmental = zoomedInto('environmental');

function selected(): Story {
  return {
    args: { selected: 'semi-de-paris' },
    play: async ({ canvasElement, args, globals }) => {
      const element = await flowerIn(canvasElement);
      await drawn(element);
      const catalogue = drawnCatalogue(element);
      const item = catalogue.items.find((candidate) => candidate.id === 'semi-de-paris');
      const details = await waitFor(() => {
        const panel = shadowOf(element).querySelector('[part~="details"]');
        if (!panel) throw new Error('no details panel');
        return panel;
      });
      await expect(isVisible(details)).toBe(true);
      await expect(details.textContent).toContain(localized(item?.title, langOf(globals), catalogue.defaultLocale));
      await expect(args.onFleurSelect).not.toHaveBeenCalled();
    },
  };
}

/** An item selected (`selected="semi-de-paris"`): its mark is highlighted and the details panel shows it. */
export const Selected = selected();

/** The selected item's details in English (figures in English number format). */
export const SelectedEnglish: Story = { ...selected(), globals: { lang: 'en' } };

/** Filters set by attributes (`kinds="offer"`, `audiences="company"`): matching items stay, others step back. */
export const Filtered: Story = {
  args: { kinds: 'offer', audiences: 'company' },
  play: async ({ canvasElement, args }) => {
    const element = await flowerIn(canvasElement);
    await drawn(element);
    const chip = (filter: string, value: string) =>
      shadowOf(element).querySelector(`[data-filter="${filter}"][data-value="${value}"]`);
    await waitFor(() => expect(chip('kinds', 'offer')?.getAttribute('aria-pressed')).toBe('true'));
    await expect(chip('audiences', 'company')?.getAttribute('aria-pressed')).toBe('true');
    await expect(chip('kinds', 'service')?.getAttribute('aria-pressed')).toBe('false');
    await expect(args.onFleurFilter).not.toHaveBeenCalled();
  },
};

/** A text search (`query="sommeil"`) over titles and summaries in every language of the catalogue. */
export const TextSearch: Story = {
  args: { query: 'sommeil' },
  play: async ({ canvasElement }) => {
    const element = await flowerIn(canvasElement);
    await drawn(element);
    const search = await waitFor(() => within(shadowContainer(element)).getByRole('searchbox'));
    await expect((search as HTMLInputElement).value).toBe('sommeil');
  },
};

function tableView(): Story {
  return {
    args: { view: 'table' },
    play: async ({ canvasElement, globals }) => {
      const element = await flowerIn(canvasElement);
      const table = await waitFor(() => within(shadowContainer(element)).getByRole('table'));
      const catalogue = drawnCatalogue(element);
      const messages = messagesFor(langOf(globals));
      await expect(table.querySelector('caption')?.textContent?.trim()).toBe(
        messages.tableCaption(localized(catalogue.title, langOf(globals), catalogue.defaultLocale)),
      );
      // An item acting on several factors has a row under each of them.
      await expect(table.querySelectorAll('[data-table-id]').length).toBeGreaterThanOrEqual(catalogue.items.length);
    },
  };
}

/** The table view (`view="table"`): every item by petal and factor, the view screen-reader users can browse. */
export const TableView = tableView();

/** The table view in English. */
export const TableViewEnglish: Story = { ...tableView(), globals: { lang: 'en' } };

/** The dark theme (`theme="dark"`): dark background, light text, every text colour ≥ 4.5:1. */
export const DarkTheme: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const element = await flowerIn(canvasElement);
    await drawn(element);
    const style = getComputedStyle(element);
    const background = parseColor(style.backgroundColor);
    await expect(background && relativeLuminance(background)).toBeLessThan(0.05);
    await expect(contrastRatio(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  },
};

/**
 * Forced colours (Windows high contrast): the element switches to system colours (`Canvas`, `CanvasText`,
 * `Highlight`). Storybook cannot emulate it here: in Chromium use DevTools › Rendering › "Emulate CSS media feature
 * forced-colors: active". Under `npm test` Playwright emulates it for this story.
 */
export const ForcedColors: Story = {
  parameters: { media: { forcedColors: 'active' } },
  play: async ({ canvasElement, step }) => {
    const element = await flowerIn(canvasElement);
    await drawn(element);
    const active = matchMedia('(forced-colors: active)').matches;
    if (globalThis.__fleurEmulateMedia) await expect(active, 'forced colours emulated').toBe(true);
    if (!active) return;
    await step('marks stay distinct from the canvas', async () => {
      const background = getComputedStyle(element).backgroundColor;
      for (const node of items(element).slice(0, 10)) {
        const shape = node.querySelector('circle, path, rect, polygon, ellipse') ?? node;
        const { fill, stroke } = getComputedStyle(shape);
        await expect(fill !== background || stroke !== background, `${node.getAttribute('data-id')} visible`).toBe(
          true,
        );
      }
    });
  },
};

/**
 * Reduced motion: zooming and selecting change the picture at once, with no animation or transition. Storybook
 * cannot emulate the preference here: use your system setting or DevTools › Rendering › "prefers-reduced-motion:
 * reduce". Under `npm test` Playwright emulates it, and the play function zooms in and out and checks that nothing
 * animated.
 */
export const ReducedMotion: Story = {
  parameters: { media: { reducedMotion: 'reduce' } },
  play: async ({ canvasElement, step }) => {
    const element = await flowerIn(canvasElement);
    await drawn(element);
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (globalThis.__fleurEmulateMedia) await expect(reduced, 'reduced motion emulated').toBe(true);
    if (!reduced) return;
    const legendEntry = () => shadowOf(element).querySelector<HTMLElement>('[part~="legend"] [data-petal="social"]');
    await step('zooming in does not animate', async () => {
      const entry = legendEntry();
      if (!entry) throw new Error('no legend entry [part~="legend"] [data-petal="social"]');
      await userEvent.click(entry);
      await waitFor(() => expect(element.getAttribute('petal')).toBe('social'));
      await expect(shadowOf(element).getAnimations()).toHaveLength(0);
      for (const node of items(element)) {
        const durations = getComputedStyle(node)
          .transitionDuration.split(',')
          .map((value) => Number.parseFloat(value));
        await expect(Math.max(...durations), `${node.getAttribute('data-id')} transition`).toBe(0);
      }
    });
    await step('zooming out does not animate', async () => {
      const entry = legendEntry();
      if (!entry) throw new Error('no legend entry [part~="legend"] [data-petal="social"]');
      await userEvent.click(entry);
      await waitFor(() => expect(element.hasAttribute('petal')).toBe(false));
      await expect(shadowOf(element).getAnimations()).toHaveLength(0);
    });
  },
};

/** A small phone (320 × 568): the flower fits the width, labels stay readable, nothing overflows. */
export const PhoneSize: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    const element = await flowerIn(canvasElement);
    await drawn(element);
    const host = element.getBoundingClientRect();
    await expect(host.width).toBeLessThanOrEqual(320);
    for (const node of items(element)) {
      const box = node.getBoundingClientRect();
      await expect(
        box.left >= host.left - 0.5 && box.right <= host.right + 0.5,
        `${node.getAttribute('data-id')} fits`,
      ).toBe(true);
    }
  },
};

/**
 * A dense catalogue (600 seeded items): crowded factors show count badges instead of overlapping marks, each a
 * "+N" in a dashed disc that no one takes for a numbered mark.
 */
export const DenseCatalogue: Story = {
  args: { catalogue: dense },
  play: async ({ canvasElement }) => {
    const element = await flowerIn(canvasElement);
    const badges = await waitFor(() => {
      const found = [...shadowOf(element).querySelectorAll('[part~="badge"]')];
      if (found.length === 0) throw new Error('no count badge');
      return found;
    });
    for (const badge of badges) {
      await expect(badge.getAttribute('aria-label') ?? '').not.toBe('');
      const count = badge.getAttribute('data-item-ids')?.split(' ').length;
      await expect(badge.querySelector('.badge__count')?.textContent).toBe(`+${count}`);
    }
  },
};

function emptyCatalogue(): Story {
  return {
    args: { catalogue: empty },
    play: async ({ canvasElement, globals }) => {
      const element = await flowerIn(canvasElement);
      await settle(element);
      const catalogue = drawnCatalogue(element);
      await waitFor(() => expect(shadowOf(element).textContent).toContain(messagesFor(langOf(globals)).empty));
      for (const petal of catalogue.petals) {
        const name = localized(petal.label, langOf(globals), catalogue.defaultLocale);
        const drawing = shadowContainer(element).querySelector('svg') as unknown as HTMLElement;
        await expect(within(drawing).getByRole('group', { name })).toBeTruthy();
      }
      await expect(items(element)).toHaveLength(0);
    },
  };
}

/** An empty catalogue (valid, no items): the petals and a short "nothing to show" message. */
export const EmptyCatalogue = emptyCatalogue();

/** The empty catalogue in English. */
export const EmptyCatalogueEnglish: Story = { ...emptyCatalogue(), globals: { lang: 'en' } };

function invalidCatalogue(): Story {
  return {
    args: { catalogue: invalid },
    play: async ({ canvasElement, args, globals }) => {
      const element = await flowerIn(canvasElement);
      const alert = await waitFor(() => within(shadowContainer(element)).getByRole('alert'));
      const result = parseCatalogue(invalid);
      if (result.ok) throw new Error('the invalid example became valid');
      for (const issue of result.issues) {
        await expect(alert.textContent).toContain(formatPath(issue.path));
        await expect(alert.textContent).toContain(issueMessage(issue, langOf(globals)));
      }
      await expect(args.onFleurError).toHaveBeenCalledTimes(1);
      await expect(args.onFleurError).toHaveBeenCalledWith(
        expect.objectContaining({ detail: expect.objectContaining({ source: 'property', issues: result.issues }) }),
      );
    },
  };
}

/**
 * An invalid catalogue: the element shows every issue with its JSON path (`role="alert"`) instead of a blank box
 * and fires `fleur-error`.
 */
export const InvalidCatalogue = invalidCatalogue();

/** The error list in English. */
export const InvalidCatalogueEnglish: Story = { ...invalidCatalogue(), globals: { lang: 'en' } };

/**
 * Loading a catalogue from `src`: a polite status until it arrives. (The server is a stand-in that never answers;
 * see `stories/helpers/fake-server.ts`.)
 */
export const Loading: Story = {
  args: { catalogue: undefined, src: `${FAKE_ORIGIN}/pending.json`, timeout: 600_000 },
  beforeEach: installFakeCatalogueServer,
  play: async ({ canvasElement, globals }) => {
    const element = await flowerIn(canvasElement);
    const status = await waitFor(() => within(shadowContainer(element)).getByRole('status'));
    await expect(status.textContent?.trim()).toBe(messagesFor(langOf(globals)).loading);
  },
};

function fetchFailure(): Story {
  const src = `${FAKE_ORIGIN}/unavailable.json`;
  return {
    args: { catalogue: undefined, src },
    beforeEach: installFakeCatalogueServer,
    play: async ({ canvasElement, args, globals }) => {
      const element = await flowerIn(canvasElement);
      const alert = await waitFor(() => within(shadowContainer(element)).getByRole('alert'));
      await expect(alert.textContent).toContain(
        issueMessage(createIssue('http-error', [], { url: src, status: 503 }), langOf(globals)),
      );
      await expect(args.onFleurError).toHaveBeenCalledWith(
        expect.objectContaining({ detail: expect.objectContaining({ source: 'src' }) }),
      );
    },
  };
}

/** The catalogue server answers 503: a readable error, and `fleur-error` with `source: 'src'`. */
export const FetchFailure = fetchFailure();

/** The fetch failure in English. */
export const FetchFailureEnglish: Story = { ...fetchFailure(), globals: { lang: 'en' } };

/** The server never answers: after `timeout` milliseconds (here 800) the element gives up with an error. */
export const FetchTimeout: Story = {
  args: { catalogue: undefined, src: `${FAKE_ORIGIN}/pending.json`, timeout: 800 },
  beforeEach: installFakeCatalogueServer,
  play: async ({ canvasElement, globals }) => {
    const element = await flowerIn(canvasElement);
    const alert = await waitFor(() => within(shadowContainer(element)).getByRole('alert'), { timeout: 4000 });
    const issue = createIssue('timeout', [], { url: `${FAKE_ORIGIN}/pending.json`, ms: 800 });
    await expect(alert.textContent).toContain(issueMessage(issue, langOf(globals)));
  },
};

/** Another determinant model: Dahlgren and Whitehead's five layers as five petals. */
export const FivePetalModel: Story = {
  args: { catalogue: dahlgren },
  play: async (context) => {
    await petalsAreNamedGroups(context);
    const element = await flowerIn(context.canvasElement);
    await expect(drawnCatalogue(element).petals).toHaveLength(5);
  },
};

/**
 * Two flowers on one page, each with its own catalogue, language and selection: nothing leaks from one to the other
 * (ids, focus, events).
 */
export const TwoFlowers: Story = {
  render: (args) => html`<div class="story-two-flowers">
    <style>
      .story-two-flowers {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
        gap: 1.5rem;
      }
    </style>
    <fleur-pleine-sante ${manifestArgs(TAG, args)}></fleur-pleine-sante>
    <fleur-pleine-sante ${manifestArgs(TAG, { catalogue: dahlgren, lang: 'en' })}></fleur-pleine-sante>
  </div>`,
  play: async ({ canvasElement, args }) => {
    const first = await flowerIn(canvasElement, 0);
    const second = await flowerIn(canvasElement, 1);
    await drawn(first);
    await drawn(second);
    await expect(drawnCatalogue(first).id).not.toBe(drawnCatalogue(second).id);
    const [target] = items(first);
    const id = target?.getAttribute('data-id');
    if (!target) throw new Error('the first flower has no item');
    await userEvent.click(target);
    await waitFor(() => expect(first.getAttribute('selected')).toBe(id));
    await expect(second.hasAttribute('selected')).toBe(false);
    await expect(args.onFleurSelect).toHaveBeenCalledTimes(1);
  },
};
