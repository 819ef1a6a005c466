import { contrastRatio, type FleurPleineSante } from 'fleur-pleine-sante';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { expectNoAxeViolations, harmonieCatalogue, mount, settle, shadow, unmountAll } from '../../helpers/element.js';
import { minimalCatalogue } from '../../helpers/fixture.js';

afterEach(async () => {
  unmountAll();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

async function flower(attributes = 'lang="fr"', width = 900): Promise<FleurPleineSante> {
  const element = await mount(`<fleur-pleine-sante ${attributes}></fleur-pleine-sante>`, { width });
  element.catalogue = (await harmonieCatalogue()) as never;
  await settle(element);
  return element;
}

const emulate = (features: { name: string; value: string }[]) => cdp().send('Emulation.setEmulatedMedia', { features });

describe('axe-core finds no violation', () => {
  it('in the default state, and hovered', async () => {
    const element = await flower();
    await expectNoAxeViolations(element);
    await userEvent.hover(shadow(element).querySelector<HTMLElement>('[data-id]')!);
    await settle(element);
    expect(shadow(element).querySelector('[part="tooltip"]:not([hidden])')).not.toBeNull();
    await expectNoAxeViolations(element);
  });

  it('with an item selected, and zoomed into a petal', async () => {
    const element = await flower('lang="en" selected="semi-de-paris"');
    expect(shadow(element).querySelector('[part="details"]')).not.toBeNull();
    await expectNoAxeViolations(element);
    element.selected = undefined;
    element.petal = 'environmental';
    await settle(element);
    await expectNoAxeViolations(element);
  });

  it('filtered, in the table view, in the dark theme, at phone size', async () => {
    const element = await flower('lang="fr" kinds="offer" query="santé"');
    await expectNoAxeViolations(element);
    element.view = 'table';
    await settle(element);
    await expectNoAxeViolations(element);
    element.view = 'flower';
    element.theme = 'dark';
    await settle(element);
    await expectNoAxeViolations(element);
    const phone = await flower('lang="fr"', 360);
    await expectNoAxeViolations(phone);
  });

  it('in the error state', async () => {
    const element = await mount('<fleur-pleine-sante lang="en"></fleur-pleine-sante>');
    element.catalogue = { ...minimalCatalogue(), petals: [] };
    await settle(element);
    expect(shadow(element).querySelector('[role="alert"]')).not.toBeNull();
    await expectNoAxeViolations(element);
  });
});

describe('accessible structure', () => {
  it('names the drawing, summarises it, and describes each mark by kind and factors', async () => {
    const element = await flower('lang="fr"');
    const drawing = shadow(element).querySelector('svg')!;
    expect(drawing.getAttribute('role')).toBe('group');
    expect(drawing.getAttribute('aria-label')).toContain('Fleur de la pleine santé');
    const describedBy = drawing.getAttribute('aria-describedby')!.split(' ');
    const description = describedBy.map((id) => shadow(element).getElementById(id)?.textContent).join(' ');
    expect(description).toContain('73 offres, services et initiatives sur 3 familles de facteurs');
    expect(description).toContain('Flèches');
    const semi = shadow(element).querySelector('[data-id="semi-de-paris"]')!;
    expect(semi.getAttribute('aria-label')).toBe('Harmonie Mutuelle Semi de Paris');
    expect(semi.getAttribute('aria-description')).toBe('Initiative · Activité physique');
    const groups = [...shadow(element).querySelectorAll('[role="group"][part~="petal"]')].map((g) =>
      g.getAttribute('aria-label'),
    );
    expect(groups).toEqual(['Facteurs économiques', 'Facteurs sociaux', 'Facteurs environnementaux']);
  });
});

describe('appearance for everyone', () => {
  it('keeps text at 12 px or more (the numbers on marks and badges, bold, at 11), and touch targets at 24 px or more', async () => {
    const element = await flower('lang="fr"', 360);
    const texts = [...shadow(element).querySelectorAll('text')];
    const numbers = '[part~="item-number"], .badge__count';
    expect(texts.some((text) => text.matches('[part~="item-number"]'))).toBe(true);
    expect(texts.some((text) => text.matches('.badge__count'))).toBe(true);
    for (const text of texts)
      expect(Number.parseFloat(getComputedStyle(text).fontSize), text.textContent ?? '').toBeGreaterThanOrEqual(
        text.matches(numbers) ? 11 : 12,
      );
    for (const target of shadow(element).querySelectorAll('.mark__hit')) {
      const box = target.getBoundingClientRect();
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(23.99);
    }
  });

  it('fits a 360 px phone: no control or panel reaches past the element (no sideways scrolling)', async () => {
    const element = await flower('lang="fr"', 360);
    const { right } = element.getBoundingClientRect();
    const controls = shadow(element).querySelectorAll('[part="controls"] select, [part="controls"] input, [part]');
    expect(controls.length).toBeGreaterThan(3);
    for (const node of controls)
      expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 80)).toBeLessThanOrEqual(right + 0.5);
  });

  it('on a phone, shows the view and export buttons on one row, the export ones still named in full', async () => {
    // 320 px: the narrowest common phone screen.
    const element = await flower('lang="fr"', 320);
    const buttons = [...shadow(element).querySelectorAll<HTMLElement>('.controls__view button')];
    expect(buttons.map((button) => button.textContent?.trim())).toEqual(['Fleur', 'Tableau', 'SVG', 'PNG']);
    expect(new Set(buttons.map((button) => Math.round(button.getBoundingClientRect().top))).size).toBe(1);
    const exports = buttons.filter((button) => button.dataset.export);
    expect(exports.map((button) => button.getAttribute('aria-label'))).toEqual(['Exporter en SVG', 'Exporter en PNG']);
  });

  it.each(['light', 'dark'] as const)(
    'has text ≥ 4.5:1 and marks ≥ 3:1 against the background (%s theme)',
    async (theme) => {
      const element = await flower(`lang="fr" theme="${theme}"`);
      const background = getComputedStyle(element).backgroundColor;
      for (const label of shadow(element).querySelectorAll('.label--factor, .label--petal'))
        expect(contrastRatio(getComputedStyle(label).fill, background)).toBeGreaterThanOrEqual(4.5);
      for (const shape of shadow(element).querySelectorAll('.mark:not(.mark--crossing) .mark__shape'))
        expect(contrastRatio(getComputedStyle(shape).fill, background)).toBeGreaterThanOrEqual(3);
      for (const shape of shadow(element).querySelectorAll('.mark--crossing .mark__shape'))
        expect(contrastRatio(getComputedStyle(shape).stroke, background)).toBeGreaterThanOrEqual(3);
    },
  );

  it('follows prefers-color-scheme with theme="auto"', async () => {
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const element = await flower('lang="fr" theme="auto"');
    expect(contrastRatio(getComputedStyle(element).backgroundColor, '#000000')).toBeLessThan(2);
  });

  it('shows a visible focus ring of at least 2 px, also under forced colours', async () => {
    const element = await flower('lang="fr" no-controls');
    await userEvent.keyboard('{Tab}');
    const focused = shadow(element).activeElement as SVGElement;
    expect(focused.getAttribute('data-nav')).toMatch(/^(item|badge):/);
    const ring = focused.querySelector('.mark__ring')!;
    expect(Number.parseFloat(getComputedStyle(ring).strokeWidth)).toBeGreaterThanOrEqual(2);
    expect(getComputedStyle(ring).stroke).not.toBe('none');
    expect(getComputedStyle(ring).stroke).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    await settle(element);
    expect(getComputedStyle(ring).stroke).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    expect(Number.parseFloat(getComputedStyle(ring).strokeWidth)).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(element);
  });

  it('uses system colours under forced-colors', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    const element = await flower('lang="fr"');
    const shape = shadow(element).querySelector('.mark:not(.mark--crossing) .mark__shape')!;
    const canvas = getComputedStyle(element).backgroundColor;
    expect(contrastRatio(getComputedStyle(shape).fill, canvas)).toBeGreaterThanOrEqual(3);
  });

  it('does not animate the zoom under prefers-reduced-motion', async () => {
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const element = await flower('lang="fr"');
    await userEvent.click(shadow(element).querySelector<HTMLElement>('.legend__entry[data-petal="social"]')!);
    await settle(element);
    expect(shadow(element).querySelector('svg')!.getAnimations()).toHaveLength(0);
    expect(getComputedStyle(shadow(element).querySelector('.mark')!).transitionDuration).toBe('0s');
  });

  it('animates the zoom, in 400 ms or less, otherwise', async () => {
    const element = await flower('lang="fr"');
    // The animations started, whatever the machine's speed: a busy test machine can take longer than the animation
    // itself between the click and a look at getAnimations(), which would then find it already finished.
    const started = vi.spyOn(Element.prototype, 'animate');
    try {
      await userEvent.click(shadow(element).querySelector<HTMLElement>('.legend__entry[data-petal="social"]')!);
      await element.updateComplete;
      // A zoom that did not animate fails; each animation is short.
      expect(started).toHaveBeenCalled();
      for (const animation of started.mock.results)
        expect(Number((animation.value as Animation).effect?.getTiming().duration)).toBeLessThanOrEqual(400);
    } finally {
      started.mockRestore();
    }
  });
});
