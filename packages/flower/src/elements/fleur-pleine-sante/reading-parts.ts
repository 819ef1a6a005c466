import { css } from 'lit';
import badgeListStyles from './badge-list.styles.js';
import detailsStyles from './details.styles.js';
import tableStyles from './table.styles.js';

/**
 * What a reader needs after the first flower — the details panel, the table view, a badge's list, a zoomed petal's
 * names on phones, the list of a rejected catalogue's problems (with the fr/en issue messages) — in one chunk loaded on first use (see
 * LazyModuleController): not on an offer page's first load, and one request when it is needed.
 */
export { layoutName } from '../../geometry/labels/layout-name.js';
export { renderDetails } from './render-details.js';
export { renderPetalNote, renderPrintTable, renderUnderDrawing } from './render-on-demand.js';
export { renderIssueList } from './render-issue-list.js';
export { renderTable } from './render-table.js';

export const styles = css`
  ${detailsStyles}
  ${tableStyles}
  ${badgeListStyles}
`;
