import { css } from 'lit';
import { darkTokens, drawingStyles, lightTokens } from './theme.styles.js';

/**
 * Public tokens are `--fleur-*` custom properties, read here with fallbacks; everything else is private.
 * Internal classes follow BEM (`fleur__stage`, `mark--dimmed`).
 */
export default css`
  :host {
    ${lightTokens}
    --_font: var(--fleur-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_font-size: var(--fleur-font-size, 14px);
    --_space: var(--fleur-spacing, 0.75rem);
    --_radius: var(--fleur-radius, 0.5rem);
    --_duration: var(--fleur-transition-duration, 300ms);

    display: block;
    position: relative;
    box-sizing: border-box;
    min-width: 280px;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.4;
  }

  :host([hidden]) {
    display: none;
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']),
    :host(:not([theme])) {
      ${darkTokens}
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .fleur {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: var(--_space);
  }

  .fleur__body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    align-items: start;
  }

  /* Wide containers keep a details column at all times, so selecting an item never resizes (and re-lays out)
     the drawing; narrow ones show the details under it. */
  @container fleur (min-width: 1400px) {
    .fleur__body {
      grid-template-columns: minmax(0, 1fr) 20rem;
    }
  }

  @container fleur (max-width: 1399px) {
    .details--empty {
      display: none;
    }
  }

  .fleur__frame {
    container: fleur / inline-size;
  }

  .fleur__stage {
    position: relative;
    width: 100%;
  }

  /*
   * Until the drawing is laid out (the element waits until it comes near the viewport, and for its first measure),
   * the stage keeps about the drawing's room, so flowers further down a page stay far away and nothing jumps.
   */
  .fleur__stage:not(:empty):not(:has(> svg, > .table-wrap)) {
    aspect-ratio: 10 / 9;
    max-height: 900px;
  }

  .fleur__stage svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    user-select: none;
    -webkit-tap-highlight-color: transparent;
  }

  /*
   * Catalogue text is isolated for bidi, so a right-to-left or override-laden title cannot reorder the interface
   * text around it: inline user text is isolated, blocks of user text take their direction from their content.
   * (Control and override characters are already stripped by localized(); this holds for plain RTL letters too.)
   */
  bdi,
  .legend__label,
  .breadcrumb [aria-current],
  .status__path,
  .label,
  .label tspan {
    unicode-bidi: isolate;
  }

  .tooltip__title,
  .tooltip__description,
  .details__title,
  .details__summary,
  .details__kind {
    unicode-bidi: plaintext;
  }

  /* The table markup rendered ahead of time carries for readers without script: read aloud, printed, not shown. */
  @media not print {
    .fleur__print-table--static {
      position: absolute !important;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  /* Status: loading, empty, errors. */
  .status {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_border);
  }

  .status--error {
    border-inline-start-color: #c5221f;
  }

  .status__title {
    margin: 0 0 0.25rem;
    font-weight: 700;
    font-size: 1em;
  }

  .status__list {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
    max-height: 12rem;
    overflow: auto;
  }

  .status__path {
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
    font-size: 0.9em;
  }

  .status--loading {
    color: var(--_muted);
  }

  ${drawingStyles}

  /* Paper (and PDF): the named flower across the page, its legend and the table of every item; nothing to press. */
  @media print {
    .controls,
    .breadcrumb,
    .tooltip,
    .details--empty,
    .details__close,
    .badge-list,
    .export-error {
      display: none !important;
    }

    .fleur__body {
      grid-template-columns: minmax(0, 1fr);
    }

    .flower {
      width: 100%;
      height: auto;
    }

    .fleur__stage {
      break-inside: avoid;
    }

    .fleur__print-table {
      break-before: auto;
      margin-block-start: var(--fleur-spacing, 0.75rem);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }

`;
