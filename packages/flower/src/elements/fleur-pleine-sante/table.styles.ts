import { css } from 'lit';

/** Styles of the table view. */
export default css`
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
`;
