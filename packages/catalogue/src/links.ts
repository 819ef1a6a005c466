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

/**
 * Where a link really goes, as a reader should see it: the host of a web link (`www.harmonie-mutuelle.fr`, with
 * its port when it has one), the address of a `mailto:` link; `undefined` when it is not an absolute URL.
 */
export function linkHost(href: string): string | undefined {
  try {
    const url = new URL(href.trim());
    return url.protocol === 'mailto:' ? decoded(url.pathname) : url.host;
  } catch {
    return undefined;
  }
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * True when a link carries a user name or password (`https://www.insurer.fr:secret@evil.example/`): the part
 * before `@` reads like the host while the browser opens the one after it.
 */
export function hasCredentials(href: string): boolean {
  try {
    const url = new URL(href.trim());
    return url.username !== '' || url.password !== '';
  } catch {
    return false;
  }
}

export function checkLinks(root: RawRecord): Issue[] {
  const issues: Issue[] = [];
  for (const [href, path] of linkHrefs(root)) {
    if (typeof href !== 'string') continue;
    if (!isSafeLink(href)) issues.push(createIssue('unsafe-link', path, { href }));
    else if (hasCredentials(href))
      issues.push(createIssue('link-credentials', path, { href, host: linkHost(href) ?? '' }));
  }
  return issues;
}
