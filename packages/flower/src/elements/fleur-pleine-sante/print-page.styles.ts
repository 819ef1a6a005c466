import { css, unsafeCSS } from 'lit';
import { PAGE_SVG_CSS } from '../../render/page-svg.js';

/**
 * The printed page: on paper it takes the drawing's and the legend's place (both are in the page) and fills the
 * paper's width; its own words are styled as in an export.
 */
export default css`
  ${unsafeCSS(PAGE_SVG_CSS)}

  .fleur-page {
    font-family: var(--_font);
  }

  .fleur__print-page > svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }

  @media print {
    /* A landscape page on landscape paper: room left for a heading above it, so it does not move to the next sheet. */
    .fleur__print-page > svg {
      max-block-size: 88vh;
    }

    .fleur:has(> .fleur__print-page) > .fleur__frame,
    .fleur:has(> .fleur__print-page) > .legend {
      display: none;
    }
  }
`;
