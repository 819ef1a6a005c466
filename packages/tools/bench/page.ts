import 'fleur-pleine-sante/fleur-pleine-sante.js';
import type { Catalogue } from 'fleur-pleine-sante-catalogue';
import { syntheticCatalogue } from '../../../tests/fixtures/synthetic-catalogue.js';
import { drawWithD3 } from './reference.js';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Time from setting `catalogue` to painted: validation, layout, Lit render, style and layout, then the frame after
 * (two rAFs: the first runs before paint, the second after it).
 */
async function timeRender(catalogue: Catalogue): Promise<number> {
  const element = document.querySelector('fleur-pleine-sante');
  if (!element) throw new Error('no element');
  element.catalogue = undefined;
  await element.updateComplete;
  await frame();
  const started = performance.now();
  element.catalogue = structuredClone(catalogue);
  await element.updateComplete;
  await frame();
  await frame();
  return performance.now() - started;
}

/** The same for the bare-d3 baseline: from the catalogue to the painted picture. */
async function timeReference(catalogue: Catalogue): Promise<number> {
  const host = document.querySelector('#reference');
  if (!host) throw new Error('no reference host');
  host.replaceChildren();
  await frame();
  const started = performance.now();
  drawWithD3(host, structuredClone(catalogue));
  await frame();
  await frame();
  return performance.now() - started;
}

/** Paint times of the element and of the bare-d3 page, interleaved run by run so both see the same machine. */
async function bench(items: number, runs: number): Promise<{ element: number[]; reference: number[] }> {
  const catalogue = syntheticCatalogue({ items, seed: 7 });
  await timeRender(catalogue); // warm-up
  await timeReference(catalogue);
  const element: number[] = [];
  const reference: number[] = [];
  for (let i = 0; i < runs; i++) {
    element.push(await timeRender(catalogue));
    reference.push(await timeReference(catalogue));
  }
  return { element, reference };
}

/** Time from setting `selected` to painted (details, name, highlight), for each of `runs` marks in turn. */
async function timeSelections(element: FleurPleineSanteLike, runs: number): Promise<number[]> {
  const ids = [...(element.shadowRoot?.querySelectorAll('[part="item"][data-id]') ?? [])]
    .slice(0, runs)
    .map((node) => node.getAttribute('data-id') ?? '');
  const times: number[] = [];
  for (const id of ids) {
    const started = performance.now();
    element.selected = id;
    await element.updateComplete;
    await frame();
    times.push(performance.now() - started);
  }
  element.selected = undefined;
  await element.updateComplete;
  return times;
}

/** Time from a pointer entering a mark to its tooltip shown and painted, for each of `runs` marks in turn. */
async function timeHovers(element: FleurPleineSanteLike, runs: number): Promise<number[]> {
  const marks = [...(element.shadowRoot?.querySelectorAll('[part="item"][data-id]') ?? [])].slice(0, runs);
  const times: number[] = [];
  for (const mark of marks) {
    const started = performance.now();
    mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    await element.updateComplete;
    await frame();
    times.push(performance.now() - started);
  }
  return times;
}

type FleurPleineSanteLike = HTMLElement & { selected: string | undefined; updateComplete: Promise<boolean> };

/** Selection and hover times on a drawn catalogue of `items` items (the same element, already painted). */
async function interactions(items: number, runs: number): Promise<{ select: number[]; hover: number[] }> {
  const element = document.querySelector('fleur-pleine-sante') as FleurPleineSanteLike | null;
  if (!element) throw new Error('no element');
  await timeRender(syntheticCatalogue({ items, seed: 7 }));
  await timeSelections(element, 2); // warm-up
  return { select: await timeSelections(element, runs), hover: await timeHovers(element, runs) };
}

(window as unknown as { fleurBench: typeof bench; fleurInteractions: typeof interactions }).fleurBench = bench;
(window as unknown as { fleurInteractions: typeof interactions }).fleurInteractions = interactions;
