import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineColumnOf, runFleur } from './run-fleur.js';

const harmonie = JSON.parse(readFileSync(new URL('../../data/harmonie-mutuelle-2023.json', import.meta.url), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'fleur-long-titles-'));

/** A 200-character French title, and a short English one: only the French one is shortened on the flower. */
const LONG_FR =
  'Accompagnement personnalisé des adhérents aidants familiaux dans leurs démarches administratives, leur santé mentale, leur sommeil et leur retour à l’emploi après une longue période de soins à un proche';

/** Harmonie with its first item's short title removed and its title given as `title`; the file's path. */
function catalogueWith(title: unknown, name: string, keepShortTitle = false): string {
  const catalogue = structuredClone(harmonie);
  const [first] = catalogue.items;
  first.title = title;
  if (!keepShortTitle) delete first.shortTitle;
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(catalogue, null, 2));
  return path;
}

describe('fleur validate warns when the flower must shorten a title that has no shortTitle', () => {
  it('says, at the title in the file, what the flower shows instead; the catalogue stays valid (exit 0)', async () => {
    const path = catalogueWith({ fr: LONG_FR, en: 'Support for family carers' }, 'long-fr.json');
    const run = await runFleur('validate', path, '--lang', 'en');
    expect(run.code).toBe(0);
    const warnings = run.stdout.split('\n').filter((line) => line.includes('shortTitle'));
    expect(warnings).toHaveLength(1);
    const { line, column } = lineColumnOf(readFileSync(path, 'utf8'), `"${LONG_FR}"`);
    expect(warnings[0]).toContain(`${path}:${line}:${column} warning items[0]`);
    expect(warnings[0]).toContain(`.title.fr: A ${LONG_FR.length}-character title with no shortTitle`);
    // What the flower shows: the title's first words, then an ellipsis; never the whole title.
    const shown = /shortens it to “(.+)”;/.exec(warnings[0] ?? '')?.[1] ?? '';
    expect(shown.endsWith('…')).toBe(true);
    expect(LONG_FR.startsWith(shown.slice(0, -1).trimEnd().replace(/ +/g, ' '))).toBe(true);
    expect(shown.length).toBeLessThan(LONG_FR.length);
  });

  it('speaks French, and --strict makes it an error (exit 1)', async () => {
    const path = catalogueWith(LONG_FR, 'long.json');
    const run = await runFleur('validate', path);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`avertissement items[0]`);
    expect(run.stdout).toContain(
      `Titre de ${LONG_FR.length} caractères sans titre court (shortTitle) : la fleur le raccourcit en « Accompagnement`,
    );
    const strict = await runFleur('validate', path, '--strict', '--json');
    expect(strict.code).toBe(1);
    const record = JSON.parse(strict.stdout);
    expect(record.issues.map((issue: { code: string }) => issue.code)).toEqual(['long-title']);
  });

  it('says nothing for a title that fits, nor for a long title with a shortTitle', async () => {
    for (const path of [
      catalogueWith('Guide santé-environnement', 'short.json'),
      catalogueWith(LONG_FR, 'with-short-title.json', true),
    ]) {
      const run = await runFleur('validate', path, '--json');
      expect(JSON.parse(run.stdout).warnings).toEqual([]);
    }
  });
});
