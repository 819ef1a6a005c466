import { css } from 'lit';

/** Styles of the HTML around the drawing: controls, legend, details panel, tooltip, table, breadcrumb, notes. */
export default css`
  button {
    font: inherit;
    color: inherit;
  }

  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .controls {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .controls__row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 1rem;
  }

  .controls__search {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    flex: 1 1 14rem;
  }

  .controls__search label,
  .controls__legend {
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }

  .controls__search input,
  .controls__factor select {
    font: inherit;
    min-height: 2.25rem;
    padding: 0.3rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_bg);
    color: var(--_text);
  }

  .controls__factor {
    flex: 0 1 14rem;
  }

  .controls__factor select {
    padding-inline: 0.4rem;
  }

  .controls__count {
    margin: 0;
    font-weight: 600;
    min-height: 2.25rem;
    display: flex;
    align-items: center;
  }

  .controls__group {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }

  .controls__chips,
  .controls__view {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }

  .chip,
  .controls__reset,
  .breadcrumb__back,
  .legend__entry {
    min-height: 2rem;
    min-width: 2rem;
    padding: 0.25rem 0.7rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    cursor: pointer;
  }

  .chip[aria-pressed='true'] {
    background: var(--_text);
    color: var(--_bg);
    border-color: var(--_text);
  }

  .chip[aria-pressed='true']::before {
    content: '✓ ' / '';
  }

  .controls__more summary::before {
    content: '▸';
    margin-inline-end: 0.4rem;
    transition: transform var(--_duration);
  }

  .controls__more[open] summary::before {
    transform: rotate(90deg);
  }

  .controls__more summary {
    list-style: none;
    cursor: pointer;
    font-weight: 600;
    min-height: 2rem;
    display: flex;
    align-items: center;
  }

  .controls__more[open] summary {
    margin-block-end: 0.5rem;
  }

  .controls__reset {
    border-style: dashed;
  }

  .breadcrumb {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    flex-wrap: wrap;
    font-weight: 600;
  }

  .legend__list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem 1.5rem;
  }

  .legend__list--kinds {
    align-items: center;
    gap: 0.4rem 1rem;
    color: var(--_muted);
  }

  .legend__key {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }

  .legend__shape {
    fill: var(--_muted);
  }

  .legend__shape--hollow {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 2;
  }

  .legend__entry {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }

  .legend__entry[aria-current='true'] {
    border-width: 2px;
    border-color: var(--petal-color);
    font-weight: 700;
  }

  .legend__swatch {
    width: 0.9rem;
    height: 0.9rem;
    border-radius: 50%;
    background: var(--petal-color);
    forced-color-adjust: none;
  }

  .legend__count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .tooltip {
    position: absolute;
    z-index: 2;
    max-width: min(20rem, 90%);
    padding: 0.5rem 0.7rem;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_text);
    color: var(--_bg);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
    pointer-events: none;
    font-size: 0.9em;
  }

  .tooltip[hidden] {
    display: none;
  }

  .tooltip p {
    margin: 0;
  }

  .tooltip__title {
    font-weight: 700;
  }

  .tooltip__hint {
    opacity: 0.85;
    font-size: 0.9em;
  }

  .fleur__note {
    margin: 0.5rem 0 0;
    text-align: center;
    color: var(--_muted);
    font-style: italic;
  }

  .details {
    position: relative;
    padding: 1rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    border-top: 4px solid var(--_accent);
    overflow-wrap: anywhere;
  }

  .details--empty {
    margin: 0;
    border-top-color: var(--_border);
    color: var(--_muted);
    font-style: italic;
  }

  .details__header {
    padding-inline-end: 2.5rem;
  }

  .details__kind {
    margin: 0;
    font-size: 0.85em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }

  .details__title {
    margin: 0.2rem 0 0.5rem;
    font-size: 1.2em;
    line-height: 1.25;
  }

  .details__close {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-end: 0.5rem;
    width: 2.25rem;
    height: 2.25rem;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_bg);
    font-size: 1.25rem;
    line-height: 1;
    cursor: pointer;
  }

  .details__summary {
    margin: 0 0 0.75rem;
  }

  .details__figures {
    display: grid;
    gap: 0.5rem;
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
  }

  .details__figures li {
    display: flex;
    flex-direction: column;
  }

  .details__figure {
    font-size: 1.35em;
    font-variant-numeric: tabular-nums;
    color: var(--_accent);
  }

  .details__facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0;
  }

  .details__facts dt {
    font-weight: 600;
    color: var(--_muted);
  }

  .details__facts dd {
    margin: 0;
  }

  .details__links-title {
    margin: 0.75rem 0 0.25rem;
    font-size: 1em;
  }

  .details__links {
    margin: 0;
    padding-inline-start: 1.1rem;
  }

  .details a {
    color: var(--_focus);
  }

  .table-wrap {
    overflow-x: auto;
  }

  .table {
    width: 100%;
    border-collapse: collapse;
  }

  .table caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.5rem;
  }

  .table th,
  .table td {
    padding: 0.35rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  /* On phones the audiences column gives way (the details panel lists them) so titles keep a readable width. */
  @container fleur (max-width: 520px) {
    .table th:nth-child(4),
    .table td:nth-child(4) {
      display: none;
    }
  }

  .table__petal th {
    background: var(--_surface);
  }

  .table__item {
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
    font-weight: 600;
  }

  .table__item[aria-pressed='true'] {
    color: var(--_accent);
  }

  @media (forced-colors: active) {
    .chip[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
    .tooltip {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
