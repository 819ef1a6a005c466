import { formatPath, type Issue, type ParseResult } from 'fleur-pleine-sante-catalogue';
import { expect } from 'vitest';

/** The rejected result's issues, failing the test when the catalogue was accepted. */
export function issuesOf(result: ParseResult): readonly Issue[] {
  if (result.ok) throw new Error('expected the catalogue to be rejected, but it was accepted');
  return result.issues;
}

/** `code@path` pairs, the compact form the tests compare. */
export function codesAndPaths(issues: readonly Issue[]): string[] {
  return issues.map((issue) => `${issue.code}@${formatPath(issue.path)}`);
}

export function expectIssue(result: ParseResult, code: string, path: string): Issue {
  const issues = issuesOf(result);
  const found = issues.find((issue) => issue.code === code && formatPath(issue.path) === path);
  expect(found, `expected ${code}@${path} among ${codesAndPaths(issues).join(', ')}`).toBeDefined();
  return found as Issue;
}
