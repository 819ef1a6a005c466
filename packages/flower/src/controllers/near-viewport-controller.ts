import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface NearViewportConfig {
  /**
   * How far outside the viewport the host counts as near, in viewport heights above and below: far enough that a
   * reader scrolling down finds the flower drawn. Default 1.
   */
  readonly marginViewports?: number;
}

/**
 * Whether the host is, or has once been, near the viewport. A page of many flowers (an offer index) lays out only
 * those a reader can reach soon: the others wait, so no single task lays out fifty flowers. Once near, always near
 * (scrolling back never redraws). Printing makes every flower near, and {@link reveal} does it for exports.
 */
export class NearViewportController implements ReactiveController {
  /** True once the host came near the viewport, a print began, or {@link reveal} was called. */
  near = typeof IntersectionObserver === 'undefined';

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #marginViewports: number;
  #observer: IntersectionObserver | undefined;
  readonly #onPrint = () => this.reveal();

  constructor(host: ReactiveControllerHost & HTMLElement, config: NearViewportConfig = {}) {
    this.#host = host;
    this.#marginViewports = config.marginViewports ?? 1;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#onPrint);
    if (this.near) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.reveal();
      },
      { rootMargin: `${this.#marginViewports * 100}% 0px` },
    );
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#onPrint);
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /**
   * Whether the host is near the viewport, answered now: before the observer's first report (a task after the next
   * frame), the host's box is read once against the viewport and the same margin, so a flower already in view lays
   * out without waiting a frame for the observer.
   */
  isNearNow(): boolean {
    if (this.near || !this.#observer) return this.near;
    const box = this.#host.getBoundingClientRect();
    const reach = window.innerHeight * this.#marginViewports;
    if (box.bottom >= -reach && box.top <= window.innerHeight + reach && box.width + box.height > 0) {
      this.#observer.disconnect();
      this.#observer = undefined;
      this.near = true;
    }
    return this.near;
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
