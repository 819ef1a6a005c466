import { formatIssue, issueMessage, localized, messageLocale, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { describe, expect, it } from 'vitest';
import { catalogueWith } from '../helpers/fixture.js';
import { expectIssue } from '../helpers/issues.js';

/** Values pages and CMSs really write in `lang`, and values an attacker would. */
const HOSTILE_LANGS = [
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  '<b>x</b>',
  `en-${'x'.repeat(10_000)}`,
].map((value) => [value.length > 40 ? `${value.slice(0, 12)}… (${value.length} characters)` : value, value]);

describe('localized(text, locale, fallbackLocale) with real-world and hostile locales', () => {
  const text = { fr: 'Sommeil', en: 'Sleep' };

  it.each([
    ['fr_FR', 'Sommeil'],
    ['en_US', 'Sleep'],
    ['EN', 'Sleep'],
    ['En-gB', 'Sleep'],
    [' en ', 'Sleep'],
  ])('reads %j as the language it names', (locale, expected) => {
    expect(localized(text, locale, 'fr')).toBe(expected);
  });

  it('finds a key written in another case (fr-ca finds fr-CA)', () => {
    expect(localized({ fr: 'Sommeil', 'fr-CA': 'Dodo' }, 'fr-ca', 'fr')).toBe('Dodo');
  });

  it.each(HOSTILE_LANGS)(
    'never reads an inherited property for %j (falls back to the default language)',
    (_name, locale) => {
      expect(localized(text, locale, 'fr')).toBe('Sommeil');
    },
  );

  it('never returns an inherited property as the fallback', () => {
    expect(localized({ en: 'Sleep' }, 'fr', 'constructor')).toBe('Sleep');
  });
});

describe('issue messages with hostile locales and codes', () => {
  const issue = expectIssue(
    parseCatalogue(catalogueWith((c) => (c.items[0]!.factors = ['sleeep']))),
    'unknown-reference',
    'items[0].factors[0]',
  );

  it.each([
    ['en_US', 'en'],
    ['EN-gb', 'en'],
    ['fr_CA', 'fr'],
  ])('messageLocale(%j) is %j', (locale, expected) => {
    expect(messageLocale(locale)).toBe(expected);
  });

  it.each(HOSTILE_LANGS)('formatIssue(issue, %j) is a French message, never a throw', (_name, locale) => {
    expect(formatIssue(issue, locale)).toBe('items[0].factors[0] : Facteur inconnu : « sleeep ».');
  });

  it('an issue with a code that is not ours (read back from JSON) still formats', () => {
    const foreign = JSON.parse('{"code":"constructor","severity":"error","path":[],"params":{}}');
    expect(issueMessage(foreign, 'en')).toBe('Invalid value.');
  });

  it('an unknown reference target named constructor is printed, not looked up', () => {
    const odd = { ...issue, params: { target: 'constructor', id: 'x' } };
    expect(issueMessage(odd, 'en')).toBe('Unknown constructor: “x”.');
  });
});

describe('parseCatalogue(text with nothing visible) reports an empty label', () => {
  it.each([
    ['zero-width spaces', '\u200b\u200b'],
    ['a zero-width joiner and non-joiner', '\u200d\u200c'],
    ['bidi controls', '\u202e\u2066\u2069\u200f'],
    ['a BOM and a word joiner', '\ufeff\u2060'],
    ['a Hangul filler', '\u3164'],
    ['no-break and ideographic spaces', '\u00a0\u3000'],
    ['control characters', '\u0007\u001b'],
  ])('a title made only of %s', (_name, title) => {
    const result = parseCatalogue(catalogueWith((c) => (c.items[0]!.title = { fr: title, en: 'Visible' })));
    expectIssue(result, 'empty-text', 'items[0].title.fr');
  });

  it('a shortTitle made only of a zero-width space (the name drawn on the flower)', () => {
    const result = parseCatalogue(catalogueWith((c) => (c.items[0]!.shortTitle = { fr: '\u200b', en: 'Semi' })));
    expectIssue(result, 'empty-text', 'items[0].shortTitle.fr');
  });

  it('a petal label made only of zero-width characters', () => {
    const result = parseCatalogue(catalogueWith((c) => (c.petals[0]!.label = '\u200b')));
    expectIssue(result, 'empty-text', 'petals[0].label');
  });

  it('accepts text with one visible character among invisible ones (emoji joined by ZWJ, a bidi mark)', () => {
    const result = parseCatalogue(
      catalogueWith((c) => {
        c.items[0]!.title = '\u200f👩\u200d👩\u200d👧';
        c.items[1]!.title = '\u200bA';
      }),
    );
    expect(result.ok).toBe(true);
  });
});

describe('displayed catalogue text', () => {
  it('localized() strips control characters and bidi overrides (a title cannot rewrite a terminal or reorder text)', () => {
    expect(localized('Semi\u001b[2J de\u0000 Paris\u202e', 'fr')).toBe('Semi[2J de Paris');
    expect(localized({ fr: 'Ligne\nsuivante\tet\u2066isolat\u2069' }, 'fr')).toBe('Ligne suivante etisolat');
  });

  it('keeps joiners that shape emoji and Persian words', () => {
    expect(localized('می\u200cخواهم 👩\u200d👧', 'fr')).toBe('می\u200cخواهم 👩\u200d👧');
  });

  it('quoted values in messages are isolated when they hold right-to-left letters, and stripped of controls', () => {
    const result = parseCatalogue(catalogueWith((c) => (c.items[0]!.factors = ['שינה\u202e'])));
    const issue = expectIssue(result, 'unknown-reference', 'items[0].factors[0]');
    expect(issueMessage(issue, 'en')).toBe('Unknown factor: “\u2068שינה\u2069”.');
  });
});

describe('parseCatalogue(links) rejects links that disguise where they go', () => {
  it('a link with a password before @ is a link-credentials issue naming the real host', () => {
    const href = 'https://www.harmonie-mutuelle.fr:secret@evil.example/login';
    const result = parseCatalogue(catalogueWith((c) => (c.items[0]!.links = [{ href }])));
    const issue = expectIssue(result, 'link-credentials', 'items[0].links[0].href');
    expect(issue.params.host).toBe('evil.example');
    expect(issueMessage(issue, 'fr')).toContain('« evil.example »');
    expect(issueMessage(issue, 'en')).toContain('“evil.example”');
  });

  it('a link with a user name alone', () => {
    const result = parseCatalogue(
      catalogueWith((c) => (c.items[0]!.links = [{ href: 'http://www.harmonie-mutuelle.fr@evil.example/' }])),
    );
    expectIssue(result, 'link-credentials', 'items[0].links[0].href');
  });

  it('keeps accepting mailto: addresses (their @ is not a credential)', () => {
    const result = parseCatalogue(catalogueWith((c) => (c.items[0]!.links = [{ href: 'mailto:contact@example.org' }])));
    expect(result.ok).toBe(true);
  });
});
