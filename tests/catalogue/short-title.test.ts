import { formatIssue, issueMessage, MAX_SHORT_TITLE_LENGTH, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { describe, expect, it } from 'vitest';
import { catalogueWith } from '../helpers/fixture.js';
import { codesAndPaths, expectIssue } from '../helpers/issues.js';

/** The fixture with `shortTitle` set on its first item. */
const withShortTitle = (shortTitle: unknown) =>
  parseCatalogue(catalogueWith((c) => ((c.items[0] as Record<string, unknown>).shortTitle = shortTitle)));

describe('items[].shortTitle', () => {
  it('is optional and keeps its localized value', () => {
    const result = withShortTitle({ fr: 'Semi', en: 'Half marathon' });
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok && result.catalogue.items[0]?.shortTitle).toEqual({ fr: 'Semi', en: 'Half marathon' });
    expect(result.ok && result.catalogue.items[1]?.shortTitle).toBeUndefined();
  });

  it('accepts exactly 60 characters, in either form', () => {
    expect(MAX_SHORT_TITLE_LENGTH).toBe(60);
    expect(withShortTitle('x'.repeat(60)).ok).toBe(true);
    expect(withShortTitle({ fr: 'é'.repeat(60), en: 'e'.repeat(60) }).ok).toBe(true);
  });

  it('reports 61 characters at its path, with a readable French and English message', () => {
    const result = withShortTitle({ fr: 'Semi de Paris', en: 'x'.repeat(61) });
    const issue = expectIssue(result, 'text-too-long', 'items[0].shortTitle.en');
    expect(issue.params).toEqual({ length: 61, max: 60 });
    expect(formatIssue(issue, 'fr')).toBe(
      'items[0].shortTitle.en : Le texte est trop long (61 caractères ; maximum 60).',
    );
    expect(formatIssue(issue, 'en')).toBe('items[0].shortTitle.en: The text is too long (61 characters; at most 60).');
    expect(codesAndPaths(result.ok ? [] : result.issues)).toEqual(['text-too-long@items[0].shortTitle.en']);
  });

  it('reports a single 61-character string at items[i].shortTitle', () => {
    const issue = expectIssue(withShortTitle('y'.repeat(61)), 'text-too-long', 'items[0].shortTitle');
    expect(issueMessage(issue, 'fr')).toContain('61 caractères');
    expect(issueMessage(issue, 'en')).toContain('at most 60');
  });

  it('reports an empty or blank short title as an empty label', () => {
    expectIssue(withShortTitle(''), 'empty-text', 'items[0].shortTitle');
    const result = withShortTitle({ fr: '  ', en: 'Half marathon' });
    const issue = expectIssue(result, 'empty-text', 'items[0].shortTitle.fr');
    expect(issueMessage(issue, 'fr')).toBe('Le texte est vide.');
    expect(issueMessage(issue, 'en')).toBe('The text is empty.');
  });

  it('gets the locale checks of every localized text', () => {
    const missingDefault = withShortTitle({ en: 'Half marathon' });
    expectIssue(missingDefault, 'missing-default-locale', 'items[0].shortTitle');
    const missingTranslation = withShortTitle({ fr: 'Semi' });
    expect(missingTranslation.ok).toBe(true);
    expect(codesAndPaths(missingTranslation.warnings)).toEqual(['missing-translation@items[0].shortTitle']);
  });

  it('rejects a value that is not a localized text', () => {
    expectIssue(withShortTitle(42), 'invalid-type', 'items[0].shortTitle');
  });
});
