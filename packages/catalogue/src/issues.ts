/**
 * A problem found in a catalogue (or while loading one). Issues are data: a stable `code`, the JSON `path` of the
 * offending value and the `params` that name it. Messages are produced per language by `formatIssue`.
 */
export const ISSUE_CODES = [
  'invalid-json',
  'too-large',
  'invalid-type',
  'required',
  'invalid-version',
  'invalid-id',
  'invalid-locale',
  'invalid-color',
  'out-of-range',
  'empty-text',
  'text-too-long',
  'too-few',
  'too-many',
  'duplicate-id',
  'unknown-reference',
  'missing-default-locale',
  'unused-default-locale',
  'missing-translation',
  'unsafe-link',
  'link-credentials',
  'unknown-field',
  'duplicate-reference',
  'fetch-failed',
  'http-error',
  'not-json',
  'timeout',
  'aborted',
  'invalid-value',
  'render-blocked',
  'long-title',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** Errors reject the catalogue; warnings are reported alongside a catalogue that is still drawn. */
export type IssueSeverity = 'error' | 'warning';

/** The kinds of thing a reference can point to. */
export const REFERENCE_TARGETS = ['petal', 'factor', 'kind', 'audience', 'objective'] as const;
export type ReferenceTarget = (typeof REFERENCE_TARGETS)[number];

export type IssuePath = readonly (string | number)[];
export type IssueParams = Readonly<Record<string, string | number>>;

export interface Issue {
  readonly code: IssueCode;
  readonly severity: IssueSeverity;
  /** JSON path of the offending value, e.g. `['items', 3, 'factors', 1]`. Empty for the whole document. */
  readonly path: IssuePath;
  /** Values that name the problem (the unknown id, the limit, the received type…), used by the messages. */
  readonly params: IssueParams;
}

export function createIssue(
  code: IssueCode,
  path: IssuePath,
  params: IssueParams = {},
  severity: IssueSeverity = 'error',
): Issue {
  return { code, severity, path: [...path], params };
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['items', 3, 'factors', 1]` → `items[3].factors[1]`; keys that are not identifiers are quoted. */
export function formatPath(path: IssuePath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
