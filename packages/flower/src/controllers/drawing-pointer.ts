import type { NavNode } from '../model/navigation.js';

export interface DrawingPointerConfig {
  /** The keyboard's nodes: a click acts on the one it lands in. */
  nodes(): readonly NavNode[];
  /** Gives a node the focus (which also shows its tooltip: a tap gives touch readers what hover gives mice). */
  focus(key: string): void;
  /** What Enter would do on the node; returns whether an item is now selected. */
  activate(node: NavNode): boolean;
  /** Zooms into a petal (a click on its label). */
  zoom(petal: string): void;
  /** After a click selected an item: bring its details into view. */
  revealDetails(): void;
  /** The item the pointer is on (its mark or its name), highlighted; `undefined` when it leaves. */
  point(itemId: string | undefined): void;
  /** Shows the tooltip of the node under the pointer (`undefined`: none there). */
  tooltip(key: string | undefined): void;
  /** The pointer left the drawing. */
  hideTooltip(): void;
}

/**
 * The pointer on the drawing: a click on a mark, a badge, a petal or an item's name acts as Enter on its node (a name
 * acts as its mark); hovering highlights an item's mark and name together and shows the mark's tooltip.
 */
export class DrawingPointer {
  readonly #config: DrawingPointerConfig;

  constructor(config: DrawingPointerConfig) {
    this.#config = config;
  }

  readonly onClick = (event: MouseEvent): void => {
    const target = event.target as Element;
    const named = target.closest('[data-for]')?.getAttribute('data-for');
    const key = named ? `item:${named}` : target.closest('[data-nav]')?.getAttribute('data-nav');
    const node = this.#config.nodes().find((candidate) => candidate.key === key);
    if (node && key) {
      this.#config.focus(key);
      if (this.#config.activate(node) && node.type === 'item') this.#config.revealDetails();
      return;
    }
    const zoomTarget = target.closest('[data-zoom]')?.getAttribute('data-zoom');
    if (zoomTarget) this.#config.zoom(zoomTarget);
  };

  readonly onPointerOver = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    const target = event.target as Element;
    const named = target.closest('[data-for]')?.getAttribute('data-for') ?? undefined;
    this.#config.point(named ?? target.closest('[data-id]')?.getAttribute('data-id') ?? undefined);
    this.#config.tooltip(named ? undefined : (target.closest('[data-nav]')?.getAttribute('data-nav') ?? undefined));
  };

  readonly onPointerLeave = (): void => {
    this.#config.point(undefined);
    this.#config.hideTooltip();
  };
}
