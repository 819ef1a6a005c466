import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { estimatedWidth, type TextMeasurer } from '../geometry/index.js';

/**
 * Measures the drawing's text in the font it is drawn in: canvas `measureText` in the element's computed font family
 * (the `--fleur-font-family` token, through the private `--_font`), each string measured once per font. A new
 * measurer — so a new layout — once a web font finishes loading (a name measured in the fallback font could overlap
 * its neighbour when the real one arrives) or when {@link FontMetricsController.refresh} finds another family.
 *
 * On a server, and for an element that took over markup laid out with the layout's built-in widths
 * ({@link FontMetricsController.useBuiltin}), there is no measurer: the layout uses its built-in table, as the server
 * did, so nothing the server drew moves.
 */
export class FontMetricsController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #builtin = isServer;
  #measure: TextMeasurer | undefined;
  #family: string | undefined;
  #context: CanvasRenderingContext2D | null | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (!isServer) document.fonts?.addEventListener('loadingdone', this.#fontsLoaded);
  }

  hostDisconnected(): void {
    if (!isServer) document.fonts?.removeEventListener('loadingdone', this.#fontsLoaded);
  }

  /**
   * The measurer for the element's font (`undefined`: the layout's built-in widths); the first call reads the computed
   * font family (one style read).
   */
  get measure(): TextMeasurer | undefined {
    if (this.#builtin) return undefined;
    this.#measure ??= this.#measurer(this.#readFamily());
    return this.#measure;
  }

  /** Lays out with the built-in widths from now on: the element adopted markup a server laid out with them. */
  useBuiltin(): void {
    this.#builtin = true;
  }

  /** Reads the font family again (after the page changed its font tokens): a new measurer if it changed. */
  refresh(): void {
    if (this.#builtin) return;
    const family = this.#readFamily();
    if (family !== this.#family) this.#measure = this.#measurer(family);
  }

  readonly #fontsLoaded = (): void => {
    if (this.#builtin) return;
    this.#measure = undefined;
    this.#host.requestUpdate();
  };

  #readFamily(): string {
    const style = getComputedStyle(this.#host);
    return style.getPropertyValue('--_font').trim() || style.fontFamily || 'sans-serif';
  }

  #measurer(family: string): TextMeasurer {
    this.#family = family;
    this.#context ??= document.createElement('canvas').getContext('2d');
    const context = this.#context;
    const widths = new Map<string, number>();
    return (text, size, weight) => {
      const font = `${weight === 'bold' ? 700 : 400} ${size}px ${family}`;
      const key = `${font}\u0000${text}`;
      let width = widths.get(key);
      if (width === undefined) {
        if (context && context.font !== font) context.font = font;
        // A family the canvas does not accept leaves its font as it was: measure by the table rather than wrongly.
        width = context?.font.includes(`${size}px`)
          ? context.measureText(text).width
          : estimatedWidth(text, size, weight);
        widths.set(key, width);
      }
      return width;
    };
  }
}
