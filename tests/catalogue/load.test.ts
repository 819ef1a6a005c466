import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadCatalogue } from '@fleur/catalogue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalCatalogue } from '../helpers/fixture.js';
import { issuesOf } from '../helpers/issues.js';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (url === '/catalogue.json') {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(minimalCatalogue()));
    } else if (url === '/broken.json') response.end('{"version": 1, "id": ');
    else if (url === '/invalid.json') response.end(JSON.stringify({ ...minimalCatalogue(), petals: [] }));
    else if (url === '/slow.json') setTimeout(() => response.end('{}'), 2_000);
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
});
