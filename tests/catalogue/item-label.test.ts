import { itemLabelText } from 'fleur-pleine-sante-catalogue';
import { describe, expect, it } from 'vitest';

describe('itemLabelText(item, locale, fallbackLocale)', () => {
  const semi = {
    title: { fr: 'Semi-marathon de Paris', en: 'Paris Half Marathon' },
    shortTitle: { fr: 'Semi de Paris', en: 'Paris Half' },
  };

  it('returns the short title in the reader’s language', () => {
    expect(itemLabelText(semi, 'fr', 'fr')).toBe('Semi de Paris');
    expect(itemLabelText(semi, 'en', 'fr')).toBe('Paris Half');
    expect(itemLabelText(semi, 'en-GB', 'fr')).toBe('Paris Half');
  });

  it('returns the title when there is no short title', () => {
    expect(itemLabelText({ title: semi.title }, 'en', 'fr')).toBe('Paris Half Marathon');
    expect(itemLabelText({ title: 'Offre carbone' }, 'en', 'fr')).toBe('Offre carbone');
  });

  it('returns the title when the short title is empty or blank', () => {
    expect(itemLabelText({ title: semi.title, shortTitle: '' }, 'fr', 'fr')).toBe('Semi-marathon de Paris');
    expect(itemLabelText({ title: semi.title, shortTitle: { fr: ' ', en: '' } }, 'en', 'fr')).toBe(
      'Paris Half Marathon',
    );
  });

  it('uses a plain-string short title for every language', () => {
    expect(itemLabelText({ title: semi.title, shortTitle: 'Semi' }, 'en', 'fr')).toBe('Semi');
  });

  it('falls back like localized() when the short title is not in the reader’s language', () => {
    expect(itemLabelText({ title: semi.title, shortTitle: { fr: 'Semi' } }, 'en', 'fr')).toBe('Semi');
    expect(itemLabelText({ title: { fr: 'Semi-marathon de Paris' } }, 'de', 'fr')).toBe('Semi-marathon de Paris');
  });
});
