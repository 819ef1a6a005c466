import { css } from 'lit';

/** The list a badge opens (its entries are chips, see controls.styles.ts), and a zoomed petal's names on phones. */
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
  }

  .badge-list__title {
    margin: 0;
    font-size: 1rem;
  }

  .badge-list__items {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }

  .badge-list .chip {
    min-height: 2.75rem;
    color: var(--_text);
    font: inherit;
    text-align: start;
  }

  .badge-list__item--dimmed {
    opacity: 0.55;
  }

  .petal-note {
    max-width: 60rem;
    margin-block: 0.25rem var(--fleur-spacing, 0.75rem);
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .petal-note p {
    margin: 0.25rem 0;
  }

  .petal-note__label {
    font-weight: 600;
  }

  .name-list {
    columns: 2 10rem;
    margin: 0.5rem 0 0;
    font-size: 0.875rem;
  }

  .name-list__entry {
    padding-block: 0.25rem;
    cursor: pointer;
  }

  .name-list__entry[aria-current='true'] {
    font-weight: 700;
  }
`;
