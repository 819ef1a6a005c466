import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface NearViewportConfig {
  /**
   * How far outside the viewport the host counts as near (an IntersectionObserver `rootMargin`): far enough that
   * a reader scrolling down finds the flower drawn. Default one viewport height above and below.
   */
  readonly margin?: string;
}

/**
 * Whether the host is, or has once been, near the viewport. A page of many flowers (an offer index) lays out only
 * those a reader can reach soon: the others wait, so no single task lays out fifty flowers. Once near, always near
 * (scrolling back never redraws). Printing makes every flower near — on `beforeprint`, and whenever the `print`
 * media query matches, since PDF makers and print emulation (`emulateMedia({ media: 'print' })`) fire no
 * `beforeprint` — and {@link reveal} does it for exports.
 */
export class NearViewportController implements ReactiveController {
  /** True once the host came near the viewport, a print began, or {@link reveal} was called. */
  near = typeof IntersectionObserver === 'undefined';

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #margin: string;
  #observer: IntersectionObserver | undefined;
  #printMedia: MediaQueryList | undefined;
  readonly #onPrint = () => this.reveal();
  readonly #onPrintMedia = (event: MediaQueryListEvent) => {
    if (event.matches) this.reveal();
  };

  constructor(host: ReactiveControllerHost & HTMLElement, config: NearViewportConfig = {}) {
    this.#host = host;
    this.#margin = config.margin ?? '100% 0px';
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#onPrint);
    this.#printMedia = matchMedia('print');
    this.#printMedia.addEventListener('change', this.#onPrintMedia);
    if (this.#printMedia.matches) this.near = true;
    if (this.near) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.reveal();
      },
      { rootMargin: this.#margin },
    );
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#onPrint);
    this.#printMedia?.removeEventListener('change', this.#onPrintMedia);
    this.#printMedia = undefined;
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Counts the host as near from now on (print, export) and re-renders it. */
  reveal(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    if (this.near) return;
    this.near = true;
    this.#host.requestUpdate();
  }
}
