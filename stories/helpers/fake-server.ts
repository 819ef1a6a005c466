/**
 * A stand-in for a catalogue server, so network states are stories that look the same everywhere (Storybook's
 * dev server, the static build and the Vitest run serve unknown paths differently). Installed by a story's
 * `beforeEach`, it answers only {@link FAKE_ORIGIN} and hands every other request to the real `fetch`.
 *   /pending.json      never answers (until the element aborts it): the loading state
 *   /unavailable.json  503 Service Unavailable: the fetch-failure state
 *   /broken.json       200 with a body that is not JSON
 */
export const FAKE_ORIGIN = 'https://catalogues.example';

export function installFakeCatalogueServer(): () => void {
  const realFetch = globalThis.fetch;
  const fake: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.origin !== FAKE_ORIGIN) return realFetch(input, init);
    switch (url.pathname) {
      case '/pending.json':
        return new Promise((_resolve, reject) => {
          const signal = init?.signal;
          const abort = () => reject(new DOMException('The request was aborted.', 'AbortError'));
          if (signal?.aborted) abort();
          signal?.addEventListener('abort', abort, { once: true });
        });
      case '/unavailable.json':
        return Promise.resolve(new Response('Service Unavailable', { status: 503 }));
      case '/broken.json':
        return Promise.resolve(
          new Response('{"version": 1, "petals": [', { status: 200, headers: { 'content-type': 'application/json' } }),
        );
      default:
        return Promise.resolve(new Response('Not Found', { status: 404 }));
    }
  };
  globalThis.fetch = fake;
  return () => {
    globalThis.fetch = realFetch;
  };
}
