import type { Catalogue } from 'fleur-pleine-sante-catalogue';
import {
  indexCatalogue,
  layoutFlower,
  messagesFor,
  textContext,
  renderFlower,
  type StaticColors,
  staticSvgDocument,
  type ThemeName,
} from 'fleur-pleine-sante/static.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';

export interface StaticRenderOptions {
  readonly width: number;
  readonly height: number;
  readonly lang: string;
  readonly petal?: string | undefined;
  readonly theme: ThemeName;
  /** Colours and font family from the `--css` file, already checked. */
  readonly styles?: StaticColors;
}

/**
 * The flower as a standalone SVG document: the same layout and the same Lit template as the element, rendered
 * on the server with @lit-labs/ssr, so prints and slides show exactly what readers see.
 */
export function renderStaticSvg(catalogue: Catalogue, options: StaticRenderOptions): string {
  const messages = messagesFor(options.lang);
  const layout = layoutFlower(catalogue, {
    width: options.width,
    height: options.height,
    locale: options.lang,
    petal: options.petal ?? null,
    heartLabel: messages.heart,
  });
  const template = renderFlower({
    layout,
    ...textContext(catalogue, indexCatalogue(catalogue), options.lang, messages),
  });
  return staticSvgDocument(collectResultSync(render(template)), catalogue, options.theme, options.styles);
}
