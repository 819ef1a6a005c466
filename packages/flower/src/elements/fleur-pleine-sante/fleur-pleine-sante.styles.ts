import { css } from 'lit';

/**
 * Public tokens are `--fleur-*` custom properties, read here with fallbacks; everything else is private.
 * Internal classes follow BEM (`fleur__stage`, `mark--dimmed`).
 */
export default css`
  :host {
    /* Light theme tokens (defaults). Text colours keep ≥ 4.5:1 on the background. */
    --_bg: var(--fleur-background, #ffffff);
    --_surface: var(--fleur-surface, #f6f4f1);
    --_text: var(--fleur-text-color, #1f1d1a);
    --_muted: var(--fleur-muted-color, #5c5750);
    --_border: var(--fleur-border-color, #8a847c);
    --_heart: var(--fleur-heart-color, #fff7e6);
    --_heart-text: var(--fleur-heart-text-color, #6b3d00);
    --_focus: var(--fleur-focus-color, #0b57d0);
    --_accent: var(--fleur-accent-color, #a1004f);
    --_mark-stroke: var(--fleur-mark-stroke, #ffffff);
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
    color-scheme: light;
  }

  :host([hidden]) {
    display: none;
  }

  :host([theme='dark']) {
    --_bg: var(--fleur-background, #17161a);
    --_surface: var(--fleur-surface, #232127);
    --_text: var(--fleur-text-color, #f3f1ee);
    --_muted: var(--fleur-muted-color, #bdb7ae);
    --_border: var(--fleur-border-color, #8d877f);
    --_heart: var(--fleur-heart-color, #3a2e1c);
    --_heart-text: var(--fleur-heart-text-color, #ffd9a0);
    --_focus: var(--fleur-focus-color, #8ab4f8);
    --_accent: var(--fleur-accent-color, #ff8fc4);
    --_mark-stroke: var(--fleur-mark-stroke, #17161a);
    color-scheme: dark;
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']),
    :host(:not([theme])) {
      --_bg: var(--fleur-background, #17161a);
      --_surface: var(--fleur-surface, #232127);
      --_text: var(--fleur-text-color, #f3f1ee);
      --_muted: var(--fleur-muted-color, #bdb7ae);
      --_border: var(--fleur-border-color, #8d877f);
      --_heart: var(--fleur-heart-color, #3a2e1c);
      --_heart-text: var(--fleur-heart-text-color, #ffd9a0);
      --_focus: var(--fleur-focus-color, #8ab4f8);
      --_accent: var(--fleur-accent-color, #ff8fc4);
      --_mark-stroke: var(--fleur-mark-stroke, #17161a);
      color-scheme: dark;
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

  .fleur__body--with-details {
    grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem);
  }

  @container fleur (max-width: 760px) {
    .fleur__body--with-details {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  .fleur__frame {
    container: fleur / inline-size;
  }

  .fleur__stage {
    position: relative;
    width: 100%;
  }

  .fleur__stage svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    user-select: none;
    -webkit-tap-highlight-color: transparent;
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

  /* The flower drawing. */
  .petal__shape {
    fill: var(--petal-color);
    fill-opacity: 0.16;
    stroke: var(--petal-color);
    stroke-width: 2;
    cursor: zoom-in;
    transition: fill-opacity var(--_duration);
  }

  .petal__shape:hover {
    fill-opacity: 0.24;
  }

  .petal--zoomed .petal__shape {
    cursor: default;
  }

  .petal--faded {
    opacity: 0.35;
  }

  .factor__sector {
    fill: var(--petal-color);
    fill-opacity: 0.07;
    stroke: var(--petal-color);
    stroke-opacity: 0.45;
    stroke-width: 1;
    stroke-dasharray: 3 3;
    pointer-events: none;
  }

  .factor__sector:nth-of-type(even) {
    fill-opacity: 0.12;
  }

  .label {
    fill: var(--_text);
    font-family: var(--_font);
    pointer-events: none;
  }

  .label--petal {
    font-weight: 700;
    fill: var(--petal-text, var(--_text));
  }

  .label--factor {
    fill: var(--_muted);
  }

  .label__hit {
    fill: transparent;
    cursor: zoom-in;
    pointer-events: all;
  }

  .heart__disc {
    fill: var(--_heart);
    stroke: var(--_heart-text);
    stroke-width: 1.5;
  }

  .heart__label {
    fill: var(--_heart-text);
    font-weight: 700;
  }

  .mark {
    cursor: pointer;
    outline: none;
    transition: opacity var(--_duration);
  }

  .mark__hit {
    fill: transparent;
  }

  .mark__shape {
    fill: var(--petal-color);
    stroke: var(--_mark-stroke);
    stroke-width: 1.5;
    transition: transform 150ms;
  }

  .mark--crossing .mark__shape {
    fill: var(--_bg);
    stroke: var(--petal-color);
    stroke-width: 3;
  }

  .mark:hover .mark__shape {
    stroke: var(--_text);
  }

  .mark--dimmed {
    opacity: 0.18;
  }

  .mark--hidden {
    display: none;
  }

  .mark--selected .mark__shape {
    stroke: var(--_text);
    stroke-width: 3;
  }

  .mark__ring {
    fill: none;
    stroke: transparent;
    stroke-width: 3;
  }

  .mark:focus-visible .mark__ring,
  .mark--focused .mark__ring,
  .badge:focus-visible .mark__ring {
    stroke: var(--_focus);
  }

  .mark--selected .mark__ring {
    stroke: var(--_accent);
    stroke-dasharray: 4 2;
  }

  .badge {
    cursor: zoom-in;
    outline: none;
  }

  .badge__disc {
    fill: var(--_bg);
    stroke: var(--petal-color);
    stroke-width: 2.5;
  }

  .badge__count {
    fill: var(--_text);
    font-weight: 700;
    pointer-events: none;
  }

  .crossing {
    fill: none;
    stroke: var(--_border);
    stroke-opacity: 0.6;
    stroke-width: 1;
    pointer-events: none;
  }

  .empty-message {
    fill: var(--_muted);
    font-style: italic;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }

  @media (forced-colors: active) {
    .petal__shape,
    .factor__sector {
      fill: Canvas;
      stroke: CanvasText;
      forced-color-adjust: none;
    }
    .mark__shape {
      fill: CanvasText;
      stroke: Canvas;
    }
    .mark--crossing .mark__shape {
      fill: Canvas;
      stroke: CanvasText;
    }
    .label,
    .label--petal,
    .label--factor,
    .heart__label,
    .badge__count {
      fill: CanvasText;
    }
    .heart__disc,
    .badge__disc {
      fill: Canvas;
      stroke: CanvasText;
    }
    .mark:focus-visible .mark__ring,
    .mark--focused .mark__ring,
    .badge:focus-visible .mark__ring {
      stroke: Highlight;
    }
    .mark--selected .mark__ring {
      stroke: Highlight;
    }
  }
`;
