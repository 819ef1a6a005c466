import { css } from 'lit';

/** Styles of the details panel of the selected item, and of its placeholder. */
export default css`
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

  .details__source {
    margin-block: 0.75rem 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  .details__source-label {
    display: block;
    font-weight: 600;
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

  /* The host a link really opens, beside its label (a label cannot pass for another site). */
  .details__host {
    margin-inline-start: 0.3em;
    color: var(--_muted);
    font-size: 0.9em;
  }
`;
