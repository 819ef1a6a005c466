import { formatIssue, formatPath, type Issue, issueMessage } from 'fleur-pleine-sante-catalogue';
import { html, nothing, type TemplateResult } from 'lit';

/** At most this many issues are listed; the rest are counted (a broken file can have thousands). */
const MAX_LISTED = 50;

/**
 * The list of a rejected catalogue's problems, each with its JSON path and readable message in the reader's language.
 * Part of the reading parts (see reading-parts.ts): the fr/en issue messages are not on an offer page's first load.
 */
export function renderIssueList(issues: readonly Issue[], locale: string): TemplateResult {
  const listed = issues.slice(0, MAX_LISTED);
  const more = issues.length - listed.length;
  return html`<ul class="status__list">
    ${listed.map((issue) => {
      const path = formatPath(issue.path);
      return html`<li title=${formatIssue(issue, locale)}>
        ${path ? html`<code class="status__path">${path}</code> ` : nothing}${issueMessage(issue, locale)}
      </li>`;
    })}
    ${more > 0 ? html`<li>… +${more}</li>` : nothing}
  </ul>`;
}
