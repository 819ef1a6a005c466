import type { Plugin } from 'vite';

/**
 * Routes the browser tests fetch: real HTTP answers (status codes, broken JSON, slow bodies) from the Vite
 * server that serves the tests, so `src` loading is tested over the network, not with a mocked fetch.
 *   /__fleur__/status/404          → that status
 *   /__fleur__/broken.json         → invalid JSON
 *   /__fleur__/slow.json?ms=2000   → the body after a delay (for abort and time-out tests)
 */
export function testRoutes(): Plugin {
  return {
    name: 'fleur-test-routes',
    configureServer(server) {
      server.middlewares.use('/__fleur__', (request, response) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
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
        } else {
          response.statusCode = 404;
          response.end();
        }
      });
    },
  };
}
