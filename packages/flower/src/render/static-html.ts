import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { type CatalogueJson, parseCatalogue } from 'fleur-pleine-sante-catalogue';

import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
// Registers the element in the server's element registry, where Lit's server renderer finds it.
import '../define.js';
import { loadReadingParts } from '../elements/fleur-pleine-sante/reading-parts-loader.js';
import { catalogueFingerprint, TEXT_METRICS } from '../model/server-rendering.js';
import { petalColorCss } from './petal-colors.js';
import { TAG_NAME } from '../tag-name.js';

/** How `renderFleurHtml` draws the element ahead of time: the attributes the page's tag will carry, and a width. */
export interface StaticHtmlOptions {
  /**
   * Drawing width in pixels: the element's content box (280–4000; default 1200, where every item is named beside the
   * flower). A container of that width (plus the element's padding) lets the element adopt the markup as it is.
   */
  readonly width?: number;
  /** Language of the drawing (`fr` default, `en`): written on the tag, so the element reads the same. */
  readonly lang?: string;
  /**
   * URL the element loads the catalogue from once its script runs (written as `src`). Without it the catalogue is
   * written inline, as a child `<script type="application/json">`.
   */
  readonly src?: string;
  readonly petal?: string;
  readonly selected?: string;
  readonly theme?: 'light' | 'dark' | 'auto';
  /** Hide the filters, search and view toggle (an offer page). */
  readonly noControls?: boolean;
}

const MIN_WIDTH = 280;
const MAX_WIDTH = 4000;

/** `<`, `&` and `"` escaped for an attribute value or `<script type="application/json">` text. */
const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
const escapeScriptText = (json: string) => json.replaceAll('<', '\\u003c');

/**
 * `<fleur-pleine-sante …>` with a declarative shadow root (`<template shadowrootmode="open">`) holding what the
 * element draws — the named flower, its legend, and a table of every item (shown on paper and to screen readers) —
 * rendered by the element's own templates through Lit's server renderer. A page shows it before any script runs,
 * and with JavaScript off. When the drop-in arrives, the element adopts this shadow root without redrawing it (it
 * lays out with the width and text metrics the markup names), and becomes interactive.
 *
 * Node only (it imports `@lit-labs/ssr`). The catalogue is validated by the element as on the client: an invalid one
 * is rendered as the element's error.
 *
 * @example
 * const markup = await renderFleurHtml(catalogue, { width: 640, lang: 'fr', src: '/catalogue.json', noControls: true });
 */
export async function renderFleurHtml(catalogue: CatalogueJson, options: StaticHtmlOptions = {}): Promise<string> {
  const readingParts = await loadReadingParts();
  const asked = Number.isFinite(options.width) ? (options.width as number) : 1200;
  const width = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, asked)));
  const lang = options.lang ?? 'fr';
  const parsed = parseCatalogue(catalogue);
  const attributes: [string, string | boolean | undefined][] = [
    ['lang', lang],
    ['src', options.src],
    ['petal', options.petal],
    ['selected', options.selected],
    ['theme', options.theme],
    ['no-controls', options.noControls],
    ['data-fleur-width', String(width)],
    ['data-fleur-metrics', TEXT_METRICS],
    // The catalogue as the element holds it once validated (defaults filled in), as the client will fingerprint it.
    ['data-fleur-catalogue', parsed.ok ? catalogueFingerprint(parsed.catalogue) : undefined],
  ];
  const attributeText = attributes
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(String(value))}"`))
    .join(' ');
  // The tag and its attributes are static text: the element reads them as attributes, as it will in the page.
  const tag = unsafeStatic(TAG_NAME);
  const template = staticHtml`<${tag} ${unsafeStatic(attributeText)} .catalogue=${catalogue}></${tag}>`;
  // The markers Lit writes around the tag itself belong to this one-off template, not to the element: dropped.
  const markup = collectResultSync(render(template))
    .replace(/^<!--lit-part [^>]*--><!--lit-node 0-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/<fleur-pleine-sante\s+/, '<fleur-pleine-sante ');
  // The styles the element adopts at run time (petal colours, the reading parts') join its own in the shadow root.
  const extraStyles = `<style>${readingParts.styles.cssText}\n${petalColorCss(catalogue.petals as never)}</style>`;
  const withStyles = markup.replace('</style>', `</style>${extraStyles}`);
  const inline = options.src
    ? ''
    : `<script type="application/json">${escapeScriptText(JSON.stringify(catalogue))}</script>`;
  return withStyles.replace(`</${TAG_NAME}>`, `${inline}</${TAG_NAME}>`);
}
