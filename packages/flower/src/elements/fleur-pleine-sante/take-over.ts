import { hydrate } from '@lit-labs/ssr-client';
import type { LitElement } from 'lit';
import { catalogueFingerprint, SERVER_ATTRIBUTES, TEXT_METRICS } from '../../model/server-rendering.js';

/** What the element hands over when it takes over markup rendered ahead of time (`renderFleurHtml`). */
export interface TakeOverRequest {
  readonly host: LitElement;
  /** The declarative shadow root the page came with. */
  readonly root: ShadowRoot;
  /** The element's first render, as `render()` returned it. */
  readonly value: unknown;
  /** The validated catalogue the element now draws, once laid out; `undefined` when it has none to draw. */
  readonly catalogue: unknown;
  /** The width the element laid it out at. */
  readonly width: number | undefined;
  /** Reflects the element's attributes (LitElement's update, without its render). */
  reflect(): void;
}

export type TakeOver = (request: TakeOverRequest) => boolean;

/**
 * Takes markup rendered ahead of time over, in a chunk of its own (Lit's hydration): only a page holding such markup
 * fetches it. When the element draws what the server drew — the same catalogue (by fingerprint), laid out with the
 * same text metrics, at the same width — Lit adopts the nodes as they are: nothing is created again, nothing moves; returns `true`.
 * Otherwise (another catalogue behind `src`, other metrics, markup that does not match the templates) the shadow root
 * is emptied and given the element's styles, and `false` tells the element to draw it anew, once.
 */
export const takeOver: TakeOver = ({ host, root, value, catalogue, width, reflect }) => {
  const same =
    catalogue !== undefined &&
    String(width) === host.getAttribute(SERVER_ATTRIBUTES.width) &&
    root.querySelector('[part~="drawing"]') !== null &&
    host.getAttribute(SERVER_ATTRIBUTES.metrics) === TEXT_METRICS &&
    host.getAttribute(SERVER_ATTRIBUTES.catalogue) === catalogueFingerprint(catalogue);
  if (same) {
    try {
      reflect();
      host.renderOptions.isConnected = host.isConnected;
      hydrate(value, root, host.renderOptions);
      return true;
    } catch {
      // Markup edited by hand, or from another version of the templates: drawn anew below.
    }
  }
  root.replaceChildren();
  delete (root as { _$litPart$?: unknown })._$litPart$;
  const own = (host.constructor as typeof LitElement).elementStyles.map((style) =>
    style instanceof CSSStyleSheet ? style : style.styleSheet,
  );
  root.adoptedStyleSheets = [...own.filter((sheet) => sheet !== undefined), ...root.adoptedStyleSheets];
  return false;
};
