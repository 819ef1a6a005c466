import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN, brokenText, FIELD_BEFORE_MISSING_COMMA, missingCommaText } from './broken-fixtures.js';
import { lineColumnOf, runFleur } from './run-fleur.js';

const dir = mkdtempSync(join(tmpdir(), 'fleur-locations-'));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('fleur validate places every issue in the file', () => {
  it('an unknown factor: file:line:column, the item’s id beside its index, the message (exit 1)', async () => {
    const { line, column } = lineColumnOf(brokenText, '"sleeep"');
    const run = await runFleur('validate', BROKEN, '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${BROKEN}:${line}:${column} error items[2] (kalixia).factors[1]: Unknown factor: “sleeep”.\n`,
    );
  });

  it('an unknown field is a warning at its name, with the petal’s id', async () => {
    const { line, column } = lineColumnOf(brokenText, '"colour"');
    const run = await runFleur('validate', BROKEN, '--lang', 'en');
    expect(run.stdout).toContain(`${BROKEN}:${line}:${column} warning petals[1] (social).colour: Unknown field`);
  });

  it('speaks French by default, severity included', async () => {
    const { line, column } = lineColumnOf(brokenText, '"sleeep"');
    const run = await runFleur('validate', BROKEN);
    expect(run.stdout).toContain(`${BROKEN}:${line}:${column} erreur items[2] (kalixia).factors[1] : Facteur inconnu`);
  });

  it('a missing field points at the object that lacks it', async () => {
    const text = brokenText.replace('"title": { "fr": "Offre carbone", "en": "Carbon offer" },\n', '');
    const path = file('no-title.json', text);
    const item = lineColumnOf(text, '{\n      "id": "carbone"');
    const run = await runFleur('validate', path, '--lang', 'en');
    expect(run.stdout).toContain(`${path}:${item.line}:${item.column} error items[1] (carbone).title: Expected`);
  });

  it('counts lines the same in a file saved with Windows line ends and a BOM', async () => {
    const path = file('crlf.json', `\ufeff${brokenText.replaceAll('\n', '\r\n')}`);
    const { line, column } = lineColumnOf(brokenText, '"sleeep"');
    const run = await runFleur('validate', path, '--lang', 'en');
    expect(run.stdout).toContain(`${path}:${line}:${column} error items[2] (kalixia).factors[1]`);
  });

  it('--json gives each issue its line and column, and the path with ids', async () => {
    const run = await runFleur('validate', BROKEN, '--json', '--lang', 'en');
    const report = JSON.parse(run.stdout);
    const sleeep = lineColumnOf(brokenText, '"sleeep"');
    const colour = lineColumnOf(brokenText, '"colour"');
    expect(report.ok).toBe(false);
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: 'unknown-reference',
        path: ['items', 2, 'factors', 1],
        where: 'items[2] (kalixia).factors[1]',
        line: sleeep.line,
        column: sleeep.column,
      }),
    ]);
    expect(report.warnings).toEqual([
      expect.objectContaining({ code: 'unknown-field', severity: 'warning', line: colour.line, column: colour.column }),
    ]);
  });
});

describe('ids beside indexes', () => {
  it('shows only a string id the entry itself has, and the last of a key written twice (as JSON.parse reads it)', async () => {
    const catalogue = JSON.parse(brokenText);
    catalogue.items[0].id = 42;
    const text = JSON.stringify(catalogue, null, 2).replace('"id": "kalixia"', '"id": "first", "id": "kalixia"');
    const run = await runFleur('validate', file('ids.json', text), '--lang', 'en');
    expect(run.stdout).toContain('items[0].id: ');
    expect(run.stdout).not.toContain('items[0] (');
    expect(run.stdout).toContain('items[2] (kalixia).factors[1]');
  });

  it('an id carrying terminal escapes is shown escaped, and a very long one is shortened', async () => {
    const catalogue = JSON.parse(brokenText);
    catalogue.items[2].id = `\u001b[2J${'k'.repeat(500)}`;
    const run = await runFleur('validate', file('hostile-id.json', JSON.stringify(catalogue)), '--lang', 'en');
    expect(run.stdout).toContain(`items[2] (\\u001b[2J${'k'.repeat(56)}…).factors[1]`);
    expect(run.stdout).not.toContain('\u001b');
  });
});

