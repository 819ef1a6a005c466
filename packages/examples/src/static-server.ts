import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
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
 * The file under `root` a request path names (`/` is `index.html`), or `undefined` for a path that leaves `root`
 * (`/../secret`) or cannot be decoded (`/%E0%A4%A`).
 */
function fileUnder(root: string, url: string | undefined): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : undefined;
}

/** Answers one request from the files of `root`: GET and HEAD only, 404 for anything it does not hold. */
async function answer(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const readable = request.method === 'GET' || request.method === 'HEAD';
  const file = readable ? fileUnder(root, request.url) : undefined;
  if (file === undefined) {
    response.statusCode = readable ? 404 : 405;
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
}

/**
 * Serves the files of `root` (GET and HEAD only; `/` is `index.html`) with `headers` on every response, as a
 * plain web server would: the right content types, `nosniff`, 404 for anything outside `root`.
 */
export async function serveFolder(root: string, headers: Readonly<Record<string, string>>): Promise<StaticServer> {
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.setHeader('x-content-type-options', 'nosniff');
    return answer(root, request, response);
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
