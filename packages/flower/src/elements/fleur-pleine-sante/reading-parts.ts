import { css } from 'lit';
import badgeListStyles from './badge-list.styles.js';
import controlsStyles from './controls.styles.js';
import detailsStyles from './details.styles.js';
import legendStyles from './legend.styles.js';
import tableStyles from './table.styles.js';
import printPageStyles from './print-page.styles.js';

/**
 * Everything a reader uses after the first flower is drawn, in one chunk beside the drop-in (see
 * LazyModuleController): with their words (ReadingMessages), the controls (filters, search, factor select, view toggle) and the export (`toSVG`,
 * `toPNG`), the legend, the breadcrumb of a zoomed petal, the details panel, the table view, a badge's list, a zoomed petal's note and names on phones,
 * the printed page and table, the list of a rejected catalogue's problems (with the fr/en issue messages), and deep links
 * (`url-state`). A flower with controls or deep links fetches it as it connects, in parallel with its catalogue; an
 * offer page (`no-controls`) fetches it once its first flower is drawn, when the browser is idle. The first flower
 * never waits for it. One chunk rather than several: each chunk costs about 1 KB of gzip of its own, and they are all
 * needed within the first seconds of a full page anyway.
 */
export { UrlStateController } from '../../controllers/url-state-controller.js';
export { messagesFor } from '../../i18n/all-messages.js';
export { layoutName } from '../../geometry/labels/layout-name.js';
export { pngFromSvg } from './export-image.js';
export { pageSvgDocument, type PageRequest } from './page-export.js';
export { renderIssueList } from './render-issue-list.js';
export { renderOnDemand } from './render-on-demand.js';

export const styles = css`
  ${controlsStyles}
  ${legendStyles}
  ${detailsStyles}
  ${tableStyles}
  ${badgeListStyles}
  ${printPageStyles}
`;