describe('JSON syntax errors by line and column, with the line and a caret', () => {
  it('a missing comma is shown where it belongs', async () => {
    const text = missingCommaText();
    const path = file('missing-comma.json', text);
    const end = lineColumnOf(text, `${FIELD_BEFORE_MISSING_COMMA}\n`);
    const column = end.column + FIELD_BEFORE_MISSING_COMMA.length;
    const run = await runFleur('validate', path, '--lang', 'en');
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    const at = lines.findIndex((line) => line.startsWith(`${path}:${end.line}:${column} error document:`));
    expect(lines[at]).toContain('The file is not valid JSON: “,” is expected between two values.');
    const shown = lines[at + 1] ?? '';
    const caret = lines[at + 2] ?? '';
    expect(shown).toBe(`  ${end.line} |       "kind": "offer"`);
    expect(caret.indexOf('^')).toBe(shown.indexOf(FIELD_BEFORE_MISSING_COMMA) + FIELD_BEFORE_MISSING_COMMA.length);
    expect(run.stdout).not.toMatch(/position \d/);
  });

  it('a tab-indented line keeps the caret under the column (a tab counts as one column)', async () => {
    const path = file('tabs.json', '{\n\t"version": 1\n\t"id": "x"\n}');
    const run = await runFleur('validate', path, '--lang', 'en');
    const column = '\t"version": 1'.length + 1;
    expect(run.stdout).toContain(`${path}:2:${column} error document:`);
    expect(run.stdout).toContain('  2 |  "version": 1\n    |              ^\n');
  });

  it('a trailing comma is named and pointed at', async () => {
    const path = file('trailing.json', '{\n  "version": 1,\n  "petals": [1, 2,],\n}\n');
    const run = await runFleur('validate', path, '--lang', 'en');
    expect(run.stdout).toContain(`${path}:3:18 error document: The file is not valid JSON: a comma before “}” or “]”`);
    expect(run.stdout).toContain('  3 |   "petals": [1, 2,],\n    |                  ^\n');
  });

  it('a minified file shows a window of its one line around the column, never the whole line', async () => {
    const minified = JSON.stringify(JSON.parse(brokenText)).replace('"income","sleeep"', '"income" "sleeep"');
    const run = await runFleur('validate', file('minified.json', minified), '--json');
    const [issue] = JSON.parse(run.stdout).issues;
    expect(issue).toMatchObject({ code: 'invalid-json', line: 1, params: { reason: 'comma-expected' } });
    expect(minified.slice(0, issue.column - 1)).toMatch(/"factors":\["income"$/);
    const human = await runFleur('validate', file('minified.json', minified));
    const [, shown = '', caret = ''] = human.stdout.split('\n').slice(1);
    expect(shown.length).toBeLessThan(100);
    expect(shown).toContain('…');
    expect(shown.slice(0, caret.indexOf('^'))).toMatch(/"factors":\["income"$/);
  });

  it('a control character inside a string is pointed at and shown as one visible character', async () => {
    const text = brokenText.replace('"Réseau Kalixia"', '"Réseau\u0007Kalixia"');
    const { line, column } = lineColumnOf(text, '\u0007');
    const run = await runFleur('validate', file('bell.json', text), '--lang', 'en');
    expect(run.stdout).toContain(`:${line}:${column} error document: The file is not valid JSON: control character`);
    expect(run.stdout).toContain('"Réseau\ufffdKalixia"');
    expect(run.stdout).not.toContain('\u0007');
  });

  it('comments, an empty file and text after the document are each named', async () => {
    const comment = await runFleur('validate', file('comment.json', '{\n  // note\n  "version": 1\n}'), '--lang', 'en');
    expect(comment.stdout).toMatch(/:2:3 error document: .*comments are not allowed in JSON/);
    const empty = await runFleur('validate', file('empty.json', '\n'), '--lang', 'en');
    expect(empty.stdout).toMatch(/empty\.json error document: The file is not valid JSON: the file is empty\./);
    const after = await runFleur('validate', file('after.json', '{}\n}'), '--lang', 'en');
    expect(after.stdout).toMatch(/:2:1 error document: .*the document should end here/);
  });

  it('a no-break space, which the strict parser takes for white space, is placed by the engine’s own position', async () => {
    const text = brokenText.replace('"version": 1', '"version":\u00a01');
    const { line, column } = lineColumnOf(text, '\u00a0');
    const run = await runFleur('validate', file('nbsp.json', text), '--json');
    expect(JSON.parse(run.stdout).issues[0]).toMatchObject({ code: 'invalid-json', line, column });
  });
});

describe('--strict', () => {
  const warningOnly = () => file('warning-only.json', brokenText.replace('"sleeep"', '"sleep"'));

  it('without it, a file with warnings only is valid (exit 0) and its warnings are listed', async () => {
    const run = await runFleur('validate', warningOnly(), '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/: valid \(3 items\)\n.* warning petals\[1\] \(social\)\.colour: Unknown field/);
  });

  it('with it, warnings are errors: the file is invalid (exit 1)', async () => {
    const path = warningOnly();
    const run = await runFleur('validate', path, '--strict', '--lang', 'en');
    expect(run.code).toBe(1);
    const { line, column } = lineColumnOf(brokenText, '"colour"');
    // An error, so the field is not "ignored": the file is refused for it.
    expect(run.stdout).toContain(
      `${path}: invalid (1)\n${path}:${line}:${column} error petals[1] (social).colour: Unknown field “colour”: not part of the catalogue format.\n`,
    );
    const french = await runFleur('validate', path, '--strict');
    expect(french.stdout).toContain(
      'colour : Champ inconnu « colour » : il ne fait pas partie du format du catalogue.\n',
    );
    const json = JSON.parse((await runFleur('validate', path, '--strict', '--json')).stdout);
    expect(json).toMatchObject({ ok: false, issues: [{ code: 'unknown-field', severity: 'error' }], warnings: [] });
  });

  it('leaves a clean catalogue valid', async () => {
    expect((await runFleur('validate', 'data/harmonie-mutuelle-2023.json', '--strict')).code).toBe(0);
  });
});

describe('fleur render shows a catalogue’s errors the same way', () => {
  it('file:line:column on stderr, nothing written (exit 1)', async () => {
    const out = join(dir, 'never.svg');
    const run = await runFleur('render', BROKEN, '--out', out, '--lang', 'en');
    const { line, column } = lineColumnOf(brokenText, '"sleeep"');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `${BROKEN}:${line}:${column} error items[2] (kalixia).factors[1]: Unknown factor: “sleeep”.\n`,
    );
  });
});
