import type { FleurPleineSante } from 'fleur-pleine-sante';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Waits until the element has rendered at its measured size: its ResizeObserver fires after layout and the
 * element re-renders in the next frame. Shared by the browser tests and the stories' play functions.
 */
export async function settle(element: FleurPleineSante): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await element.updateComplete;
    await frame();
  }
  await element.updateComplete;
}
