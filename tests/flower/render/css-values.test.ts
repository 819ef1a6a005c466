import { exportableValue } from 'fleur-pleine-sante';
import { describe, expect, it } from 'vitest';
import { cssTreeGrammar } from '../../../packages/cli/src/css-grammar.js';

const color = (value: string) => exportableValue(value, 'color', cssTreeGrammar);
const fonts = (value: string) => exportableValue(value, 'font-family', cssTreeGrammar);

describe('exportableValue(value, kind, grammar): what a --fleur-* property may put in an exported file', () => {
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
  ])('keeps the colour %s', (value) => {
    expect(color(`  ${value} `)).toBe(value);
  });

  it.each([
    'rgb(expression(alert(1)))',
    'expression(alert(1))',
    'rgb(1 2 3) junk',
    'not-a-colour',
    'var(--other)',
    'env(safe-area-inset-top, red)',
    'url(/x.svg#p)',
    'url(//tracker.example/x.svg#p)',
    'url(https://t.example/a) red',
    'rgb(from url(//t.example/a) r g b)',
    'image-set("a.png" 1x)',
    '#000; } @import "//t.example/a.css"; a {',
    'red}</style><script>alert(1)</script>',
    'red /* comment */',
    'r\\65 d',
    `rgb(${'1 '.repeat(200)})`,
    '',
  ])('drops the colour %j', (value) => {
    expect(color(value)).toBeUndefined();
  });

  it.each(['Marianne', '"Marianne", Arial, sans-serif', "'DejaVu Sans', system-ui"])(
    'keeps the font names %s',
    (value) => {
      expect(fonts(value)).toBe(value);
    },
  );

  it.each([
    'Marianne; } svg { fill: red',
    '"a</style><script>"',
    'url(//t.example/font.woff)',
    'local(Marianne)',
    'Arial, 12px',
    '"unclosed',
  ])('drops the font names %j', (value) => {
    expect(fonts(value)).toBeUndefined();
  });
});
