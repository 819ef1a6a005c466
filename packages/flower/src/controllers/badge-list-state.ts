import type { ReactiveControllerHost } from 'lit';
import type { FlowerLayout } from '../geometry/index.js';

export interface BadgeListConfig {
  /** The host's shadow root, where the list is rendered. */
  root(): ParentNode;
  /** Moves focus back to the badge (`badge:<id>` in the keyboard model). */
  focusBadge(key: string): void;
}

/**
 * Which badge has its list open: a badge is a button whose list opens under the drawing (focus goes to its selected
 * entry, else its first), and closing it returns focus to the badge. A badge that the layout no longer has closes.
 * It holds no resource, so it needs no lifecycle callback: a plain object of the element, not a Lit controller.
 */
export class BadgeListState {
  /** The id of the badge whose list is open. */
  open: string | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #config: BadgeListConfig;

  constructor(host: ReactiveControllerHost, config: BadgeListConfig) {
    this.#host = host;
    this.#config = config;
  }

  /** Opens the list of badge `id`, or closes it when it is the open one. */
  toggle(id: string): void {
    this.open = this.open === id ? undefined : id;
    this.#host.requestUpdate();
    if (this.open) void this.#host.updateComplete.then(() => this.#focusList());
  }

  close(): void {
    const id = this.open;
    this.open = undefined;
    this.#host.requestUpdate();
    if (id) this.#config.focusBadge(`badge:${id}`);
  }

  /** Forgets a badge the new layout does not have (call while deriving state, before rendering). */
  keepIn(layout: FlowerLayout | undefined): void {
    if (this.open && !layout?.badges.some((badge) => badge.id === this.open)) this.open = undefined;
  }

  #focusList(): void {
    const list = this.#config.root().querySelector('.badge-list');
    const selected = list?.querySelector<HTMLButtonElement>('[aria-pressed="true"]');
    (selected ?? list?.querySelector<HTMLButtonElement>('button[data-id]'))?.focus();
  }
}
