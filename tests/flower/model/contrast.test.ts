import { contrastRatio, MIN_TEXT_CONTRAST } from 'fleur-pleine-sante';
import { describe, expect, it } from 'vitest';

/*
 * contrastRatio judges our default colours in other tests, so it is first judged itself, against values published
 * for WCAG 2's formula (not computed here): the ends of the scale in WCAG's definition of contrast ratio (1:1 to 21:1),
 * and the reference greys and primaries of WebAIM's contrast checker, which implements that formula — #767676 is the
 * lightest grey passing 4.5:1 on white, #777777 the first failing it.
 */
const REFERENCE: readonly [foreground: string, background: string, ratio: number][] = [
  ['#000000', '#ffffff', 21],
  ['#ffffff', '#ffffff', 1],
  ['#767676', '#ffffff', 4.54],
  ['#777777', '#ffffff', 4.48],
  ['#595959', '#ffffff', 7.0],
  ['#ff0000', '#ffffff', 4.0],
  ['#0000ff', '#ffffff', 8.59],
  ['#00ff00', '#000000', 15.3],
];

describe('contrastRatio (WCAG 2)', () => {
  it.each(REFERENCE)('%s on %s is %f:1', (foreground, background, ratio) => {
    // As precise as the published value: 4.54 to ±0.005, 21 to ±0.05.
    const decimals = (String(ratio).split('.')[1] ?? '').length;
    expect(contrastRatio(foreground, background)).toBeCloseTo(ratio, Math.max(decimals, 1));
    // Symmetric: which colour is the text does not matter.
    expect(contrastRatio(background, foreground)).toBe(contrastRatio(foreground, background));
  });

  it('puts the 4.5:1 line where WCAG does: #767676 passes on white, #777777 fails', () => {
    expect(contrastRatio('#767676', '#fff')!).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(contrastRatio('#777', '#fff')!).toBeLessThan(MIN_TEXT_CONTRAST);
  });

  it('reads the colour forms a computed style gives, and nothing else', () => {
    expect(contrastRatio('rgb(118, 118, 118)', 'rgb(255, 255, 255)')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('rgba(0, 0, 0, 1)', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('red', '#fff')).toBeUndefined();
  });
});
