import type { FleurPleineSante } from 'fleur-pleine-sante';
import { expect, userEvent, waitFor } from 'storybook/test';

import { settle } from '../../tests/helpers/settle.js';

export { settle };

/** The `index`-th `<fleur-pleine-sante>` of the story, once rendered. */
export async function flowerIn(canvasElement: HTMLElement, index = 0): Promise<FleurPleineSante> {
  const element = await waitFor(() => {
    const found = canvasElement.querySelectorAll('fleur-pleine-sante')[index];
    if (!found) throw new Error(`no <fleur-pleine-sante> #${index} in the story`);
    return found;
  });
  await settle(element);
  return element;
}

export function shadowOf(element: FleurPleineSante): ShadowRoot {
  if (!element.shadowRoot) throw new Error('<fleur-pleine-sante> has no open shadow root');
  return element.shadowRoot;
}

/** The shadow root as a Testing Library container (`within(...)` queries work on any node with `querySelectorAll`). */
export function shadowContainer(element: FleurPleineSante): HTMLElement {
  return shadowOf(element) as unknown as HTMLElement;
}

/** Every placed item (`part="item"`, `data-id`, named by its title). */
export function items(element: FleurPleineSante): Element[] {
  return [...shadowOf(element).querySelectorAll('[part~="item"]')];
}

export function itemById(element: FleurPleineSante, id: string): HTMLElement | SVGElement {
  const found = shadowOf(element).querySelector<HTMLElement | SVGElement>(
    `[part~="item"][data-id="${CSS.escape(id)}"]`,
  );
  if (!found) throw new Error(`no item with data-id="${id}"`);
  return found;
}

/** Shapes of the drawing whose geometry is not a number (the browser drops them, with a console error only). */
export function brokenShapes(element: FleurPleineSante): string[] {
  return [
    ...shadowOf(element).querySelectorAll('[d*="NaN"], [transform*="NaN"], [cx="NaN"], [cy="NaN"], [r="NaN"]'),
  ].map((node) => `<${node.tagName.toLowerCase()} class="${node.getAttribute('class') ?? ''}">`);
}

/** Waits until the flower is drawn with at least one item, and checks every shape has numeric geometry. */
export async function drawn(element: FleurPleineSante): Promise<void> {
  await waitFor(() => expect(items(element).length).toBeGreaterThan(0));
  await settle(element);
  await expect(brokenShapes(element), 'shapes with NaN coordinates').toEqual([]);
}

/** The element focused inside the flower's shadow root, if any. */
export function focusedIn(element: FleurPleineSante): Element | null {
  return shadowOf(element).activeElement;
}

/** The item holding focus inside the flower (`data-id`), or null. */
export function focusedItemId(element: FleurPleineSante): string | null {
  return focusedIn(element)?.closest('[data-id]')?.getAttribute('data-id') ?? null;
}

/**
 * Presses keys (user-event syntax). Under `npm test` with the real keyboard (Playwright); in Storybook's UI with
 * user-event, which sends them to the focused element, inside shadow roots too.
 */
export async function press(keys: string): Promise<void> {
  if (globalThis.__fleurKeyboard) await globalThis.__fleurKeyboard(keys);
  else await userEvent.keyboard(keys);
}

/**
 * Moves focus from just before the element into it with Tab. Under `npm test` this is a real Tab press, so it
 * checks the element's actual tab order. In Storybook's UI user-event's Tab cannot enter a shadow root, so the
 * fallback focuses the element's first tab stop (`tabindex="0"`) itself.
 */
export async function tabInto(canvasElement: HTMLElement, element: FleurPleineSante): Promise<void> {
  canvasElement.tabIndex = -1;
  canvasElement.focus();
  if (globalThis.__fleurKeyboard) {
    await globalThis.__fleurKeyboard('{Tab}');
  } else {
    const first = shadowOf(element).querySelector<HTMLElement | SVGElement>(
      '[tabindex="0"], button:not([disabled]), input:not([disabled]), a[href]',
    );
    first?.focus();
  }
  await settle(element);
}
