import { balanceLines, breakableWords, shortenText, textWidth, truncateText } from 'fleur-pleine-sante/geometry.js';
import { describe, expect, it } from 'vitest';
import { assertInDelta } from '../../helpers/assert-in-delta.js';

const font = { size: 12, weight: 'normal' as const };
const bold = { size: 12, weight: 'bold' as const };

describe('textWidth', () => {
  it('textWidth(text, font) grows with the font size and the text', () => {
    expect(textWidth('Sommeil', { size: 24, weight: 'normal' })).toBeCloseTo(2 * textWidth('Sommeil', font));
    expect(textWidth('Sommeil et stress', font)).toBeGreaterThan(textWidth('Sommeil', font));
    expect(textWidth('', font)).toBe(0);
  });

  it('textWidth(text, font) measures accented letters like their base letter', () => {
    assertInDelta(textWidth('Atténuation', font), textWidth('Attenuation', font));
    assertInDelta(textWidth('ÉCONOMIE', font), textWidth('ECONOMIE', font));
  });

  it('textWidth(text, bold) is wider than the same text in normal weight', () => {
    expect(textWidth('Habitat', bold)).toBeGreaterThan(textWidth('Habitat', font));
  });

  it('textWidth(text, font) gives wide letters more room than narrow ones', () => {
    expect(textWidth('WWW', font)).toBeGreaterThan(textWidth('iii', font) * 2);
    expect(textWidth('漢', font)).toBe(12); // unknown characters count as a full em
  });
});

describe('balanceLines', () => {
  it('balanceLines(text, 2, font) splits into two lines of similar width', () => {
    const lines = balanceLines('Conditions physiques, chimiques et biologiques', 2, font);
    expect(lines).toEqual(['Conditions physiques,', 'chimiques et biologiques']);
  });

  it('balanceLines(text, k, font) never breaks a word and keeps every word once', () => {
    const text = 'Revenus et niveau de vie';
    for (const k of [1, 2, 3]) {
      const lines = balanceLines(text, k, font);
      expect(lines).toHaveLength(k);
      expect(lines.join(' ')).toBe(text);
    }
  });

  it('balanceLines(text, k, font) may break after a hyphen, keeping it at the end of the line', () => {
    expect(balanceLines('Catégorie socio-professionnelle', 3, font)).toEqual([
      'Catégorie',
      'socio-',
      'professionnelle',
    ]);
  });

  it('balanceLines(text, k, font) returns fewer lines when the text has fewer words', () => {
    expect(balanceLines('Sommeil', 3, font)).toEqual(['Sommeil']);
    expect(balanceLines('   ', 2, font)).toEqual([]);
  });

  it('balanceLines(text, k, font) cuts a runaway label at a word before wrapping it', () => {
    const lines = balanceLines('santé '.repeat(2000), 3, font);
    expect(lines.join(' ').length).toBeLessThan(170);
    expect(lines.at(-1)).toMatch(/ santé…$/);
  });
});

describe('shortenText', () => {
  it('shortenText(text, width, lines, font) keeps a text that fits whole, on as few lines as it needs', () => {
    expect(shortenText('Semi de Paris', 200, 3, font)).toEqual({ lines: ['Semi de Paris'], truncated: false });
  });

  it('shortenText(text, width, lines, font) fills its lines, then ends the last at a word with an ellipsis', () => {
    const title = 'Accompagnement de la santé mentale des salariés et de leurs familles dans les entreprises';
    const { lines, truncated } = shortenText(title, 120, 2, font);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(textWidth(line, font)).toBeLessThanOrEqual(120);
    // Every word shown is a whole word of the title, in order; the ellipsis follows the last whole one.
    const shown = lines.join(' ');
    expect(shown.endsWith('…')).toBe(true);
    expect(title.startsWith(shown.slice(0, -1).trimEnd())).toBe(true);
    expect(title.charAt(shown.length - 1)).toBe(' ');
  });

  it('shortenText(text, width, lines, font) cuts inside a word only when one word is wider than a line', () => {
    const { lines, truncated } = shortenText('Gesundheitsförderungsprogramm', 60, 1, font);
    expect(truncated).toBe(true);
    expect(lines[0]?.endsWith('…')).toBe(true);
    expect(textWidth(lines[0] ?? '', font)).toBeLessThanOrEqual(60);
  });

  it("shortenText(text, width, lines, font) measures with the font's own measure when it has one", () => {
    const wide = { ...font, measure: (text: string) => text.length * 20 };
    const { lines } = shortenText('Semi de Paris', 100, 3, wide);
    for (const line of lines) expect(line.length * 20).toBeLessThanOrEqual(100);
    expect(lines.join(' ')).toBe('Semi de Paris');
  });
});

describe('truncateText', () => {
  it('truncateText(text, maxWidth, font) keeps text that fits', () => {
    expect(truncateText('Habitat', 200, font)).toBe('Habitat');
  });

  it('truncateText(text, maxWidth, font) ends with an ellipsis and fits the width', () => {
    const line = truncateText('Prévention du stress', 60, font);
    expect(line.endsWith('…')).toBe(true);
    expect(textWidth(line, font)).toBeLessThanOrEqual(60);
  });

  it('truncateText(text, maxWidth, font) returns an empty string when nothing fits', () => {
    expect(truncateText('Habitat', 5, font)).toBe('');
  });
});

describe('breakableWords', () => {
  it('breakableWords(text) keeps French quotation marks and « : ; ! ? » with their words: no line starts with them', () => {
    expect(breakableWords('Soutien aux parents d’enfants « dys »')).toEqual([
      'Soutien',
      'aux',
      'parents',
      'd’enfants',
      '« dys »',
    ]);
    expect(breakableWords('Offre carbone : accompagnement')).toEqual(['Offre', 'carbone :', 'accompagnement']);
    const lines = balanceLines('Soutien aux parents d’enfants « dys »', 3, { size: 12, weight: 'normal' });
    for (const line of lines) expect(line).not.toMatch(/^[»:]|«$/);
  });
});
