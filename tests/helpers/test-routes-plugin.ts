import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';

type Request = Connect.IncomingMessage;
type Response = ServerResponse;

/** One route: whether it answers this path, and how. */
interface Route {
  readonly matches: (pathname: string) => boolean;
  readonly answer: (url: URL, request: Request, response: Response) => void;
}

/** A file of the repository as JavaScript, or 404 with `missing` when it is not there (the drop-in not built). */
function sendScript(response: Response, file: URL, missing: string): void {
  readFile(file).then(
    (body) => {
      response.setHeader('content-type', 'text/javascript; charset=utf-8');
      response.end(body);
    },
    () => {
      response.statusCode = 404;
      response.end(missing);
    },
  );
}

/** The answer after `ms` (from the query, else `fallback`), cancelled when the client hangs up. */
function later(url: URL, request: Request, fallback: number, send: () => void): void {
  const timer = setTimeout(send, Number(url.searchParams.get('ms') ?? fallback));
  request.on('close', () => clearTimeout(timer));
}

const MAIN_ONLY = '/dist-main-only/fleur-pleine-sante.js';
const DIST = new URL('../../packages/flower/dist/', import.meta.url);

/** The lazy chunk's failures, by mode; `attempt` counts from 1. */
function failChunk(response: Response, mode: string, name: string, attempt: number): void {
  if (mode === 'html') {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end('<!doctype html><title>Erreur</title><h1>Service indisponible</h1>');
  } else if (mode === 'syntax') {
    response.setHeader('content-type', 'text/javascript; charset=utf-8');
    response.end('export const broken = ;');
  } else if (mode === 'flaky' && attempt > 1) {
    sendScript(response, new URL(name, DIST), BUILD_FIRST);
  } else {
    response.statusCode = mode === '404' ? 404 : 500;
    response.end('failed');
  }
}

/** Chunk requests per `chunk-fails` folder. */
const chunkRequests = new Map<string, number>();

/** `/chunk-fails/…`: the main file, its failing chunks, and the count of chunk requests. */
function chunkFailsRoute(url: URL, response: Response): void {
  if (url.pathname === '/chunk-fails/count') {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(chunkRequests.get(url.searchParams.get('dir') ?? '') ?? 0));
    return;
  }
  const [, , dir = '', name = ''] = url.pathname.split('/');
  if (name === 'fleur-pleine-sante.js') {
    sendScript(response, new URL(name, DIST), BUILD_FIRST);
    return;
  }
  const attempt = (chunkRequests.get(dir) ?? 0) + 1;
  chunkRequests.set(dir, attempt);
  failChunk(response, dir.split('-')[0] ?? '', name, attempt);
}
const BUILD_FIRST = 'missing: run the drop-in build first';

const ROUTES: readonly Route[] = [
  {
    matches: (pathname) => pathname.startsWith('/chunk-fails/'),
    answer: (url, _request, response) => chunkFailsRoute(url, response),
  },
  {
    matches: (pathname) => /^\/status\/\d{3}$/.test(pathname),
    answer: (url, _request, response) => {
      response.statusCode = Number(url.pathname.slice('/status/'.length));
      response.end('error');
    },
  },
  {
    matches: (pathname) => pathname === '/broken.json',
    answer: (_url, _request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end('{"version": 1, "petals": [');
    },
  },
  {
    matches: (pathname) => pathname === '/slow.json',
    answer: (url, request, response) => later(url, request, 2000, () => response.end('{}')),
  },
  {
    matches: (pathname) => pathname === '/late.json',
    answer: (url, request, response) =>
      later(url, request, 300, async () => {
        response.setHeader('content-type', 'application/json');
        response.end(await readFile(new URL('../../data/harmonie-mutuelle-2023.json', import.meta.url)));
      }),
  },
  {
    matches: (pathname) => pathname.startsWith('/dist-main-only/') && pathname !== MAIN_ONLY,
    answer: (_url, _request, response) => {
      response.statusCode = 404;
      response.end('lazy chunks are held back on this route');
    },
  },
  {
    matches: (pathname) => pathname === MAIN_ONLY,
    answer: (_url, _request, response) =>
      sendScript(response, new URL('../../packages/flower/dist/fleur-pleine-sante.js', import.meta.url), BUILD_FIRST),
  },
  {
    matches: (pathname) => /^\/flower\/dist\/fleur-[\w.-]+\.js$/.test(pathname),
    answer: (url, _request, response) =>
      sendScript(response, new URL(`../../packages${url.pathname}`, import.meta.url), BUILD_FIRST),
  },
  {
    matches: (pathname) => pathname === '/login.html',
    answer: (_url, _request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end('<!doctype html><title>Connexion</title><form>…</form>');
    },
  },
];

/**
 * Routes the browser tests fetch: real HTTP answers (status codes, broken JSON, slow bodies) from the Vite
 * server that serves the tests, so `src` loading is tested over the network, not with a mocked fetch.
 *   /__fleur__/status/404          → that status
 *   /__fleur__/broken.json         → invalid JSON
 *   /__fleur__/slow.json?ms=2000   → the body after a delay (for abort and time-out tests)
 *   /__fleur__/late.json?ms=300    → the Harmonie catalogue after a delay (a time-out that must not fire)
 *   /__fleur__/login.html          → a 200 HTML page where JSON was expected (a proxy's login page)
 *   /__fleur__/flower/dist/<file>.js → the built drop-in and its lazy chunks as they are on disk in
 *                                    packages/flower/dist (Vite would otherwise rewrite their dynamic imports for
 *                                    its own test runner)
 *   /__fleur__/dist-main-only/…    → the built drop-in's main file alone: its lazy chunks answer 404 (what an
 *                                    offer page has before they arrive)
 *   /__fleur__/chunk-fails/<mode>-<token>/fleur-pleine-sante.js → the built main file, whose lazy chunks beside it
 *                                    fail as `mode` says: 404, 500, html (a 200 error page), syntax (a 200 script
 *                                    that does not parse), flaky (a 500 the first time, the real chunk after)
 *   /__fleur__/chunk-fails/count?dir=<mode>-<token> → how many chunk requests that folder has had (JSON number)
 */
export function testRoutes(): Plugin {
  return {
    name: 'fleur-test-routes',
    configureServer(server) {
      server.middlewares.use('/__fleur__', (request, response) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const route = ROUTES.find(({ matches }) => matches(url.pathname));
        if (route) route.answer(url, request, response);
        else {
          response.statusCode = 404;
          response.end();
        }
      });
    },
  };
}
