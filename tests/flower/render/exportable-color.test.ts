import { exportableColor } from 'fleur-pleine-sante';
import { describe, expect, it } from 'vitest';

describe('exportableColor(value): what a --fleur-* property may put in an exported file', () => {
  it.each([
    '#7a1fa2',
    '#abc',
    '#aabbccdd',
    'rebeccapurple',
    'transparent',
    'rgb(10 20 30 / 50%)',
    'oklch(60% 0.15 300)',
    'color-mix(in srgb, #f00 40%, white)',
    'url(#stripes)',
    "url('#p')",
  ])('keeps %s', (value) => {
    expect(exportableColor(`  ${value} `)).toBe(value);
  });

  it.each([
    'url(/x.svg#p)',
    'url(//tracker.example/x.svg#p)',
    'url(https://t.example/a) red',
    'rgb(from url(//t.example/a) r g b)',
    'image-set("a.png" 1x)',
    '#000; } @import "//t.example/a.css"; a {',
    'red}</style><script>alert(1)</script>',
    'r\\65 d',
    `rgb(${'1 '.repeat(200)})`,
    '',
  ])('drops %j', (value) => {
    expect(exportableColor(value)).toBeUndefined();
  });
});
