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
 * answers 404) and check that an offer page still gets its whole first picture — marks, names, tooltip, keyboard —
 * then that the chunk, once it arrives, brings the controls (into the place held for them) and the legend.
 */
describe('<fleur-pleine-sante> first load (the drop-in main file alone)', () => {
  it('draws and names every item, and answers hover and the keyboard, with no lazy chunk', async () => {
    frame = page(
      '/__fleur__/dist-main-only',
      '<fleur-pleine-sante src="/data/harmonie-mutuelle-2023.json"></fleur-pleine-sante>',
    );
    await until(() => expect(root()?.querySelectorAll('[part~="item"][data-id]').length).toBe(73), 15_000);
    expect(flower()?.getAttribute('src')).toContain('harmonie');
    const shadow = root()!;
    // Every mark is named on the drawing at this width (the named flower), by its own element.
    expect(shadow.querySelectorAll('[part~="item-label"][data-for]').length).toBe(73);
    // The petals are groups named by their labels.
    const petalNames = [...shadow.querySelectorAll('[part~="petal"]')].map((petal) => petal.getAttribute('aria-label'));
    expect(petalNames).toEqual(expect.arrayContaining([expect.stringMatching(/conomique/)]));
    // The controls' place is held while their chunk is missing (here it never comes: a notice says so in that
    // place); the legend and controls are not there.
    expect(shadow.querySelector('[part="controls"]:is(.controls--loading, .controls--unavailable)')).not.toBeNull();
    expect(shadow.querySelector('[part="controls"] input')).toBeNull();
    expect(shadow.querySelector('[part="legend"]')).toBeNull();
    // Focus shows the tooltip with the item's title (hover is the same tooltip; a real pointer resting elsewhere on
    // the test page could leave it at any moment, focus cannot).
    const mark = shadow.querySelector<SVGElement>('[part~="item"][data-id]')!;
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

  it('brings the controls and the legend when the chunk arrives, in place of the held space', async () => {
    frame = page(
      '/__fleur__/flower/dist',
      '<fleur-pleine-sante src="/data/harmonie-mutuelle-2023.json"></fleur-pleine-sante>',
    );
    await until(() => expect(root()?.querySelector('[part="legend"]')).toBeTruthy(), 15_000);
    const shadow = root()!;
    expect(shadow.querySelector('[part="controls"] input')).not.toBeNull();
    expect(shadow.querySelector('.controls--loading')).toBeNull();
    expect(shadow.querySelectorAll('[part~="item"][data-id]').length).toBe(73);
  });
});
