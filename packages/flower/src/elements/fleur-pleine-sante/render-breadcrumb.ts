import { html, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/index.js';

/** The visible way back from a zoomed petal: a back button and the petal's name as the current page. */
export function renderBreadcrumb(messages: Messages, petalName: string, onBack: () => void): TemplateResult {
  return html`<nav class="breadcrumb" aria-label=${messages.breadcrumb}>
    <button type="button" class="breadcrumb__back" @click=${onBack}>← ${messages.back}</button>
    <span aria-current="page">${petalName}</span>
  </nav>`;
}
