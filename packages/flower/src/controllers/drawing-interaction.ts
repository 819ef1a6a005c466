import type { ReactiveControllerHost } from 'lit';
import type { NavNode } from '../model/navigation.js';
import { DrawingPointer } from './drawing-pointer.js';
import { RovingFocusController } from './roving-focus-controller.js';
import { type TooltipAnchor, TooltipController } from './tooltip-controller.js';

/** What the drawing's interaction asks of its element. */
export interface DrawingInteractionConfig {
  /** The navigable nodes of the drawing, in keyboard order. */
  nodes(): readonly NavNode[];
  /** Where a node's tooltip points and what it says. */
  anchor(key: string): TooltipAnchor | undefined;
  /** The tooltip's last line (how to open the details). */
  hint(): string;
  /** Enter, Space or a click on a node; returns whether an item is selected afterwards. */
  activate(node: NavNode): boolean;
  /** Escape on the drawing; true when it did something. */
  escape(): boolean;
  /** A click on a petal's free area. */
  zoom(petal: string): void;
  /** After a click selected an item: brings its details into view. */
  revealDetails(): void;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * How a reader points at and walks the drawing: the pointer on it, the roving focus between its nodes, the tooltip
 * both show, and the item both highlight (`hot`: its mark and its name). The element renders the stage with these
 * handlers and reads `hot`, `tooltip.content` and `roving.tabIndexFor`.
 */
export class DrawingInteraction {
  readonly roving: RovingFocusController;
  readonly tooltip: TooltipController;
  readonly pointer: DrawingPointer;
  #hot: string | undefined;
  /** Whether the pointer or the keyboard's focus chose the highlighted item. */
  #hotBy: 'pointer' | 'focus' = 'pointer';
  readonly #host: Host;

  constructor(host: Host, config: DrawingInteractionConfig) {
    this.#host = host;
    const find = (selector: string) => host.renderRoot.querySelector<HTMLElement>(selector);
    this.roving = new RovingFocusController(host, {
      nodes: () => config.nodes(),
      elementFor: (key) => host.renderRoot.querySelector(`[data-nav="${CSS.escape(key)}"]`),
      onActivate: (node) => void config.activate(node),
      onEscape: () => config.escape(),
      onFocusNode: (node) => {
        this.tooltip.show(node?.key, 'focus');
        this.#point(node?.type === 'item' ? node.key.slice('item:'.length) : undefined, 'focus');
      },
    });
    this.tooltip = new TooltipController(host, {
      stage: () => find('.fleur__stage'),
      tooltip: () => find('.tooltip'),
      anchor: (key) => config.anchor(key),
      hint: () => config.hint(),
    });
    this.pointer = new DrawingPointer({
      nodes: () => config.nodes(),
      focus: (key) => void this.roving.focus(key),
      activate: (node) => config.activate(node),
      zoom: (petal) => config.zoom(petal),
      revealDetails: () => config.revealDetails(),
      point: (id) => this.#point(id, 'pointer'),
      tooltip: (key) => this.tooltip.show(key, 'pointer'),
      hideTooltip: () => this.tooltip.hide('pointer'),
    });
  }

  /** The item whose mark or name the pointer or focus is on. */
  get hot(): string | undefined {
    return this.#hot;
  }

  /** The focus left a node of the drawing: the item it lit goes dark (one the pointer lit stays). */
  focusLeft(): void {
    if (this.#hotBy === 'focus') this.#point(undefined, 'focus');
  }

  #point(id: string | undefined, by: 'pointer' | 'focus'): void {
    // A pointer resting on the drawing's background, or a page that moves under it, leaves the keyboard's item lit.
    if (id === undefined && by === 'pointer' && this.#hotBy === 'focus') return;
    this.#hotBy = by;
    if (id === this.#hot) return;
    this.#hot = id;
    this.#host.requestUpdate();
  }
}
