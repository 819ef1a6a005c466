import { css } from 'lit';

/** Styles of the tooltip and of the notes shown over the drawing (empty catalogue, no match). */
export default css`
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

  @media (forced-colors: active) {
    .tooltip {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
