/**
 * Lit's hydration, in a chunk of its own: only a page holding markup rendered ahead of time (`renderFleurHtml`)
 * fetches it, when the element takes that markup over. A page drawing on the client never loads it.
 */
export { hydrate } from '@lit-labs/ssr-client';

export type Hydrate = typeof import('@lit-labs/ssr-client').hydrate;
