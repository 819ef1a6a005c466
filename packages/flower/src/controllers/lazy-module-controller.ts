import type { CSSResult, ReactiveControllerHost } from 'lit';

/** A part of the element loaded on first use: its render function(s) and, optionally, its stylesheet. */
export interface LazyPart {
  readonly styles?: CSSResult;
}

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Loads a part of the element (details, table, error list…) the first time it is needed, so the first load of a page
 * carries only what draws the flower. `get()` returns the part once it has arrived and otherwise starts loading it;
 * the host re-renders when it arrives, and the part's stylesheet is adopted into the host's shadow root (a
 * constructable stylesheet: no inline style, fine under a strict CSP). The chunk's URL is relative to the module, so
 * one script tag works from any path or CDN. `pending` lets the host's `updateComplete` wait for it. It has no
 * lifecycle of its own, so it is a plain helper the host owns rather than a registered controller.
 */
export class LazyModuleController<T extends object> {
  #part: T | undefined;
  #loading: Promise<void> | undefined;
  #prefetching = false;
  /** Whether a frame was painted since the first `getAfterPaint`, and the wait for it. */
  #painted = false;
  #afterPaint: Promise<void> | undefined;
  readonly #host: Host;
  readonly #load: () => Promise<T>;
  readonly #cached: (() => T | undefined) | undefined;

  /** @param cached the part if the page has it already (another element loaded it): taken at once. */
  constructor(host: Host, load: () => Promise<T>, cached?: () => T | undefined) {
    this.#host = host;
    this.#load = load;
    this.#cached = cached;
  }

  /** The part, or `undefined` while it loads (loading starts on the first call). */
  get(): T | undefined {
    if (!this.#part && !this.#loading) this.#takeCached();
    if (!this.#part && !this.#loading) {
      this.#loading = this.#load().then(
        (part) => {
          this.#part = part;
          this.#adopt((part as LazyPart).styles);
          this.#host.requestUpdate();
        },
        () => {
          // A chunk that cannot be fetched (offline, a CDN hiccup) is asked for again on the next render.
          this.#loading = undefined;
        },
      );
    }
    return this.#part;
  }

  /** The part if it has arrived, without starting its load. */
  get loaded(): T | undefined {
    if (!this.#part) this.#takeCached();
    return this.#part;
  }

  #takeCached(): void {
    const part = this.#cached?.();
    if (!part) return;
    this.#part = part;
    this.#adopt((part as LazyPart).styles);
  }

  /**
   * Starts loading the part once the frame in flight is painted (the host's first drawing never waits for it), or
   * at once when that frame has passed already. `pending` covers the wait, so `updateComplete` does too.
   */
  getAfterPaint(): void {
    if (this.#part || this.#loading) return;
    if (this.#painted) {
      this.get();
      return;
    }
    this.#afterPaint ??= new Promise<void>((resolve) =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.#painted = true;
          this.get();
          resolve();
        }, 0),
      ),
    );
  }

  /** Starts loading the part when the browser is next idle (at most 2 s from now), once. */
  prefetchWhenIdle(): void {
    if (this.#prefetching) return;
    this.#prefetching = true;
    const prefetch = () => void this.get();
    if ('requestIdleCallback' in window) requestIdleCallback(prefetch, { timeout: 2000 });
    else setTimeout(prefetch, 200);
  }

  /** The part once it has arrived (starting the load if needed); `undefined` when its chunk cannot be fetched. */
  async ready(): Promise<T | undefined> {
    this.get();
    await this.#loading;
    return this.#part;
  }

  /** The load in flight, if any. */
  get pending(): Promise<void> | undefined {
    if (this.#part) return undefined;
    return this.#loading ?? (this.#painted ? undefined : this.#afterPaint);
  }

  #adopt(styles: CSSResult | undefined): void {
    const root = this.#host.renderRoot;
    const sheet = styles?.styleSheet;
    if (!sheet || !(root instanceof ShadowRoot) || root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
