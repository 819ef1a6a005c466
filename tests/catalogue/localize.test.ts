import { localized } from 'fleur-pleine-sante-catalogue';
import { describe, expect, it } from 'vitest';

describe('localized(text, locale, fallbackLocale)', () => {
  const text = { fr: 'Sommeil', en: 'Sleep', 'fr-CA': 'Dodo' };

  it('returns a plain string for every language', () => {
    expect(localized('Harmonie', 'en', 'fr')).toBe('Harmonie');
  });
  it('prefers the exact language tag', () => {
    expect(localized(text, 'fr-CA', 'fr')).toBe('Dodo');
  });
  it('falls back to the primary subtag', () => {
    expect(localized(text, 'en-GB', 'fr')).toBe('Sleep');
  });
  it('falls back to the default language', () => {
    expect(localized({ fr: 'Sommeil' }, 'en', 'fr')).toBe('Sommeil');
  });
  it('falls back to any translation, then to the empty string', () => {
    expect(localized({ de: 'Schlaf' }, 'en', 'fr')).toBe('Schlaf');
    expect(localized(undefined, 'en', 'fr')).toBe('');
  });
});
