import { createIssue, type Issue } from './issues.js';
import { failure, MAX_JSON_LENGTH, type ParseResult, parseCatalogue } from './parse.js';

export interface LoadOptions {
  /** Cancels the request; the result is then an `aborted` issue. */
  readonly signal?: AbortSignal;
  /**
   * Gives up after this many milliseconds with a `timeout` issue. Default 15 000; clamped to
   * {@link MIN_TIMEOUT_MS}–{@link MAX_TIMEOUT_MS} (see {@link timeoutMs}).
   */
  readonly timeoutMs?: number;
  /** The fetch to use (tests, Node without a global fetch). Default `globalThis.fetch`. */
  readonly fetch?: typeof globalThis.fetch;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
/** Shortest time-out honoured: below it even a cached catalogue would fail. */
export const MIN_TIMEOUT_MS = 100;
/** Longest time-out honoured (5 minutes): no reader waits longer for a drawing. */
export const MAX_TIMEOUT_MS = 300_000;
/** Largest delay `setTimeout` holds (2³¹ − 1 ms); past it, the timer fires at once. */
const TIMER_LIMIT_MS = 2_147_483_647;

/**
 * A time-out as a page may write it (`timeout="abc"`, `""`, `-5`, `0`, `Infinity`, `1e12`): the default
 * ({@link DEFAULT_TIMEOUT_MS}) for anything that is not a finite positive number of milliseconds a timer can hold,
 * otherwise clamped to {@link MIN_TIMEOUT_MS}–{@link MAX_TIMEOUT_MS}.
 */
export function timeoutMs(value: unknown): number {
  const ms = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0 || ms > TIMER_LIMIT_MS) return DEFAULT_TIMEOUT_MS;
  return Math.min(MAX_TIMEOUT_MS, Math.max(MIN_TIMEOUT_MS, Math.round(ms)));
}

/** Largest response body read, in bytes: a catalogue at its caps stays well below. */
export const MAX_RESPONSE_BYTES = MAX_JSON_LENGTH;

/**
 * Media types a catalogue may be served with: JSON (`application/json`, `…+json`, `text/json`), and the generic
 * types of static hosts and raw file views (`text/plain`, `application/octet-stream`). No type at all is accepted
 * too (`file:` and `blob:` URLs). Anything else — above all the `text/html` of an error or login page — is not a
 * catalogue.
 */
function isJsonContentType(header: string | null): boolean {
  const type = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return (
    type === '' ||
    type === 'application/json' ||
    type === 'text/json' ||
    type.endsWith('+json') ||
    type === 'text/plain' ||
    type === 'application/octet-stream'
  );
}

/** The body as text, read chunk by chunk and abandoned as soon as it passes `max` bytes (the issue gives the bytes read). */
async function readBody(response: Response, max: number): Promise<{ text: string } | { issue: Issue }> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel();
    return { issue: createIssue('too-large', [], { size: declared, max, unit: 'bytes' }) };
  }
  if (!response.body) return { text: await response.text() };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return { issue: createIssue('too-large', [], { size, max, unit: 'bytes' }) };
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { text: parts.join('') };
}

/**
 * Fetches and validates a catalogue. Network failures, HTTP errors, a response that is not JSON (an HTML error
 * page), time-outs, aborts, oversize bodies (stopped while reading) and invalid JSON all come back as issues in
 * the result; the promise never rejects.
 */
export async function loadCatalogue(url: string, options: LoadOptions = {}): Promise<ParseResult> {
  const { signal } = options;
  const ms = timeoutMs(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ms);
  const forwardAbort = () => controller.abort();
  signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    if (signal?.aborted) return failure([createIssue('aborted', [], { url })]);
    const response = await fetchImpl(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      await response.body?.cancel();
      return failure([createIssue('http-error', [], { url, status: response.status })]);
    }
    const type = response.headers.get('content-type');
    if (!isJsonContentType(type)) {
      await response.body?.cancel();
      return failure([createIssue('not-json', [], { url, type: type ?? '' })]);
    }
    const body = await readBody(response, MAX_RESPONSE_BYTES);
    if ('issue' in body) return failure([body.issue]);
    return parseCatalogue(body.text);
  } catch (error) {
    if (timedOut) return failure([createIssue('timeout', [], { url, ms })]);
    if (signal?.aborted) return failure([createIssue('aborted', [], { url })]);
    const detail = error instanceof Error ? error.message : String(error);
    return failure([createIssue('fetch-failed', [], { url, detail: detail.slice(0, 200) })]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}
