import { afterEach, describe, expect, it } from 'vitest';
import { until } from '../../helpers/element.js';

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

type FrameWindow = Window & { __cspViolations?: string[] };

/** A page loading the built drop-in (`npm test` builds it first) from `base`, as a CMS page would. */
function page(base: string, body: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1000px';
  iframe.style.height = '900px';
  iframe.srcdoc = `<!doctype html><html lang="fr"><head>
    <script type="module" src="${base}/fleur-pleine-sante.js"></script>
  </head><body>${body}</body></html>`;
  document.body.append(iframe);
  return iframe;
}

const flower = () => (frame?.contentWindow as FrameWindow | null)?.document.querySelector('fleur-pleine-sante');
const root = () => flower()?.shadowRoot;

/**
 * The first load is the main file alone: what draws the first flower. These tests hold the lazy chunk back (its URL
 * answers 404) and check that an offer page still gets its whole first picture — marks, names, the petals' groups and
 * the drawing's one tab stop — then that the chunk, once it arrives (it is requested after the first paint), brings
 * the controls (into the place held for them), the legend, and the drawing's tooltip and keyboard.
 */
describe('<fleur-pleine-sante> first load (the drop-in main file alone)', () => {
  it('draws and names every item, with the drawing’s tab stop, with no lazy chunk', async () => {
    frame = page(
      '/__fleur__/dist-main-only',
      '<fleur-pleine-sante src="/data/harmonie-mutuelle-2023.json"></fleur-pleine-sante>',
    );
    await until(() => expect(root()?.querySelectorAll('[part~="item"][data-id]').length).toBeGreaterThan(60), 15_000);
    expect(flower()?.getAttribute('src')).toContain('harmonie');
    const shadow = root()!;
    // Every item is on the drawing (a mark, or in a count badge), every mark named by its own element.
    const marks = shadow.querySelectorAll('[part~="item"][data-id]').length;
    const badged = [...shadow.querySelectorAll('[part~="badge"]')].flatMap((badge) =>
      (badge.getAttribute('data-item-ids') ?? '').split(' '),
    ).length;
    expect(marks + badged).toBe(73);
    expect(shadow.querySelectorAll('[part~="item-label"][data-for]').length).toBe(marks);
    // The petals are groups named by their labels.
    const petalNames = [...shadow.querySelectorAll('[part~="petal"]')].map((petal) => petal.getAttribute('aria-label'));
    expect(petalNames).toEqual(expect.arrayContaining([expect.stringMatching(/conomique/)]));
    // The controls' place is held while their chunk is missing; the legend and controls are not there yet.
    expect(shadow.querySelector('.controls--loading')).not.toBeNull();
    expect(shadow.querySelector('[part="legend"]')).toBeNull();
    // One tab stop into the drawing, on a mark: Tab reaches it before anything else has loaded.
    const stops = shadow.querySelectorAll('[data-nav][tabindex="0"]');
    expect(stops.length).toBe(1);
    expect(stops[0]?.getAttribute('data-nav')).toMatch(/^item:/);
  });

  it('brings the controls, the legend, the tooltip and the keyboard when the chunk arrives', async () => {
    frame = page(
      '/__fleur__/flower/dist',
      '<fleur-pleine-sante src="/data/harmonie-mutuelle-2023.json"></fleur-pleine-sante>',
    );
    await until(() => expect(root()?.querySelector('[part="legend"]')).toBeTruthy(), 15_000);
    const shadow = root()!;
    expect(shadow.querySelector('[part="controls"] input')).not.toBeNull();
    expect(shadow.querySelector('.controls--loading')).toBeNull();
    expect(shadow.querySelectorAll('[part~="item"][data-id]').length).toBeGreaterThan(60);
    // Focus shows the tooltip with the item's title (hover is the same tooltip; a real pointer resting elsewhere on
    // the test page could leave it at any moment, focus cannot).
    const mark = shadow.querySelector<SVGElement>('[part~="item"][data-id][tabindex="0"]')!;
    mark.focus();
    await until(() => expect(shadow.querySelector('.tooltip')?.textContent?.trim().length).toBeGreaterThan(0));
    expect(shadow.activeElement).toBe(mark);
    // A key event on the mark itself: this page is an iframe inside the test page, whose keyboard focus other test
    // files running beside this one may hold.
    mark.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true }),
    );
    await until(() => expect(shadow.activeElement).not.toBe(mark));
    expect(shadow.activeElement?.getAttribute('data-id')).toBeTruthy();
  });
});
