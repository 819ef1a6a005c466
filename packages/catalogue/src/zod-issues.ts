import type * as z from 'zod/mini';
import { createIssue, type Issue, type IssuePath } from './issues.js';
import { COLOR_PATTERN, ID_PATTERN, LOCALE_PATTERN } from './schema/limits.js';

type ZodIssue = z.core.$ZodIssue;

/** A JavaScript value's type, in the words of the messages (`array`, `null`, not `object`). */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function lastKey(path: IssuePath): string {
  const last = path[path.length - 1];
  return last === undefined ? '' : String(last);
}

function printable(value: unknown): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  return typeOf(value);
}

/** Translates zod's issues into our stable codes and params. Unions of localized text are unwrapped. */
export function fromZodIssues(issues: readonly ZodIssue[], basePath: IssuePath = []): Issue[] {
  return issues.flatMap((issue) => fromZodIssue(issue, basePath));
}

/** zod's issue of one code, in our words. */
type ZodIssueOf<Code extends ZodIssue['code']> = Extract<ZodIssue, { code: Code }>;

function fromZodIssue(issue: ZodIssue, basePath: IssuePath): Issue[] {
  const path: IssuePath = [...basePath, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))];
  switch (issue.code) {
    case 'invalid_type':
      return [fromInvalidType(issue, path)];
    case 'too_big':
      return [fromTooBig(issue, path)];
    case 'too_small':
      return [fromTooSmall(issue, path)];
    case 'invalid_format':
      return [formatIssue(path, issue.pattern, issue.input)];
    case 'invalid_value':
      return [fromInvalidValue(issue, path)];
    case 'invalid_union':
      return fromUnion(issue, path);
    case 'invalid_key':
      return [createIssue('invalid-locale', path, { value: printable(issue.input) })];
    case 'custom':
      return [fromCustom(issue, path)];
    default:
      return [createIssue('invalid-value', path, { received: printable(issue.input) })];
  }
}

function fromInvalidType(issue: ZodIssueOf<'invalid_type'>, path: IssuePath): Issue {
  if (issue.input === undefined) return createIssue('required', path, { field: lastKey(path) });
  return createIssue('invalid-type', path, { expected: issue.expected, received: typeOf(issue.input) });
}

/** The length of a string or a list, 0 for anything else. */
const lengthOf = (input: unknown): number => (typeof input === 'string' || Array.isArray(input) ? input.length : 0);

function fromTooBig(issue: ZodIssueOf<'too_big'>, path: IssuePath): Issue {
  const max = Number(issue.maximum);
  if (issue.origin === 'string') return createIssue('text-too-long', path, { length: lengthOf(issue.input), max });
  if (issue.origin === 'array') return createIssue('too-many', path, { count: lengthOf(issue.input), max });
  return createIssue('out-of-range', path, { value: printable(issue.input), min: '…', max });
}

function fromTooSmall(issue: ZodIssueOf<'too_small'>, path: IssuePath): Issue {
  const min = Number(issue.minimum);
  if (issue.origin === 'string') return createIssue('empty-text', path);
  if (issue.origin === 'array') return createIssue('too-few', path, { count: lengthOf(issue.input), min });
  return createIssue('out-of-range', path, { value: printable(issue.input), min, max: '…' });
}

function fromInvalidValue(issue: ZodIssueOf<'invalid_value'>, path: IssuePath): Issue {
  if (lastKey(path) === 'version' && path.length === 1)
    return createIssue('invalid-version', path, {
      received: printable(issue.input),
      // `"1"` is the right version written as a string: the message says which type is expected.
      receivedType: typeOf(issue.input),
      expected: String(issue.values[0]),
    });
  return createIssue('invalid-value', path, { received: printable(issue.input) });
}

/** Our own refinements name their issue in the message (`empty-text`, `not-finite`). */
function fromCustom(issue: ZodIssueOf<'custom'>, path: IssuePath): Issue {
  if (issue.message === 'empty-text') return createIssue('empty-text', path);
  if (issue.message === 'not-finite')
    return createIssue('invalid-type', path, { expected: 'number', received: String(issue.input) });
  return createIssue('invalid-value', path, { received: printable(issue.input) });
}

function formatIssue(path: IssuePath, pattern: string | undefined, input: unknown): Issue {
  const value = printable(input);
  if (pattern === String(COLOR_PATTERN)) return createIssue('invalid-color', path, { value });
  if (pattern === String(LOCALE_PATTERN)) return createIssue('invalid-locale', path, { value });
  if (pattern === String(ID_PATTERN)) return createIssue('invalid-id', path, { value });
  return createIssue('invalid-value', path, { received: value });
}

/**
 * A localized text is `string | Record<locale, string>`. When neither branch matches, report the branch the
 * author obviously meant (by the input's type), so `{ "fr": "" }` says "empty text at title.fr".
 */
function fromUnion(issue: ZodIssueOf<'invalid_union'>, path: IssuePath): Issue[] {
  const input = issue.input;
  const branches = issue.errors;
  if (typeof input === 'string' && branches[0]) return fromZodIssues(branches[0], path.slice(0, path.length));
  if (typeOf(input) === 'object' && branches[1]) return fromZodIssues(branches[1], path.slice(0, path.length));
  return [createIssue('invalid-type', path, { expected: 'localized-text', received: typeOf(input) })];
}
