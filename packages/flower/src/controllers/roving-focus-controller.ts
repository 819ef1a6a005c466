import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isNavKey, type NavNode, navigate } from '../model/navigation.js';

export interface RovingFocusConfig {
  /** The navigable nodes, in any order (the host derives them from the layout). */
  nodes(): readonly NavNode[];
  /** The rendered element of a node, to move DOM focus to. */
  elementFor(key: string): HTMLElement | SVGElement | null;
  /** Enter or Space on a node. */
  onActivate(node: NavNode): void;
  /** Escape; return true when it did something (so the key is consumed). */
  onEscape(): boolean;
  /** Focus moved to a node (the host shows its tooltip). */
  onFocusNode?(node: NavNode | undefined): void;
}

/**
 * One tab stop for the whole flower (roving tabindex): only the active node has `tabindex="0"`; arrows, Home and
 * End move focus among nodes; Enter/Space activate; Escape is delegated. Keys are handled only on events from
 * inside the drawing, and only the keys used are prevented, so page shortcuts keep working.
 */
export class RovingFocusController implements ReactiveController {
  /** The key of the node that holds the tab stop. */
  activeKey: string | undefined;
  #hadFocus = false;

  readonly #host: ReactiveControllerHost;
  readonly #config: RovingFocusConfig;

  constructor(host: ReactiveControllerHost, config: RovingFocusConfig) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Keeps the tab stop on an existing node when nodes change (filtering, zoom, a new catalogue). */
  hostUpdate(): void {
    const nodes = this.#config.nodes();
    this.#hadFocus =
      this.activeKey !== undefined && this.#config.elementFor(this.activeKey)?.matches(':focus') === true;
    if (!nodes.some((node) => node.key === this.activeKey)) this.activeKey = navigate(nodes, undefined, 'Home');
  }

  /** If the focused node left the drawing (it went into a badge, a zoom changed), focus lands on the tab stop, not on <body>. */
  hostUpdated(): void {
    if (!this.#hadFocus || this.activeKey === undefined) return;
    const element = this.#config.elementFor(this.activeKey);
    if (element && !element.matches(':focus')) element.focus();
  }

  tabIndexFor(key: string): 0 | -1 {
    return key === this.activeKey ? 0 : -1;
  }

  /** Makes `key` the tab stop and moves DOM focus to it. */
  async focus(key: string): Promise<void> {
    this.activeKey = key;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#config.elementFor(key)?.focus();
  }

  /** The host's `focusin` on a node: clicking or tabbing onto a node makes it the tab stop. */
  handleFocusIn = (event: FocusEvent): void => {
    const key = (event.target as Element | null)?.closest?.('[data-nav]')?.getAttribute('data-nav');
    if (!key) return;
    if (key !== this.activeKey) {
      this.activeKey = key;
      this.#host.requestUpdate();
    }
    this.#config.onFocusNode?.(this.#config.nodes().find((node) => node.key === key));
  };

  handleKeyDown = (event: KeyboardEvent): void => {
    // Only keys pressed on a node of the drawing: the table, links and inputs keep their own keys.
    if (event.altKey || event.ctrlKey || event.metaKey || !(event.target as Element | null)?.closest?.('[data-nav]'))
      return;
    const nodes = this.#config.nodes();
    if (isNavKey(event.key)) {
      const next = navigate(nodes, this.activeKey, event.key);
      event.preventDefault();
      if (next !== undefined && next !== this.activeKey) void this.focus(next);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      const node = nodes.find((candidate) => candidate.key === this.activeKey);
      if (!node) return;
      event.preventDefault();
      this.#config.onActivate(node);
      return;
    }
    if (event.key === 'Escape' && this.#config.onEscape()) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
}
