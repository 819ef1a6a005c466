import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { tooltipPosition } from '../model/tooltip-position.js';

export interface TooltipAnchor {
  /** Centre and radius of the anchor in drawing units (the layout's coordinates). */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly title: string;
  readonly description: string;
}

export interface TooltipConfig {
  stage(): HTMLElement | null;
  tooltip(): HTMLElement | null;
  anchor(key: string): TooltipAnchor | undefined;
  /** The hint line, in the reader's language. */
  hint?(): string;
}

type Trigger = 'pointer' | 'focus';

/**
 * Which node's tooltip shows (hover, keyboard focus or tap give the same content) and where: positioned after each
 * render with CSSOM (CSP-safe), inside the stage and the viewport. Escape hides it without moving focus
 * (WCAG 1.4.13).
 */
export class TooltipController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #config: TooltipConfig;
  #key: string | undefined;
  #trigger: Trigger | undefined;

  constructor(host: ReactiveControllerHost, config: TooltipConfig) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  get content(): { title: string; description: string; hint: string } | undefined {
    const anchor = this.#key === undefined ? undefined : this.#config.anchor(this.#key);
    if (!anchor) return undefined;
    return { title: anchor.title, description: anchor.description, hint: this.#config.hint?.() ?? '' };
  }

  show(key: string | undefined, trigger: Trigger): void {
    if (key === undefined || (!key.startsWith('item:') && !key.startsWith('badge:'))) {
      if (trigger === this.#trigger) this.hide(trigger);
      return;
    }
    if (key === this.#key && trigger === this.#trigger) return;
    this.#key = key;
    this.#trigger = trigger;
    this.#host.requestUpdate();
  }

  /** Hides the tooltip (only if `trigger` showed it, when given); true when something was hidden. */
  hide(trigger?: Trigger): boolean {
    if (this.#key === undefined || (trigger !== undefined && trigger !== this.#trigger)) return false;
    this.#key = undefined;
    this.#trigger = undefined;
    this.#host.requestUpdate();
    return true;
  }

  hostUpdated(): void {
    const tooltip = this.#config.tooltip();
    const stage = this.#config.stage();
    const anchor = this.#key === undefined ? undefined : this.#config.anchor(this.#key);
    if (!tooltip || !stage || !anchor) return;
    const drawing = stage.querySelector('svg');
    const scale = drawing ? drawing.clientWidth / Math.max(1, drawing.viewBox.baseVal.width) : 1;
    const stageBox = stage.getBoundingClientRect();
    const position = tooltipPosition(
      { x: anchor.x * scale, y: anchor.y * scale, r: anchor.r * scale },
      { width: tooltip.offsetWidth, height: tooltip.offsetHeight },
      { width: stageBox.width, height: stageBox.height },
      { left: -stageBox.left, top: -stageBox.top, width: window.innerWidth, height: window.innerHeight },
    );
    tooltip.style.setProperty('left', `${position.left}px`);
    tooltip.style.setProperty('top', `${position.top}px`);
    tooltip.dataset.placement = position.placement;
  }
}
