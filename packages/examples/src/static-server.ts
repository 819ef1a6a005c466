import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** Content types of the files an example site holds. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A running server on 127.0.0.1. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves the files of `root` (GET and HEAD only; `/` is `index.html`) with `headers` on every response, as a
 * plain web server would: the right content types, `nosniff`, 404 for anything outside `root`.
 */
export async function serveFolder(root: string, headers: Readonly<Record<string, string>>): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.setHeader('x-content-type-options', 'nosniff');
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if (
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      !file.startsWith(root.endsWith(sep) ? root : root + sep)
    ) {
      response.statusCode = request.method === 'GET' || request.method === 'HEAD' ? 404 : 405;
      response.end();
      return;
    }
    try {
      const body = await readFile(file);
      response.setHeader('content-type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.statusCode = 404;
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
