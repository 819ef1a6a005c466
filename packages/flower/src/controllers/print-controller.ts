import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed: between `beforeprint` and `afterprint`, or while the `print` media query
 * matches (print preview, a PDF export). The host re-renders on each change, so a printed page can carry what a
 * screen shows on demand (the table of every item under the flower).
 */
export class PrintController implements ReactiveController {
  printing = false;

  readonly #host: ReactiveControllerHost;
  #media: MediaQueryList | undefined;
  readonly #onBefore = () => this.#set(true);
  readonly #onAfter = () => this.#set(false);
  readonly #onMedia = (event: MediaQueryListEvent) => this.#set(event.matches);

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#onBefore);
    window.addEventListener('afterprint', this.#onAfter);
    this.#media = matchMedia('print');
    this.#media.addEventListener('change', this.#onMedia);
    this.printing = this.#media.matches;
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#onBefore);
    window.removeEventListener('afterprint', this.#onAfter);
    this.#media?.removeEventListener('change', this.#onMedia);
    this.#media = undefined;
  }

  #set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.#host.requestUpdate();
  }
}
