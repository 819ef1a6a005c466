import { css } from 'lit';

/**
 * Styles of the controls (search, factor select, filter chips, view and export buttons) and of a failed export's
 * notice; they come with the controls' chunk. Buttons, focus rings and pills every panel shares are in
 * buttons.styles.ts.
 */
export default css`
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
    /* A select is as wide as its longest option; without this it pushes past a phone's edge. */
    min-width: 0;
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

  /* Phones: tighter chips, so the view and export buttons share one row above the drawing. */
  .controls--compact .chip {
    padding-inline: 0.55rem;
  }

  .controls--compact .controls__factor {
    flex-grow: 1;
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

  @media (forced-colors: active) {
    .chip[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }

  /* A failed export's message (export-image.ts), pinned to the bottom of the element until the next export. */
  .export-error {
    position: sticky;
    inset-block-end: 0;
    margin: var(--_space) 0 0;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    border-inline-start: 4px solid #c5221f;
    background: var(--_surface);
    color: var(--_text);
  }
`;
