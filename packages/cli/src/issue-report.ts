import { type Issue, issueMessage, type MessageLocale } from 'fleur-pleine-sante-catalogue';
import type { CliMessages } from './messages.js';
import type { LocatedIssue } from './source/located-issues.js';
import { shownPath } from './terminal.js';

/** The issue as the catalogue package words it; a syntax error's reason in the reader's language, never an offset. */
function worded(located: LocatedIssue, words: CliMessages): Issue {
  if (located.syntax === undefined) return located.issue;
  return {
    ...located.issue,
    params: { reason: located.syntax.reason, detail: words.jsonSyntax[located.syntax.reason] },
  };
}

/**
 * One issue for a terminal: `data/x.json:329:20 error items[8] (kalixia).factors[1]: …` — the form editors and
 * CI logs turn into a link — followed, for a syntax error, by the offending line with a caret under the column.
 */
export function issueLines(file: string, located: LocatedIssue, lang: MessageLocale, words: CliMessages): string[] {
  const shown = shownPath(file);
  const place = located.position === undefined ? shown : `${shown}:${located.position.line}:${located.position.column}`;
  const severity = located.issue.severity === 'error' ? words.error : words.warning;
  return [`${place} ${severity} ${pathAndMessage(located, lang, words)}`, ...(located.syntax?.frame ?? [])];
}

/** `items[8] (kalixia).factors[1]: Unknown factor: “nope”.` (`document: …` for the whole file). */
function pathAndMessage(located: LocatedIssue, lang: MessageLocale, words: CliMessages): string {
  const where = located.where === '' ? words.document : located.where;
  return `${where}${lang === 'fr' ? ' : ' : ': '}${issueMessage(worded(located, words), lang)}`;
}

/** One issue for `--json`: the catalogue's issue, its message, and its `line` and `column` (`null` when unknown). */
export function issueRecord(located: LocatedIssue, lang: MessageLocale, words: CliMessages) {
  const issue = worded(located, words);
  return {
    ...issue,
    message: pathAndMessage(located, lang, words),
    where: located.where,
    line: located.position?.line ?? null,
    column: located.position?.column ?? null,
  };
}
