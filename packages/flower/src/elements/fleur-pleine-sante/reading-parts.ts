import { css } from 'lit';
import badgeListStyles from './badge-list.styles.js';
import controlsStyles from './controls.styles.js';
import detailsStyles from './details.styles.js';
import legendStyles from './legend.styles.js';
import tableStyles from './table.styles.js';
import printPageStyles from './print-page.styles.js';
import tooltipStyles from './tooltip.styles.js';

/**
 * Everything a reader uses after the first flower is drawn, in one chunk beside the drop-in (see
 * LazyModuleController), with their words (ReadingMessages): the drawing's interaction (pointer, roving focus,
 * tooltip), the controls (filters, search, factor select, view toggle) and the export (`toSVG`, `toPNG`: the page of
 * the kit, its font), the legend, the breadcrumb of a zoomed petal, the details panel, the table view, a badge's list,
 * a zoomed petal's note and names on phones, the printed page and table, the list of a rejected catalogue's problems
 * (with the fr/en issue messages), and deep links (`url-state`). Every flower requests it once its first frame is
 * painted (never before: the first flower never waits for it); the error list, the table view and deep links request
 * it at once. One chunk rather than several: each chunk costs about 1 KB of gzip of its own, and they are all needed
 * within the first seconds of a page anyway.
 */
export { DrawingInteraction } from '../../controllers/drawing-interaction.js';
export { animateZoom, revealDetails } from './animate-zoom.js';
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
  ${tooltipStyles}
  ${printPageStyles}
`;
