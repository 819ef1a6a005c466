/**
 * Styles of the drawing, as plain CSS text so the element (through `unsafeCSS` of this constant) and the static
 * SVG export (inside a <style>) draw the same picture. Colours come from the private `--_*` tokens (see theme.ts)
 * and each petal's `--petal-color` (see petal-colors.ts).
 */
export const FLOWER_SVG_CSS = `
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

.factor__sector--lit {
  fill-opacity: 0.42;
  stroke-opacity: 1;
  stroke-dasharray: none;
}

/* The offer-page spotlight: the selected offer, its name and its factors stand out; the rest steps back. */
.flower--spotlight .mark:not(.mark--selected),
.flower--spotlight .badge:not(.mark--selected),
.flower--spotlight .item-label:not(.item-label--selected),
.flower--spotlight .key-entry:not(.is-selected),
.flower--spotlight .item-number:not(.is-selected),
.flower--spotlight .leader:not(.is-hot) {
  opacity: 0.28;
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

.label--item {
  fill: var(--_text);
}

.item-label {
  cursor: pointer;
}

.item-label__hit {
  fill: transparent;
  pointer-events: all;
}

/* Pointed at or selected: underlined in the petal's colour, never bolder (a wider name could touch its neighbour). */
.item-label.is-hot .label--item,
.item-label--selected .label--item,
.key-entry.is-hot .label--item,
.key-entry.is-selected .label--item {
  text-decoration: underline;
  text-decoration-color: var(--petal-color);
  text-decoration-thickness: 2px;
}

/* A mark's number: dark digits in a halo of the background, readable on a filled mark and a hollow one alike. */
.item-number {
  fill: var(--_text);
  stroke: var(--_bg);
  stroke-width: 3px;
  stroke-linejoin: round;
  paint-order: stroke fill;
  font-family: var(--_font);
  font-weight: 700;
  pointer-events: none;
}

.key-entry {
  cursor: pointer;
}

.key-entry__number {
  font-weight: 700;
  fill: var(--petal-text, var(--_text));
}

.leader {
  fill: none;
  stroke: var(--petal-color);
  stroke-opacity: 0.55;
  stroke-width: 1;
  pointer-events: none;
}

.leader.is-hot {
  stroke-opacity: 1;
  stroke-width: 2;
}

.mark.is-hot .mark__shape {
  stroke: var(--_text);
  stroke-width: 2.5;
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

/* Dashed, so a count of items is never taken for a hollow (crossing) mark. */
.badge__disc {
  fill: var(--_bg);
  stroke: var(--petal-color);
  stroke-width: 2.5;
  stroke-dasharray: 4 2;
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
  .badge:focus-visible .mark__ring {
    stroke: Highlight;
  }
  .mark--selected .mark__ring {
    stroke: Highlight;
  }
  .leader {
    stroke: CanvasText;
    stroke-opacity: 1;
  }
  .item-label.is-hot .label--item,
  .item-label--selected .label--item,
  .key-entry.is-hot .label--item,
  .key-entry.is-selected .label--item {
    fill: Highlight;
  }
  .item-number {
    fill: CanvasText;
    stroke: Canvas;
  }
  .leader.is-hot {
    stroke: Highlight;
  }
  .mark.is-hot .mark__shape {
    stroke: Highlight;
  }
  .factor__sector--lit {
    fill: Highlight;
    fill-opacity: 0.25;
  }
}
`;
