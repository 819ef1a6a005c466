// A long page of 50 flowers, as an offer index page of a CMS would have: `window.fleurManyFlowers()` builds it,
// waits until every catalogue is accepted and the first flower drawn, and reports the main thread's long tasks.
/// <reference types="vite/client" />
import 'fleur-pleine-sante/fleur-pleine-sante.js';
// Fetched by each flower (`src`), as on a CMS page: validation and layout happen as each response arrives.
import harmonieUrl from '../../../data/harmonie-mutuelle-2023.json?url';

const FLOWERS = 50;
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function manyFlowers(): Promise<{ longTasks: number[]; farFlowerDrawn: boolean }> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const page = document.getElementById('page');
  if (!page) throw new Error('no page');
  for (let i = 0; i < FLOWERS; i++) {
    const section = document.createElement('section');
    const flower = document.createElement('fleur-pleine-sante');
    flower.setAttribute('src', harmonieUrl);
    section.append(flower);
    page.append(section);
  }
  const flowers = [...page.querySelectorAll('fleur-pleine-sante')];
  while (!flowers.every((flower) => flower.currentCatalogue) || !flowers[0]?.shadowRoot?.querySelector('[data-id]'))
    await frame();
  await new Promise((resolve) => setTimeout(resolve, 500));
  observer.disconnect();
  return { longTasks, farFlowerDrawn: Boolean(flowers.at(-1)?.shadowRoot?.querySelector('[data-id]')) };
}

Object.assign(window, { fleurManyFlowers: manyFlowers });
