import { html, nothing, type TemplateResult } from 'lit';

export interface TooltipContent {
  readonly title: string;
  readonly description: string;
  readonly hint: string;
}

/**
 * The tooltip, inside the shadow root (never appended to `document.body`). The host positions it after render,
 * through CSSOM (CSP-safe), clamped to the stage and the viewport.
 */
export function renderTooltip(id: string, content: TooltipContent | undefined): TemplateResult {
  return html`<div class="tooltip" part="tooltip" role="tooltip" id=${id} ?hidden=${content === undefined}>
    ${
      content
        ? html`<p class="tooltip__title">${content.title}</p>
          ${content.description ? html`<p class="tooltip__description">${content.description}</p>` : nothing}
          <p class="tooltip__hint">${content.hint}</p>`
        : nothing
    }
  </div>`;
}
