import 'fleur-pleine-sante/fleur-pleine-sante.js';
import type { FleurPleineSante } from 'fleur-pleine-sante';
import axe from 'axe-core';
import { expect } from 'vitest';
import { settle } from './settle.js';

// The test runner's page says lang="en"; a French page is the product's default context.
document.documentElement.lang = 'fr';

const mounted: HTMLElement[] = [];

/** Mounts markup in a container of the given width and returns the first `<fleur-pleine-sante>`, drawn. */
export async function mount(markup: string, { width = 900 }: { width?: number } = {}): Promise<FleurPleineSante> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  container.innerHTML = markup;
  document.body.append(container);
  mounted.push(container);
  const element = container.querySelector('fleur-pleine-sante');
  if (!element) throw new Error('no <fleur-pleine-sante> in the markup');
  await settle(element);
  return element;
}

/** Removes everything `mount` added (call in afterEach). */
export function unmountAll(): void {
  for (const container of mounted.splice(0)) container.remove();
}

export { settle };

/**
 * Resolves with the next event of that type on the element (or rejects after `ms`). A wait, not a measure: the
 * default leaves a busy machine (the full suite, with app builds beside it) all the time it needs.
 */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  ms = 30_000,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${ms} ms`)), ms);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as GlobalEventHandlersEventMap[K]);
      },
      { once: true },
    );
  });
}

/** Polls until `check` passes (for network-driven states), failing with its last error. */
export async function until(check: () => void, ms = 5_000): Promise<void> {
  const started = performance.now();
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (performance.now() - started > ms) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

export function shadow(element: FleurPleineSante): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

/** axe-core on the element (shadow DOM included); fails listing every violation with its targets. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  const violations = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
  expect(violations).toEqual([]);
}

export async function harmonieCatalogue(): Promise<unknown> {
  const response = await fetch('/data/harmonie-mutuelle-2023.json');
  return response.json();
}

/** Ids of the items drawn, as marks (`data-id`) or inside count badges (`data-item-ids`). */
export function drawnItemIds(element: Element): string[] {
  const root = element.shadowRoot;
  if (!root) return [];
  const marks = [...root.querySelectorAll('[data-id]')].map((node) => node.getAttribute('data-id') ?? '');
  const badged = [...root.querySelectorAll('[data-item-ids]')].flatMap((node) =>
    (node.getAttribute('data-item-ids') ?? '').split(' ').filter(Boolean),
  );
  return [...marks, ...badged];
}
