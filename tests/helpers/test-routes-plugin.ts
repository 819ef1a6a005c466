import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

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
const DIST = new URL('../../packages/flower/dist/', import.meta.url);

/** Sends a built drop-in file as JavaScript (a 404 when the build is missing). */
function sendDistFile(response: ServerResponse, name: string): void {
  readFile(new URL(name, DIST)).then(
    (body) => {
      response.setHeader('content-type', 'text/javascript; charset=utf-8');
      response.end(body);
    },
    () => {
      response.statusCode = 404;
      response.end('missing: run the drop-in build first');
    },
  );
}

/** The lazy chunk's failures, by mode; `attempt` counts from 1. */
function failChunk(response: ServerResponse, mode: string, name: string, attempt: number): void {
  if (mode === 'html') {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end('<!doctype html><title>Erreur</title><h1>Service indisponible</h1>');
  } else if (mode === 'syntax') {
    response.setHeader('content-type', 'text/javascript; charset=utf-8');
    response.end('export const broken = ;');
  } else if (mode === 'flaky' && attempt > 1) {
    sendDistFile(response, name);
  } else {
    response.statusCode = mode === '404' ? 404 : 500;
    response.end('failed');
  }
}

/** Chunk requests per `chunk-fails` folder. */
const chunkRequests = new Map<string, number>();

/** `/chunk-fails/…`: the main file, its failing chunks, and the count of chunk requests. */
function chunkFailsRoute(url: URL, response: ServerResponse): void {
  if (url.pathname === '/chunk-fails/count') {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(chunkRequests.get(url.searchParams.get('dir') ?? '') ?? 0));
    return;
  }
  const [, , dir = '', name = ''] = url.pathname.split('/');
  if (name === 'fleur-pleine-sante.js') {
    sendDistFile(response, name);
    return;
  }
  const attempt = (chunkRequests.get(dir) ?? 0) + 1;
  chunkRequests.set(dir, attempt);
  failChunk(response, dir.split('-')[0] ?? '', name, attempt);
}

export function testRoutes(): Plugin {
  return {
    name: 'fleur-test-routes',
    configureServer(server) {
      server.middlewares.use('/__fleur__', (request, response) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (url.pathname.startsWith('/chunk-fails/')) {
          chunkFailsRoute(url, response);
          return;
        }
        const status = /^\/status\/(\d{3})$/.exec(url.pathname);
        if (status) {
          response.statusCode = Number(status[1]);
          response.end('error');
        } else if (url.pathname === '/broken.json') {
          response.setHeader('content-type', 'application/json');
          response.end('{"version": 1, "petals": [');
        } else if (url.pathname === '/slow.json') {
          const timer = setTimeout(() => response.end('{}'), Number(url.searchParams.get('ms') ?? 2000));
          request.on('close', () => clearTimeout(timer));
        } else if (url.pathname === '/late.json') {
          const timer = setTimeout(
            async () => {
              response.setHeader('content-type', 'application/json');
              response.end(await readFile(new URL('../../data/harmonie-mutuelle-2023.json', import.meta.url)));
            },
            Number(url.searchParams.get('ms') ?? 300),
          );
          request.on('close', () => clearTimeout(timer));
        } else if (
          url.pathname.startsWith('/dist-main-only/') &&
          url.pathname !== '/dist-main-only/fleur-pleine-sante.js'
        ) {
          response.statusCode = 404;
          response.end('lazy chunks are held back on this route');
        } else if (url.pathname === '/dist-main-only/fleur-pleine-sante.js') {
          readFile(new URL('../../packages/flower/dist/fleur-pleine-sante.js', import.meta.url)).then(
            (body) => {
              response.setHeader('content-type', 'text/javascript; charset=utf-8');
              response.end(body);
            },
            () => {
              response.statusCode = 404;
              response.end('missing: run the drop-in build first');
            },
          );
        } else if (/^\/flower\/dist\/fleur-[\w.-]+\.js$/.test(url.pathname)) {
          readFile(new URL(`../../packages${url.pathname}`, import.meta.url)).then(
            (body) => {
              response.setHeader('content-type', 'text/javascript; charset=utf-8');
              response.end(body);
            },
            () => {
              response.statusCode = 404;
              response.end('missing: run the drop-in build first');
            },
          );
        } else if (url.pathname === '/login.html') {
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end('<!doctype html><title>Connexion</title><form>…</form>');
        } else {
          response.statusCode = 404;
          response.end();
        }
      });
    },
  };
}
