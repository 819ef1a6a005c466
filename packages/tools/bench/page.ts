import '@fleur/flower/fleur-pleine-sante.js';
import type { Catalogue } from '@fleur/catalogue';
import { syntheticCatalogue } from '../../../tests/fixtures/synthetic-catalogue.js';

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

async function bench(items: number, runs: number): Promise<number[]> {
  const catalogue = syntheticCatalogue({ items, seed: 7 });
  await timeRender(catalogue); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeRender(catalogue));
  return times;
}

(window as unknown as { fleurBench: typeof bench }).fleurBench = bench;
