import type { FleurPleineSante } from 'fleur-pleine-sante';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import type { EmulatedMedia } from '../../../stories/.storybook/test-hooks.js';
import { drawnItemIds, settle, unmountAll, until } from '../../helpers/element.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia(media: EmulatedMedia): Promise<void>;
  }
}

let page: HTMLElement | undefined;
afterEach(async () => {
  await commands.emulateMedia({ media: null });
  page?.remove();
  unmountAll();
  window.scrollTo(0, 0);
});

const FLOWERS = 50;

/** A long page of 50 flowers loading the Harmonie catalogue, as an offer index page of a CMS would have. */
function longPage(): FleurPleineSante[] {
  page = document.createElement('main');
  page.style.width = '900px';
  page.innerHTML = Array.from(
    { length: FLOWERS },
    (_, i) =>
      `<section><h2>Offre ${i + 1}</h2><fleur-pleine-sante src="/data/harmonie-mutuelle-2023.json"></fleur-pleine-sante></section>`,
  ).join('');
  document.body.append(page);
  return [...page.querySelectorAll('fleur-pleine-sante')];
}

const drawn = (element: FleurPleineSante) => drawnItemIds(element).length > 0;

describe('<fleur-pleine-sante> × 50 on one long page', () => {
  // How long the main thread is blocked meanwhile is a time: `npm run bench` measures and prints it.
  it('only flowers near the viewport lay out: the first is drawn, the last of 50 waits', async () => {
    const flowers = longPage();
    // Every catalogue arrives and is accepted; the first flower is drawn.
    await until(() => expect(flowers.every((flower) => flower.currentCatalogue !== undefined)).toBe(true), 20_000);
    await until(() => expect(drawn(flowers[0]!)).toBe(true), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(drawn(flowers[FLOWERS - 1]!)).toBe(false);
  }, 60_000);

  it('a far flower lays out when scrolled near the viewport', async () => {
    const flowers = longPage();
    const last = flowers[FLOWERS - 1]!;
    await until(() => expect(last.currentCatalogue).toBeDefined(), 20_000);
    last.scrollIntoView();
    await until(() => expect(drawnItemIds(last).length).toBe(73), 10_000);
  }, 60_000);

  it('print and export still draw them all', async () => {
    const flowers = longPage();
    await until(() => expect(flowers.every((flower) => flower.currentCatalogue !== undefined)).toBe(true), 20_000);
    const far = flowers[FLOWERS - 2]!;
    expect(drawn(far)).toBe(false);
    expect(await far.toSVG()).toContain('data-id=');
    window.dispatchEvent(new Event('beforeprint'));
    await Promise.all(flowers.map((flower) => settle(flower)));
    expect(flowers.every(drawn)).toBe(true);
  }, 60_000);

  it('print media without beforeprint (a PDF maker emulating print) lays out every flower', async () => {
    const flowers = longPage();
    await until(() => expect(flowers.every((flower) => flower.currentCatalogue !== undefined)).toBe(true), 20_000);
    expect(drawn(flowers[FLOWERS - 1]!)).toBe(false);
    // What `page.emulateMedia({ media: 'print' })` and headless PDF makers do: no beforeprint event at all.
    await commands.emulateMedia({ media: 'print' });
    await until(() => expect(flowers.filter(drawn).length).toBe(FLOWERS), 20_000);
  }, 60_000);

  it('flowers that connect while the page is already in print media lay out', async () => {
    await commands.emulateMedia({ media: 'print' });
    const flowers = longPage();
    await until(() => expect(flowers.filter(drawn).length).toBe(FLOWERS), 30_000);
  }, 60_000);
});
