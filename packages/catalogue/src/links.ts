import { createIssue, type Issue } from './issues.js';
import { SAFE_LINK_SCHEMES } from './schema/limits.js';
import { linkHrefs } from './texts.js';
import type { RawRecord } from './raw.js';

/**
 * The scheme a browser would follow for this href, judged the way a browser parses it (leading spaces and
 * control characters trimmed, case folded), or `undefined` when it is not an absolute URL.
 */
export function linkScheme(href: string): string | undefined {
  try {
    return new URL(href.trim()).protocol.toLowerCase();
  } catch {
    return undefined;
  }
}

/** True for the absolute `https:`, `http:` and `mailto:` links a reader can follow safely. */
export function isSafeLink(href: string): boolean {
  const scheme = linkScheme(href);
  return scheme !== undefined && (SAFE_LINK_SCHEMES as readonly string[]).includes(scheme);
}

export function checkLinks(root: RawRecord): Issue[] {
  const issues: Issue[] = [];
  for (const [href, path] of linkHrefs(root))
    if (typeof href === 'string' && !isSafeLink(href)) issues.push(createIssue('unsafe-link', path, { href }));
  return issues;
}
