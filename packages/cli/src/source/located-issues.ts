import { type Issue, MAX_JSON_LENGTH, type ParseResult } from 'fleur-pleine-sante-catalogue';
import { codeFrame } from './code-frame.js';
import { describePath } from './issue-path.js';
import { issueOffset } from './issue-location.js';
import { findJsonSyntaxError, type JsonSyntaxReason } from './json-syntax-error.js';
import { jsonTree } from './json-tree.js';
import { lineStarts, positionAt, type TextPosition } from './text-position.js';

/** An issue placed in the file it came from. */
export interface LocatedIssue {
  /** The catalogue's issue; its severity is `error` for a warning made an error by `--strict`. */
  readonly issue: Issue;
  /** Line and column of the offending value, when the file shows one. */
  readonly position: TextPosition | undefined;
  /** Its JSON path with the ids of the entries it goes through: `items[8] (kalixia).factors[1]`; `''` for the document. */
  readonly where: string;
  /** For a JSON syntax error: why, to be put in words, and the offending line with a caret under the column. */
  readonly syntax?: { readonly reason: JsonSyntaxReason; readonly frame: readonly string[] };
}

/** A file's errors and warnings, each with its place in the file. */
export interface LocatedResult {
  readonly errors: readonly LocatedIssue[];
  readonly warnings: readonly LocatedIssue[];
}

/** Issues sorted by line and column, as an editor lists them; those without a place keep their order, first. */
function inFileOrder(located: LocatedIssue[]): LocatedIssue[] {
  const rank = ({ position }: LocatedIssue) => (position === undefined ? -1 : position.line * 1e9 + position.column);
  return located.sort((a, b) => rank(a) - rank(b));
}

function locateSyntaxError(text: string, issue: Issue): LocatedIssue {
  const detail = typeof issue.params.detail === 'string' ? issue.params.detail : '';
  const error = findJsonSyntaxError(text, detail);
  if (error.offset === undefined)
    return { issue, position: undefined, where: '', syntax: { reason: error.reason, frame: [] } };
  const starts = lineStarts(text);
  const position = positionAt(starts, error.offset);
  return { issue, position, where: '', syntax: { reason: error.reason, frame: codeFrame(text, starts, position) } };
}

/**
 * Places every issue of `result` in `text`, the file it was parsed from. The syntax tree is built only when there
 * is something to place; with `strict`, warnings are errors.
 */
export function locateIssues(text: string, result: ParseResult, options: { strict?: boolean } = {}): LocatedResult {
  const issues = result.ok ? [] : result.issues;
  const syntax = issues.find((issue) => issue.code === 'invalid-json');
  if (syntax !== undefined) return { errors: [locateSyntaxError(text, syntax)], warnings: [] };
  if (issues.length === 0 && result.warnings.length === 0) return { errors: [], warnings: [] };
  // A text over the parser's limit was not read; neither is it mapped.
  const tree = text.length > MAX_JSON_LENGTH ? undefined : jsonTree(text);
  let starts: number[] | undefined;
  const locate = (issue: Issue): LocatedIssue => {
    const offset = issueOffset(tree, issue);
    starts ??= offset === undefined ? undefined : lineStarts(text);
    return {
      issue,
      position: offset === undefined || starts === undefined ? undefined : positionAt(starts, offset),
      where: describePath(issue.path, tree),
    };
  };
  const errors = inFileOrder(issues.map(locate));
  const warnings = inFileOrder(result.warnings.map(locate));
  if (!options.strict) return { errors, warnings };
  const promoted = warnings.map((located) => ({ ...located, issue: { ...located.issue, severity: 'error' as const } }));
  return { errors: [...errors, ...promoted], warnings: [] };
}
