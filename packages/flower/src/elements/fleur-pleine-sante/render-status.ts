import { formatIssue, formatPath, type Issue, issueMessage } from '@fleur/catalogue';
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/index.js';

/** At most this many issues are listed; the rest are counted (a broken file can have thousands). */
const MAX_LISTED = 50;

export interface StatusView {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly issues: readonly Issue[];
  readonly hasCatalogue: boolean;
  readonly locale: string;
  readonly messages: Messages;
}

/** Loading note and error list. Errors are an alert, so screen readers announce them at once. */
export function renderStatus(view: StatusView): TemplateResult | typeof nothing {
  const { messages } = view;
  if (view.status === 'loading')
    return html`<p class="status status--loading" role="status" part="status">${messages.loading}</p>`;
  if (view.status !== 'error') return nothing;
  const listed = view.issues.slice(0, MAX_LISTED);
  const more = view.issues.length - listed.length;
  return html`
    <div class="status status--error" role="alert" part="error">
      <p class="status__title">${messages.errorTitle}</p>
      ${view.hasCatalogue ? html`<p>${messages.errorKeptPrevious}</p>` : nothing}
      <ul class="status__list">
        ${listed.map((issue) => {
          const path = formatPath(issue.path);
          return html`<li title=${formatIssue(issue, view.locale)}>
            ${path ? html`<code class="status__path">${path}</code> ` : nothing}${issueMessage(issue, view.locale)}
          </li>`;
        })}
        ${more > 0 ? html`<li>… +${more}</li>` : nothing}
      </ul>
    </div>
  `;
}
