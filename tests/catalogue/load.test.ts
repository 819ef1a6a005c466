import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_TIMEOUT_MS, issueMessage, loadCatalogue, MAX_JSON_LENGTH } from 'fleur-pleine-sante-catalogue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalCatalogue } from '../helpers/fixture.js';
import { issuesOf } from '../helpers/issues.js';

let server: Server;
let base: string;
/** Bytes the endless endpoint managed to send before the client hung up. */
let endlessSent = 0;

/** A body that never ends, with no content-length: only a cap applied while reading stops it. */
function endless(response: ServerResponse): void {
  response.setHeader('content-type', 'application/json');
  endlessSent = 0;
  const chunk = Buffer.alloc(1 << 20, 0x20);
  const pump = () => {
    while (!response.destroyed && endlessSent < 4 * MAX_JSON_LENGTH) {
      endlessSent += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', pump);
    }
    response.end();
  };
  pump();
}

/** The test server's answers, by path. */
const ROUTES: Readonly<Record<string, (response: ServerResponse) => void>> = {
  '/catalogue.json': (response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(minimalCatalogue()));
  },
  '/broken.json': (response) => response.end('{"version": 1, "id": '),
  '/invalid.json': (response) => response.end(JSON.stringify({ ...minimalCatalogue(), petals: [] })),
  '/slow.json': (response) => setTimeout(() => response.end('{}'), 2_000),
  '/answers-in-300-ms.json': (response) =>
    setTimeout(() => {
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.end(JSON.stringify(minimalCatalogue()));
    }, 300),
  // A proxy's login page or an error page answered with 200: the classic « Unexpected token '<' ».
  '/login.html': (response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end('<!doctype html><title>Connexion</title>');
  },
  '/raw.txt': (response) => {
    response.setHeader('content-type', 'text/plain; charset=utf-8');
    response.end(JSON.stringify(minimalCatalogue()));
  },
  '/endless.json': endless,
  '/declared-huge.json': (response) => {
    response.setHeader('content-type', 'application/json');
    response.setHeader('content-length', String(MAX_JSON_LENGTH + 1));
    response.write('{');
  },
};

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? '/';
    const route = Object.hasOwn(ROUTES, url) ? ROUTES[url] : undefined;
    if (route) route(response);
    else {
      response.statusCode = 404;
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('loadCatalogue(url, options)', () => {
  it('fetches and validates a catalogue', async () => {
    const result = await loadCatalogue(`${base}/catalogue.json`);
    expect(result.ok).toBe(true);
  });

  it('reports an HTTP error with its status', async () => {
    const [issue] = issuesOf(await loadCatalogue(`${base}/missing.json`));
    expect(issue).toMatchObject({ code: 'http-error', params: { status: 404 } });
  });

  it('reports invalid JSON', async () => {
    const [issue] = issuesOf(await loadCatalogue(`${base}/broken.json`));
    expect(issue?.code).toBe('invalid-json');
  });

  it('reports validation issues of a fetched catalogue', async () => {
    const issues = issuesOf(await loadCatalogue(`${base}/invalid.json`));
    expect(issues.map((issue) => issue.code)).toContain('too-few');
  });

  it('gives up after timeoutMs', async () => {
    const [issue] = issuesOf(await loadCatalogue(`${base}/slow.json`, { timeoutMs: 100 }));
    expect(issue).toMatchObject({ code: 'timeout', params: { ms: 100 } });
  });

  it('stops when its signal aborts', async () => {
    const controller = new AbortController();
    const pending = loadCatalogue(`${base}/slow.json`, { signal: controller.signal });
    controller.abort();
    const [issue] = issuesOf(await pending);
    expect(issue?.code).toBe('aborted');
  });

  it('reports a network failure without throwing', async () => {
    const [issue] = issuesOf(await loadCatalogue('http://127.0.0.1:1/nothing.json'));
    expect(issue?.code).toBe('fetch-failed');
  });

  it.each([
    ['abc', Number('abc')],
    ['0', 0],
    ['-5', -5],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['1e12', 1e12],
    ['2147483648', 2_147_483_648],
  ])('treats timeoutMs %s as the default, so a catalogue answered in 300 ms loads', async (_name, timeoutMs) => {
    const result = await loadCatalogue(`${base}/answers-in-300-ms.json`, { timeoutMs });
    expect(result.ok).toBe(true);
  });

  it('clamps a tiny timeoutMs to the 100 ms floor', async () => {
    const [issue] = issuesOf(await loadCatalogue(`${base}/slow.json`, { timeoutMs: 1 }));
    expect(issue).toMatchObject({ code: 'timeout', params: { ms: 100 } });
    expect(DEFAULT_TIMEOUT_MS).toBe(15_000);
  });

  it('reports an HTML page answered instead of JSON as not-json, naming the type', async () => {
    const [issue] = issuesOf(await loadCatalogue(`${base}/login.html`));
    expect(issue).toMatchObject({ code: 'not-json', params: { type: 'text/html; charset=utf-8' } });
    expect(issueMessage(issue!, 'fr')).toContain('et non du JSON');
    expect(issueMessage(issue!, 'en')).toContain('not JSON');
  });

  it('accepts the text/plain of raw file hosts', async () => {
    expect((await loadCatalogue(`${base}/raw.txt`)).ok).toBe(true);
  });

  it('stops reading a body past the size cap instead of reading it whole', async () => {
    const [issue] = issuesOf(await loadCatalogue(`${base}/endless.json`, { timeoutMs: 60_000 }));
    expect(issue).toMatchObject({ code: 'too-large', params: { max: MAX_JSON_LENGTH, unit: 'bytes' } });
    // The server filled its socket buffers at most a few megabytes past the cap before the client hung up.
    expect(endlessSent).toBeLessThan(MAX_JSON_LENGTH + 32 * (1 << 20));
    expect(issueMessage(issue!, 'en')).toBe(`The document is too large (over ${MAX_JSON_LENGTH} bytes).`);
  }, 60_000);

  it('refuses a body whose declared length is past the cap before reading it', async () => {
    const [issue] = issuesOf(await loadCatalogue(`${base}/declared-huge.json`, { timeoutMs: 2_000 }));
    expect(issue).toMatchObject({ code: 'too-large', params: { size: MAX_JSON_LENGTH + 1 } });
  });
});
