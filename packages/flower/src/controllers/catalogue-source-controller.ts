import {
  type Catalogue,
  createIssue,
  DEFAULT_TIMEOUT_MS,
  type Issue,
  loadCatalogue,
  type ParseResult,
  parseCatalogue,
  timeoutMs,
} from 'fleur-pleine-sante-catalogue';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

export type CatalogueOrigin = 'property' | 'src' | 'inline';

/** What the host renders: the last valid catalogue and the problems of the latest attempt. */
/** Where the catalogue source stands. */
export const SOURCE_STATUSES = ['idle', 'loading', 'ready', 'error'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

export interface CatalogueSourceConfig {
  /** Called each time a catalogue is rejected, with every issue; the host turns it into `fleur-error`. */
  onRejected(issues: readonly Issue[], origin: CatalogueOrigin): void;
  /** Called when a new catalogue was accepted. */
  onAccepted?(catalogue: Catalogue): void;
}

const INLINE_SELECTOR = 'script[type="application/json"]';

/** Resolves in a later task (`scheduler.yield()` where it exists, else a zero-delay timer). */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Where the element's catalogue comes from, in order: the `catalogue` property, the `src` URL (fetched with abort
 * on change and a time-out), or a child `<script type="application/json">`. A rejected catalogue never replaces
 * the last valid one: `catalogue` keeps it while `issues` lists what went wrong.
 */
export class CatalogueSourceController implements ReactiveController {
  /** The last valid catalogue, kept while a newer one is loading or after a newer one was rejected. */
  catalogue: Catalogue | undefined;
  /** Problems of the latest attempt (empty once a catalogue is accepted). */
  issues: readonly Issue[] = [];
  /** Warnings of the accepted catalogue (unknown fields, missing translations). */
  warnings: readonly Issue[] = [];
  status: SourceStatus = 'idle';

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #config: CatalogueSourceConfig;
  #property: unknown;
  #src = '';
  #timeoutMs = DEFAULT_TIMEOUT_MS;
  #request: AbortController | undefined;
  #childObserver: MutationObserver | undefined;
  #lastInlineText: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, config: CatalogueSourceConfig) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  hostConnected(): void {
    // Inline JSON may be added or edited after the element upgraded (CMS editors, frameworks).
    this.#childObserver = new MutationObserver(() => {
      if (this.#property === undefined && this.#src === '') this.#readInline();
    });
    this.#childObserver.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.#resolve();
  }

  hostDisconnected(): void {
    this.#childObserver?.disconnect();
    this.#childObserver = undefined;
    this.#request?.abort();
    this.#request = undefined;
  }

  /**
   * The host calls this from `willUpdate` when `catalogue`, `src` or the time-out changed. The time-out may be
   * anything a page writes (`NaN` from `timeout="abc"`, `0`, `1e12`): see {@link timeoutMs} for what is kept.
   */
  setInputs(property: unknown, src: string | null | undefined, timeout: unknown): void {
    const nextSrc = typeof src === 'string' ? src.trim() : '';
    const changed = property !== this.#property || nextSrc !== this.#src;
    this.#property = property;
    this.#src = nextSrc;
    this.#timeoutMs = timeoutMs(timeout);
    // A server render (`renderFleurHtml`) is never connected: it reads the catalogue property at once.
    if (changed && (this.#host.isConnected || isServer)) this.#resolve();
  }

  #resolve(): void {
    this.#request?.abort();
    this.#request = undefined;
    // Whatever was loading is no longer wanted: the note goes, and the last drawing (or the empty state) stays
    // until the new source answers. A new fetch sets `loading` again.
    if (this.status === 'loading') {
      this.status = this.catalogue ? 'ready' : 'idle';
      this.#host.requestUpdate();
    }
    if (this.#property !== undefined && this.#property !== null)
      this.#apply(parseCatalogue(this.#property), 'property');
    else if (this.#src !== '') void this.#fetch(this.#src);
    else this.#readInline();
  }

  #readInline(): void {
    const script = this.#host.querySelector(INLINE_SELECTOR);
    const text = script?.textContent ?? undefined;
    if (text === this.#lastInlineText) return;
    this.#lastInlineText = text;
    if (text === undefined) return;
    this.#apply(parseCatalogue(text), 'inline');
  }

  async #fetch(url: string): Promise<void> {
    const request = new AbortController();
    this.#request = request;
    this.status = 'loading';
    this.#host.requestUpdate();
    let result: ParseResult;
    try {
      result = await loadCatalogue(url, { signal: request.signal, timeoutMs: this.#timeoutMs });
    } catch (error) {
      result = { ok: false, issues: [createIssue('fetch-failed', [], { url, detail: String(error) })], warnings: [] };
    }
    // Parsing ran in this task; drawing runs in the next, so one flower never blocks the page with both (a page
    // of flowers answers many fetches: each parse and each layout stays its own short task).
    await nextTask();
    // A newer src (or a disconnect) superseded this request: its result, even an abort, is not news.
    if (this.#request !== request) return;
    this.#request = undefined;
    this.#apply(result, 'src');
  }

  #apply(result: ParseResult, origin: CatalogueOrigin): void {
    if (result.ok) {
      this.catalogue = result.catalogue;
      this.issues = [];
      this.warnings = result.warnings;
      this.status = 'ready';
      this.#config.onAccepted?.(result.catalogue);
    } else {
      this.issues = result.issues;
      this.status = 'error';
      this.#config.onRejected(result.issues, origin);
    }
    this.#host.requestUpdate();
  }
}
