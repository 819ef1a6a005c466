import { css } from 'lit';

/**
 * Buttons, focus rings and pill buttons shared by the parts of the first load (legend, breadcrumb) and the controls,
 * and the breadcrumb itself. The rest of the controls' styles come with their chunk (controls.styles.ts).
 */
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

  .breadcrumb {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    flex-wrap: wrap;
    font-weight: 600;
  }

  /* Holds the controls' place while their chunk arrives, so the drawing does not move down when they show. */
  .controls--loading,
  .controls--unavailable {
    min-height: 5rem;
    box-sizing: border-box;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* The same place, when the controls' chunk could not be loaded: a short notice and a button to try again. */
  .controls--unavailable {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
  }

  .controls--unavailable p {
    margin: 0;
  }
`;
