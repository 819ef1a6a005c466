import { type CSSResult, isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** A part of the element loaded on first use: its render function(s) and, optionally, its stylesheet. */
export interface LazyPart {
  readonly styles?: CSSResult;
}

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The wait before an explicit retry may request a failed chunk again: 2 s, doubling per failure, at most a minute. */
export function retryDelay(failures: number): number {
  return Math.min(60_000, 2_000 * 2 ** Math.max(0, failures - 1));
}

/**
 * One chunk of the page, shared by every element that needs it: its first request is made once per page load,
 * whichever flower asks first, and a chunk that fails (a 404, a 500, an HTML error page, a syntax error, a CSP that
 * blocks it) is not requested again on its own — only on an explicit action ({@link retry}), and then not before a
 * back-off after each failure. Elements learn of its arrival or failure through {@link subscribe}.
 */
export class LazyModule<T extends object> {
  /** The module, once it has arrived. */
  part: T | undefined;
  #loading: Promise<void> | undefined;
  #failures = 0;
  #retryAt = 0;
  readonly #load: () => Promise<T>;
  readonly #listeners = new Set<() => void>();

  constructor(load: () => Promise<T>) {
    this.#load = load;
  }

  /** The last request failed and none is in flight. */
  get failed(): boolean {
    return this.part === undefined && this.#loading === undefined && this.#failures > 0;
  }

  /** The request in flight, if any. */
  get pending(): Promise<void> | undefined {
    return this.#loading;
  }

  /** Makes the first request, once per page load; after that, only {@link retry} requests it again. */
  load(): void {
    if (this.part === undefined && this.#loading === undefined && this.#failures === 0) this.#request();
  }

  /**
   * An explicit action of the reader (or of the page's code): requests a failed chunk again when its back-off has
   * passed. Returns whether a request was made.
   */
  retry(now = performance.now()): boolean {
    if (!this.failed || now < this.#retryAt) return false;
    this.#request();
    return true;
  }

  /** Calls `listener` when the module arrives or a request fails; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #request(): void {
    this.#loading = this.#load().then(
      (part) => {
        this.part = part;
      },
      () => {
        this.#failures++;
        this.#retryAt = performance.now() + retryDelay(this.#failures);
      },
    );
    void this.#loading.then(() => {
      this.#loading = undefined;
      for (const listener of [...this.#listeners]) listener();
    });
  }
}

/**
 * Loads a part of the element (details, table, error list, the drawing's interaction…) the first time it is needed,
 * so the first load of a page carries only what draws the flower. `get()` returns the part once it has arrived and
 * otherwise starts loading it (through a {@link LazyModule} that every element of the page shares: a part another
 * element loaded is not fetched again); `getAfterPaint()` asks for it only once the frame in flight is painted, so
 * the host's first drawing never waits for it. The host re-renders when it arrives or fails, and the part's
 * stylesheet is adopted into the host's shadow root (a constructable stylesheet: no inline style, fine under a
 * strict CSP). The chunk's URL is relative to the module, so one script tag works from any path or CDN. `pending`
 * lets the host's `updateComplete` wait for it; `failed` and `retry()` let it say so and try again on an explicit
 * action. A removed host stops listening, so nothing pending keeps it alive.
 */
export class LazyModuleController<T extends object> implements ReactiveController {
  #unsubscribe: (() => void) | undefined;
  /** Whether this host has been handed the part (and adopted its styles). */
  #received = false;
  #handing: ReturnType<typeof setTimeout> | undefined;
  /** Whether a frame was painted since the first `getAfterPaint`, and the wait for it. */
  #painted = false;
  #afterPaint: Promise<void> | undefined;
  readonly #host: Host;
  readonly #module: LazyModule<T>;

  constructor(host: Host, module: LazyModule<T> | (() => Promise<T>)) {
    this.#host = host;
    this.#module = module instanceof LazyModule ? module : new LazyModule(module);
    host.addController(this);
  }

  hostConnected(): void {
    this.#unsubscribe ??= this.#module.subscribe(() => this.#receive());
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    clearTimeout(this.#handing);
    this.#handing = undefined;
  }

  /**
   * The part, or `undefined` while it loads (the page's first request starts on the first call). A host created
   * after the part arrived gets it in a task of its own, as a dynamic import would hand it: its first render stays
   * the drawing alone, and the parts follow (on a page of fifty flowers, no task draws both).
   */
  get(): T | undefined {
    // A server render has awaited the part (see `loadReadingParts`) and runs no task: it draws with it at once.
    if (this.#received || isServer) return this.#module.part;
    if (!this.#module.part) this.#module.load();
    else this.#handing ??= setTimeout(() => this.#receive(), 0);
    return undefined;
  }

  /** The part if this host has been handed it, without asking for it. */
  get loaded(): T | undefined {
    return this.#received || isServer ? this.#module.part : undefined;
  }

  /**
   * Asks for the part once the frame in flight is painted (the host's first drawing never waits for it), or at
   * once when that frame has passed already. `pending` covers the wait, so `updateComplete` does too. A part whose
   * chunk failed is asked for again only by {@link retry}.
   */
  getAfterPaint(): void {
    if (this.#received || this.#module.failed) return;
    if (this.#painted) {
      this.get();
      return;
    }
    this.#afterPaint ??= new Promise<void>((resolve) =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.#painted = true;
          // A host removed meanwhile asks for nothing (it would be handed the part after it left).
          if (this.#unsubscribe) this.get();
          resolve();
        }, 0),
      ),
    );
  }

  #receive(): void {
    clearTimeout(this.#handing);
    this.#handing = undefined;
    if (!this.#module.part) {
      this.#host.requestUpdate();
      return;
    }
    this.#received = true;
    this.#adoptStyles();
    this.#host.requestUpdate();
  }

  /** The chunk could not be loaded (its last request failed); the host shows a notice in its place. */
  get failed(): boolean {
    return this.#module.failed;
  }

  /** An explicit action asks for the part: requests a failed chunk again when its back-off has passed. */
  retry(): boolean {
    return this.#module.retry();
  }

  /**
   * The part once it has arrived (starting the load if needed, or retrying a failed one: an export is an explicit
   * action); `undefined` when its chunk cannot be fetched.
   */
  async ready(): Promise<T | undefined> {
    this.get();
    this.retry();
    await this.#module.pending;
    if (this.#module.part && !this.#received) this.#receive();
    return this.get();
  }

  /** The load in flight, the part on its way to this host, or the wait for the first paint, if any. */
  get pending(): Promise<void> | undefined {
    if (this.#received) return undefined;
    if (this.#module.part) return new Promise((resolve) => setTimeout(resolve, 0));
    return this.#module.pending ?? (this.#painted ? undefined : this.#afterPaint);
  }

  #adoptStyles(): void {
    const root = this.#host.renderRoot;
    const sheet = (this.#module.part as LazyPart | undefined)?.styles?.styleSheet;
    if (!sheet || !(root instanceof ShadowRoot) || root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
