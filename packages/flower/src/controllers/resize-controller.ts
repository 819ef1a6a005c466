import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * The content-box size of an element of the host's shadow DOM, from a ResizeObserver (no layout reads, so no
 * thrash). The host re-renders only when the rounded size changes.
 */
export class ResizeController implements ReactiveController {
  size: Size = { width: 0, height: 0 };

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #target: () => Element | null | undefined;
  #observer: ResizeObserver | undefined;
  #observed: Element | undefined;
  #frame = 0;

  /** @param target the element to measure; defaults to the host. */
  constructor(host: ReactiveControllerHost & HTMLElement, target?: () => Element | null | undefined) {
    this.#host = host;
    this.#target = target ?? (() => host);
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      const size = { width: Math.round(box.width), height: Math.round(box.height) };
      if (size.width === this.size.width && size.height === this.size.height) return;
      this.size = size;
      // Re-render in the next frame, not inside the observer's delivery: drawing changes the stage's height, and
      // a size change during delivery is the "ResizeObserver loop completed with undelivered notifications" error.
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#host.requestUpdate());
    });
    this.#observeTarget();
  }

  /**
   * The size now: the observer's last report or, before its first one, one synchronous measure of the target (a
   * layout read, once): a flower in view then lays out in the update that brings its catalogue, not a frame later.
   * The observer's first report finds the same size and re-renders nothing.
   */
  measure(): Size {
    if (this.size.width > 0) return this.size;
    const target = this.#target();
    if (!target?.isConnected) return this.size;
    const box = target.getBoundingClientRect();
    this.size = { width: Math.round(box.width), height: Math.round(box.height) };
    return this.size;
  }

  /** The target may be rendered after connection: re-check after each update. */
  hostUpdated(): void {
    this.#observeTarget();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = undefined;
  }

  #observeTarget(): void {
    const target = this.#target() ?? undefined;
    if (!this.#observer || target === this.#observed) return;
    if (this.#observed) this.#observer.unobserve(this.#observed);
    this.#observed = target;
    if (target) this.#observer.observe(target);
  }
}
