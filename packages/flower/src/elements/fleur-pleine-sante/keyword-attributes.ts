import type { Theme, View } from '../../attributes.js';

/** The keywords the element reflects by hand, with the default that is never written. */
const REFLECTED = [
  ['theme', 'auto'],
  ['view', 'flower'],
] as const;

/**
 * `theme` and `view` as attributes, which the styles select on (`:host([theme='dark'])`): a value other than the
 * default is written, and an attribute that is not a keyword (`theme="xyz"`, `view="TABLE"`) is written back as the
 * value the element reads. A default never gains an attribute the page did not write: React and Next.js hydrate
 * against the server's HTML, and an attribute the element added is a mismatch.
 */
export function reflectKeywordAttributes(host: Element & { readonly theme: Theme; readonly view: View }): void {
  for (const [name, fallback] of REFLECTED) {
    const attribute = host.getAttribute(name);
    const value = host[name];
    if (attribute === null ? value !== fallback : attribute !== value) host.setAttribute(name, value);
  }
}
