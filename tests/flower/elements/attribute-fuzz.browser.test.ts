import type { FleurPleineSante } from 'fleur-pleine-sante';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mount, settle, shadow, unmountAll, until } from '../../helpers/element.js';
import { minimalCatalogue } from '../../helpers/fixture.js';

const ATTRIBUTES = [
  'lang',
  'selected',
  'petal',
  'kinds',
  'audiences',
  'objectives',
  'factors',
  'query',
  'theme',
  'view',
  'timeout',
  'no-controls',
  'petal-size',
] as const;

/** Errors nobody caught while the element handled hostile values (Lit reports update errors this way). */
const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
beforeAll(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
afterAll(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  unmountAll();
});

/** Strings a page, a CMS or an attacker could write: any code units, markup, ids of Object.prototype, long runs. */
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    'constructor',
    '__proto__',
    'toString',
    'fr_FR',
    'en_US',
    '<img src=x onerror=alert(1)>',
    'NaN',
    '-1e308',
  ),
  fc.string({ unit: 'grapheme', minLength: 200, maxLength: 2_000 }),
);

/** What a reader must always see: the drawing (or the table), or a readable error. */
function expectDrawingOrError(element: FleurPleineSante): void {
  const root = shadow(element);
  const drawing = root.querySelector('svg.flower, [part="drawing"], table');
  const alert = root.querySelector('[role="alert"]');
  expect(drawing !== null || (alert?.textContent ?? '').trim() !== '').toBe(true);
}

describe('<fleur-pleine-sante> attributes with arbitrary strings (fast-check)', () => {
  it('never throws and always shows a drawing or a readable error', async () => {
    const element = await mount('<fleur-pleine-sante></fleur-pleine-sante>');
    element.catalogue = minimalCatalogue();
    await settle(element);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ATTRIBUTES), hostileString, async (name, value) => {
        element.setAttribute(name, value);
        await settle(element);
        expect(uncaught).toEqual([]);
        expectDrawingOrError(element);
        element.removeAttribute(name);
        await settle(element);
        expect(uncaught).toEqual([]);
        expectDrawingOrError(element);
      }),
      { numRuns: 120, seed: 2026 },
    );
  }, 120_000);

  it('src with arbitrary strings always settles on a drawing or a readable error, never a lasting « Chargement »', async () => {
    const element = await mount('<fleur-pleine-sante timeout="2000"></fleur-pleine-sante>');
    await fc.assert(
      fc.asyncProperty(hostileString, async (value) => {
        element.setAttribute('src', value);
        await settle(element);
        await until(() => expect(shadow(element).querySelector('[part="status"]')).toBeNull(), 5_000);
        expect(uncaught).toEqual([]);
        // An empty or blank src means « no source »: nothing to show and nothing wrong. Anything else was tried.
        if (value.trim() !== '') expect(shadow(element).querySelector('[role="alert"]')?.textContent).toBeTruthy();
      }),
      { numRuns: 25, seed: 7 },
    );
  }, 150_000);
});
