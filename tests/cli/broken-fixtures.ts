import { readFileSync } from 'node:fs';

/** A catalogue with one error (items[2] "kalixia" names the unknown factor "sleeep") and one warning (a "colour"). */
export const BROKEN = 'tests/fixtures/cli/broken-catalogue.json';
export const brokenText = readFileSync(BROKEN, 'utf8');

/** The field after which {@link missingCommaText} drops the comma. */
export const FIELD_BEFORE_MISSING_COMMA = '"kind": "offer"';

/**
 * The same catalogue with a JSON syntax error: the comma after item "carbone"'s `"kind": "offer"` is gone. Made
 * here rather than committed, so the formatter and linter never meet a file that is not JSON.
 */
export function missingCommaText(): string {
  const anchor = `${FIELD_BEFORE_MISSING_COMMA},\n      "title": { "fr": "Offre carbone"`;
  if (!brokenText.includes(anchor)) throw new Error('the fixture changed: no comma to remove');
  return brokenText.replace(anchor, anchor.replace(',\n', '\n'));
}
