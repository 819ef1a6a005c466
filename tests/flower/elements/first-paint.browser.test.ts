import 'fleur-pleine-sante/fleur-pleine-sante.js';
import type { FleurPleineSante } from 'fleur-pleine-sante';
import { afterEach, describe, expect, it } from 'vitest';
import harmonie from '../../../data/harmonie-mutuelle-2023.json';
import { until } from '../../helpers/element.js';

let container: HTMLElement | undefined;
let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  container?.remove();
  frame?.remove();
});

const marks = (element: Element | null | undefined) =>
  element?.shadowRoot?.querySelectorAll('[part~="item"][data-id]').length ?? 0;

/** A flower in view, in a container of `width`, given `catalogue` in the same task it is connected. */
function flowerInView(width: number): FleurPleineSante {
  container = document.createElement('div');
  container.style.width = `${width}px`;
  const element = document.createElement('fleur-pleine-sante');
  element.noControls = true;
  container.append(element);
  document.body.prepend(container);
  element.catalogue = structuredClone(harmonie);
  return element;
}

describe('<fleur-pleine-sante> first paint', () => {
  it('draws every mark in the update that brings the catalogue, before any frame, when the flower is in view', async () => {
    const element = flowerInView(900);
    let framePassed = false;
    requestAnimationFrame(() => (framePassed = true));
    await element.updateComplete;
    // No frame in between: no wait for an IntersectionObserver task or a ResizeObserver frame.
    expect(framePassed).toBe(false);
    expect(marks(element)).toBe(73);
    // Laid out at the stage's real width (the measure the ResizeObserver reports next, so nothing redraws).
    const stage = element.shadowRoot?.querySelector('.fleur__stage');
    const width = Math.round(stage?.getBoundingClientRect().width ?? 0);
    expect(element.shadowRoot?.querySelector('svg')?.getAttribute('width')).toBe(String(width));
  });

  it('still waits, with no layout, while the flower is far below the viewport', async () => {
    const element = flowerInView(900);
    container!.style.marginTop = '400vh';
    await element.updateComplete;
    expect(marks(element)).toBe(0);
    container!.scrollIntoView();
    await until(() => expect(marks(element)).toBe(73));
  });
});

type ProbeWindow = Window & { __firstMark?: Promise<{ rendering: number }>; __chunkStart?: number };

/**
 * A page loading the built drop-in with the bench's stopwatch (the frame painting the first mark) and a resource
 * observer noting when the lazy chunk's request started.
 */
function probedPage(attributes: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1000px';
  iframe.style.height = '900px';
  iframe.srcdoc = `<!doctype html><html lang="fr"><head>
    <script type="module">
      import { firstMarkFrame } from '/packages/tools/bench/first-mark.js';
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.name.includes('fleur-reading-parts')) window.__chunkStart ??= entry.startTime;
      }).observe({ type: 'resource', buffered: true });
      window.__firstMark = firstMarkFrame(
        () => document.querySelector('fleur-pleine-sante')?.shadowRoot?.querySelector('[part~="item"]'),
      );
    </script>
    <script type="module" src="/__fleur__/flower/dist/fleur-pleine-sante.js"></script>
  </head><body><fleur-pleine-sante src="/data/harmonie-mutuelle-2023.json" ${attributes}></fleur-pleine-sante></body></html>`;
  document.body.append(iframe);
  return iframe;
}

describe('<fleur-pleine-sante> lazy chunk (the built drop-in)', () => {
  for (const [name, attributes] of [
    ['with controls', ''],
    ['with a selection on an offer page', 'no-controls selected="semi-de-paris"'],
    ['on an offer page', 'no-controls'],
  ] as const)
    it(`requests its reading parts only after the first mark is painted, ${name}`, async () => {
      frame = probedPage(attributes);
      const probe = () => frame?.contentWindow as ProbeWindow | null;
      await until(() => expect(probe()?.__chunkStart).toBeTypeOf('number'), 15_000);
      // After the rendering step of the frame that paints the first mark: that frame was painted without it.
      const { rendering } = await probe()!.__firstMark!;
      expect(probe()!.__chunkStart).toBeGreaterThan(rendering);
    });
});
