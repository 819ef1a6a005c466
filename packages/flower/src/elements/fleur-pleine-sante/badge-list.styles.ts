import { css } from 'lit';

/** The list a badge opens, and the list of a zoomed petal's names on phones. */
export default css`
  .badge-list {
    margin-block-start: var(--fleur-spacing, 0.75rem);
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--fleur-radius, 0.5rem);
    background: var(--_surface);
  }

  .badge-list__header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }

  .badge-list__title {
    margin: 0;
    font-size: 1rem;
  }

  .badge-list__close {
    min-width: 2.75rem;
    min-height: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-size: 1.25rem;
    cursor: pointer;
  }

  .badge-list__items {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0.375rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }

  .badge-list__item {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 0.375rem;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .badge-list__item[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
  }

  .badge-list__item--dimmed {
    opacity: 0.55;
  }

  .badge-list__item:focus-visible,
  .badge-list__close:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .name-list {
    columns: 2 10rem;
    margin: 0.5rem 0 0;
    padding-inline-start: 1.5rem;
    font-size: 0.875rem;
  }

  .name-list__entry {
    padding-block: 0.25rem;
    cursor: pointer;
    break-inside: avoid;
  }

  .name-list__entry--selected {
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .badge-list__item[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
