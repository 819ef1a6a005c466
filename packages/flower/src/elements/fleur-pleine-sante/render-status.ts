import type { Issue } from 'fleur-pleine-sante-catalogue';
import { html, nothing, type TemplateResult } from 'lit';
import type { SourceStatus } from '../../controllers/catalogue-source-controller.js';
import type { DrawingMessages as Messages } from '../../i18n/index.js';

export interface StatusView {
  readonly status: SourceStatus;
  readonly issues: readonly Issue[];
  readonly hasCatalogue: boolean;
  readonly locale: string;
  readonly messages: Messages;
  /** The list of problems, once its part has loaded (the alert's title shows at once). */
  readonly issueList: ((issues: readonly Issue[], locale: string) => TemplateResult) | undefined;
}

/** Loading note and error list. Errors are an alert, so screen readers announce them at once. */
export function renderStatus(view: StatusView): TemplateResult | typeof nothing {
  const { messages } = view;
  if (view.status === 'loading')
    return html`<p class="status status--loading" role="status" part="status">${messages.loading}</p>`;
  if (view.status !== 'error') return nothing;
  return html`
    <div class="status status--error" role="alert" part="error">
      <p class="status__title">${messages.errorTitle}</p>
      ${view.hasCatalogue ? html`<p>${messages.errorKeptPrevious}</p>` : nothing}
      ${view.issueList ? view.issueList(view.issues, view.locale) : nothing}
    </div>
  `;
}
