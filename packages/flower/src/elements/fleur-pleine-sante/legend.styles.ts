import { css } from 'lit';

/** Styles of the legend: petal entries with their colour and count, and the key of mark shapes. */
export default css`
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
`;
