import { formatIssue, issueMessage, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { describe, expect, it } from 'vitest';
import { catalogueWith, minimalCatalogue } from '../helpers/fixture.js';
import { codesAndPaths, expectIssue, issuesOf } from '../helpers/issues.js';

describe('parseCatalogue(valid input)', () => {
  it('accepts a valid catalogue and fills defaults', () => {
    const result = parseCatalogue(minimalCatalogue());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.catalogue.items).toHaveLength(3);
    expect(result.catalogue.items[2]?.audiences).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('accepts JSON text as well as a parsed value', () => {
    expect(parseCatalogue(JSON.stringify(minimalCatalogue())).ok).toBe(true);
  });

  it('accepts an empty items list (the flower with no marks)', () => {
    expect(parseCatalogue(catalogueWith((c) => (c.items = []))).ok).toBe(true);
  });

  it('ignores the $schema pointer editors use', () => {
    expect(parseCatalogue(catalogueWith((c) => (c.$schema = './catalogue.schema.json'))).ok).toBe(true);
  });
});

describe('parseCatalogue(invalid input) reports', () => {
  it('an item naming a factor that does not exist, at its path, naming the value', () => {
    const result = parseCatalogue(catalogueWith((c) => (c.items[0]!.factors = ['sleep', 'sleeep'])));
    const issue = expectIssue(result, 'unknown-reference', 'items[0].factors[1]');
    expect(issueMessage(issue, 'fr')).toBe('Facteur inconnu : « sleeep ».');
    expect(issueMessage(issue, 'en')).toBe('Unknown factor: “sleeep”.');
  });

  it('unknown kind, audience, objective and petal references', () => {
    const result = parseCatalogue(
      catalogueWith((c) => {
        c.items[0]!.kind = 'event';
        c.items[0]!.audiences = ['alien'];
        c.items[0]!.objectives = ['obj-9'];
        c.factors[0]!.petal = 'spiritual';
      }),
    );
    expectIssue(result, 'unknown-reference', 'items[0].kind');
    expectIssue(result, 'unknown-reference', 'items[0].audiences[0]');
    expectIssue(result, 'unknown-reference', 'items[0].objectives[0]');
    const petal = expectIssue(result, 'unknown-reference', 'factors[0].petal');
    expect(issueMessage(petal, 'en')).toBe('Unknown petal: “spiritual”.');
  });

  it.each(['petals', 'factors', 'kinds', 'audiences', 'objectives', 'items'] as const)(
    'a duplicate id in %s, pointing to the first use',
    (list) => {
      const result = parseCatalogue(
        catalogueWith((c) => {
          const entries = c[list] as { id: string }[];
          entries.push({ ...entries[0]! });
        }),
      );
      const issues = issuesOf(result);
      const duplicate = issues.find((issue) => issue.code === 'duplicate-id');
      expect(duplicate?.path[0]).toBe(list);
      expect(issueMessage(duplicate!, 'en')).toContain(`already used by ${list}[0]`);
    },
  );

  it('an empty label (whitespace only), in every language form', () => {
    const result = parseCatalogue(
      catalogueWith((c) => {
        c.petals[0]!.label = '   ';
        c.factors[0]!.label = { fr: '', en: 'Income' };
      }),
    );
    expectIssue(result, 'empty-text', 'petals[0].label');
    expectIssue(result, 'empty-text', 'factors[0].label.fr');
  });

  it('a label missing the default language, and warns about a missing translation', () => {
    const missingDefault = parseCatalogue(catalogueWith((c) => (c.petals[1]!.label = { en: 'Social' })));
    const issue = expectIssue(missingDefault, 'missing-default-locale', 'petals[1].label');
    expect(issueMessage(issue, 'fr')).toContain('« fr »');

    const missingTranslation = parseCatalogue(catalogueWith((c) => (c.petals[1]!.label = { fr: 'Sociaux' })));
    expect(missingTranslation.ok).toBe(true);
    expect(codesAndPaths(missingTranslation.warnings)).toContain('missing-translation@petals[1].label');
  });

  it('a default language no text is written in: one error at defaultLocale naming the languages the texts have, not one per text', () => {
    const result = parseCatalogue(catalogueWith((c) => (c.defaultLocale = 'aa')));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(codesAndPaths(result.issues)).toEqual(['unused-default-locale@defaultLocale']);
    const [issue] = result.issues;
    if (!issue) throw new Error('no issue');
    expect(issueMessage(issue, 'fr')).toBe(
      'Aucun texte du catalogue n’est écrit dans la langue par défaut « aa » ; ses textes sont en « fr », « en ».',
    );
    expect(issueMessage(issue, 'en')).toContain('default language “aa”');
    // A default that is no language tag is reported once, as such.
    const notATag = parseCatalogue(catalogueWith((c) => (c.defaultLocale = 'French')));
    expect(codesAndPaths(notATag.ok ? [] : notATag.issues)).toEqual(['invalid-locale@defaultLocale']);
  });

  it.each([
    'javascript:alert(1)',
    '  JAVASCRIPT:alert(1)',
    '\tjava\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'ftp://example.org/file',
    '/relative/page',
  ])('an unsafe or relative link %j', (href) => {
    const result = parseCatalogue(catalogueWith((c) => (c.items[0]!.links = [{ href }])));
    const issue = expectIssue(result, 'unsafe-link', 'items[0].links[0].href');
    expect(issue.params.href).toBe(href);
  });

  it.each([
    'https://example.org',
    ' HTTPS://EXAMPLE.ORG/a ',
    'http://example.org',
    'mailto:contact@example.org',
    'MailTo:x@y.fr',
  ])('accepts the safe link %j', (href) => {
    expect(parseCatalogue(catalogueWith((c) => (c.items[0]!.links = [{ href }]))).ok).toBe(true);
  });

  it('a wrong version', () => {
    const result = parseCatalogue(catalogueWith((c) => ((c as Record<string, unknown>).version = 2)));
    const issue = expectIssue(result, 'invalid-version', 'version');
    expect(issueMessage(issue, 'en')).toBe('Unsupported version “2”: the expected version is 1.');
  });

  it('a version written as a string says that the number is expected, not that the version is unknown (fr, en)', () => {
    const result = parseCatalogue(catalogueWith((c) => ((c as Record<string, unknown>).version = '1')));
    const issue = expectIssue(result, 'invalid-version', 'version');
    expect(issueMessage(issue, 'en')).toBe(
      'The version must be the number 1, without quotes: the file gives the string “1”.',
    );
    expect(issueMessage(issue, 'fr')).toBe(
      'La version doit être le nombre 1, sans guillemets : le fichier donne le texte « 1 ».',
    );
  });

  it('missing required fields and wrong types', () => {
    const result = parseCatalogue(
      catalogueWith((c) => {
        delete (c as Partial<typeof c>).kinds;
        (c.items[0] as Record<string, unknown>).title = 42;
        (c.items[1] as Record<string, unknown>).factors = 'income';
      }),
    );
    expectIssue(result, 'required', 'kinds');
    const wrongType = expectIssue(result, 'invalid-type', 'items[0].title');
    expect(issueMessage(wrongType, 'fr')).toContain('reçu un nombre');
    expectIssue(result, 'invalid-type', 'items[1].factors');
  });

  it('ids, colours and language codes that do not match their format', () => {
    const result = parseCatalogue(
      catalogueWith((c) => {
        c.items[0]!.id = 'semi de paris';
        c.petals[0]!.color = 'red';
        c.defaultLocale = 'French';
      }),
    );
    expectIssue(result, 'invalid-id', 'items[0].id');
    expectIssue(result, 'invalid-color', 'petals[0].color');
    expectIssue(result, 'invalid-locale', 'defaultLocale');
  });

  it('fewer than 2 or more than 8 petals', () => {
    const few = parseCatalogue(catalogueWith((c) => (c.petals = c.petals.slice(0, 1))));
    expectIssue(few, 'too-few', 'petals');
    const many = parseCatalogue(
      catalogueWith((c) => {
        for (let i = 0; i < 7; i++) c.petals.push({ id: `p${i}`, label: { fr: `P${i}`, en: `P${i}` } });
      }),
    );
    expectIssue(many, 'too-many', 'petals');
  });

  it('every problem at once, each with a path and a message in both languages', () => {
    const result = parseCatalogue(
      catalogueWith((c) => {
        c.items[0]!.factors = ['nope'];
        c.items[1]!.kind = 'nope';
        c.items[2]!.links = [{ href: 'javascript:void 0' }];
        c.petals[0]!.label = '';
        c.kinds.push({ id: 'offer', label: 'Doublon' });
      }),
    );
    const issues = issuesOf(result);
    expect(codesAndPaths(issues).sort()).toEqual(
      [
        'duplicate-id@kinds[2].id',
        'empty-text@petals[0].label',
        'unknown-reference@items[0].factors[0]',
        'unknown-reference@items[1].kind',
        'unsafe-link@items[2].links[0].href',
      ].sort(),
    );
    for (const issue of issues) {
      expect(formatIssue(issue, 'fr')).toMatch(/^[\w[\].]+ : .+/);
      expect(formatIssue(issue, 'en')).toMatch(/^[\w[\].]+: .+/);
      expect(issueMessage(issue, 'fr')).not.toBe(issueMessage(issue, 'en'));
    }
  });

  it('warns about unknown fields (a typo would otherwise lose text silently)', () => {
    const result = parseCatalogue(catalogueWith((c) => ((c.items[0] as Record<string, unknown>).sumary = 'oops')));
    expect(result.ok).toBe(true);
    expect(codesAndPaths(result.warnings)).toEqual(['unknown-field@items[0].sumary']);
  });
});

describe('parseCatalogue(hostile input) never throws', () => {
  it('caps text fields at 10 000 characters', () => {
    const result = parseCatalogue(catalogueWith((c) => (c.items[0]!.title = 'x'.repeat(10_001))));
    const issue = expectIssue(result, 'text-too-long', 'items[0].title');
    expect(issue.params).toEqual({ length: 10_001, max: 10_000 });
  });

  it('caps the catalogue at 10 000 items and still checks the first ones', () => {
    const result = parseCatalogue(
      catalogueWith((c) => {
        const template = c.items[2]!;
        c.items = Array.from({ length: 10_001 }, (_, i) => ({ ...template, id: `item-${i}` }));
        c.items[0]!.factors = ['ghost'];
      }),
    );
    expectIssue(result, 'too-many', 'items');
    expectIssue(result, 'unknown-reference', 'items[0].factors[0]');
  });

  it('a 10 MB string as a title, and a 10 MB string as the whole input', () => {
    const huge = 'é'.repeat(10_000_000);
    expectIssue(parseCatalogue(catalogueWith((c) => (c.title = huge))), 'text-too-long', 'title');
    const messages = issuesOf(parseCatalogue(huge)).map((issue) => formatIssue(issue, 'en'));
    expect(messages[0]).toMatch(/^document: The file is not valid JSON/);
    expect(messages[0]!.length).toBeLessThan(400);
  });

  it('100 000 levels of nesting, as a value and as JSON text', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expectIssue(
      parseCatalogue(catalogueWith((c) => ((c as Record<string, unknown>).title = deep))),
      'invalid-type',
      'title',
    );
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(parseCatalogue(text).ok).toBe(false);
    const nestedField = `{"version":1,"title":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`;
    expect(parseCatalogue(nestedField).ok).toBe(false);
  });

  it.each([
    [[], 'array'],
    [null, 'null'],
    [42, 'number'],
    [undefined, 'undefined'],
    ['"just a string"', 'string'],
  ])('a root that is not an object: %j', (input, received) => {
    const issue = expectIssue(parseCatalogue(input), 'invalid-type', '');
    expect(issue.params.received).toBe(received);
  });

  it('an object whose getter throws', () => {
    const evil = minimalCatalogue() as Record<string, unknown>;
    Object.defineProperty(evil, 'items', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(parseCatalogue(evil).ok).toBe(false);
  });

  it('user text is kept as text: markup is data, not HTML', () => {
    const title = '<img src=x onerror=alert(1)><b>Offre</b>';
    const result = parseCatalogue(catalogueWith((c) => (c.items[0]!.title = title)));
    expect(result.ok && result.catalogue.items[0]?.title).toBe(title);
  });
});
