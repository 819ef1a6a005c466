import { readFileSync } from 'node:fs';
import { DEFAULT_TIMEOUT_MS, MESSAGE_LOCALES } from 'fleur-pleine-sante-catalogue';
import { drawingMessagesFor, layoutFlower, UI_LOCALES } from 'fleur-pleine-sante';
import { describe, expect, it } from 'vitest';
import { minimalCatalogue } from '../helpers/fixture.js';
import type { Catalogue } from 'fleur-pleine-sante-catalogue';

/*
 * Facts the element, the layout, the CLI and the parser's messages share, each written in one place: what one of
 * them says, the others say too.
 */
describe('one source per fact', () => {
  it("the heart's default text is the interface's word for it, in the layout as on the element and in the CLI", () => {
    const catalogue = minimalCatalogue() as Catalogue;
    for (const locale of ['fr', 'en', 'en-GB', 'de'])
      expect(layoutFlower(catalogue, { width: 900, height: 700, locale }).heart.label?.text, locale).toBe(
        drawingMessagesFor(locale).heart,
      );
  });

  it("the element's `timeout` default is the loader's time-out (and the manifest says its value)", () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../packages/flower/custom-elements.json', import.meta.url), 'utf8'),
    ) as { modules: { declarations?: { tagName?: string; attributes?: { name: string; default?: string }[] }[] }[] };
    const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName);
    const timeout = element?.attributes?.find((attribute) => attribute.name === 'timeout')?.default;
    expect(Number(timeout?.replaceAll('_', ''))).toBe(DEFAULT_TIMEOUT_MS);
    const source = readFileSync(
      new URL('../../packages/flower/src/elements/fleur-pleine-sante/fleur-pleine-sante.ts', import.meta.url),
      'utf8',
    );
    expect(source).toContain('timeout = DEFAULT_TIMEOUT_MS;');
  });

  it('the interface speaks the languages the issue messages are written in', () => {
    expect(UI_LOCALES).toBe(MESSAGE_LOCALES);
  });
});
