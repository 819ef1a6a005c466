import { createIssue } from './issues.js';
import { failure, MAX_JSON_LENGTH, type ParseResult, parseCatalogue } from './parse.js';

export interface LoadOptions {
  /** Cancels the request; the result is then an `aborted` issue. */
  readonly signal?: AbortSignal;
  /** Gives up after this many milliseconds with a `timeout` issue. Default 15 000. */
  readonly timeoutMs?: number;
  /** The fetch to use (tests, Node without a global fetch). Default `globalThis.fetch`. */
  readonly fetch?: typeof globalThis.fetch;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Fetches and validates a catalogue. Network failures, HTTP errors, time-outs, aborts, oversize bodies and invalid
 * JSON all come back as issues in the result; the promise never rejects.
 */
export async function loadCatalogue(url: string, options: LoadOptions = {}): Promise<ParseResult> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort();
  signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    if (signal?.aborted) return failure([createIssue('aborted', [], { url })]);
    const response = await fetchImpl(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    if (!response.ok) return failure([createIssue('http-error', [], { url, status: response.status })]);
    const text = await response.text();
    if (text.length > MAX_JSON_LENGTH)
      return failure([createIssue('too-large', [], { size: text.length, max: MAX_JSON_LENGTH })]);
    return parseCatalogue(text);
  } catch (error) {
    if (timedOut) return failure([createIssue('timeout', [], { url, ms: timeoutMs })]);
    if (signal?.aborted) return failure([createIssue('aborted', [], { url })]);
    const detail = error instanceof Error ? error.message : String(error);
    return failure([createIssue('fetch-failed', [], { url, detail: detail.slice(0, 200) })]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}
