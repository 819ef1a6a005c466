/** The drawing's size: `height` for the flower, up to `maxHeight` with its key under it. */
export interface DrawingSize {
  width: number;
  height: number;
  maxHeight: number;
}

/**
 * The drawing's pixel size for a container width. The layout is computed at real pixels so text stays readable
 * (≥ 12 px): narrow screens get a portrait drawing that may grow to hold the numbered key under the flower (the page
 * scrolls on to it), wide ones a landscape one of fixed height.
 */
export function drawingSize(containerWidth: number): DrawingSize {
  const width = Math.max(280, Math.round(containerWidth));
  if (width < 560) return { width, height: Math.round(width * 1.05), maxHeight: Math.round(width * 4) };
  // Landscape screens: the flower with its names in columns beside it, as tall as a laptop screen shows at once.
  if (width >= 1000) {
    const height = Math.round(Math.min(Math.max(width * 0.72, 640), 900));
    return { width, height, maxHeight: height };
  }
  // Tablets: the flower square, its key (when names do not fit around it) under it.
  return { width, height: Math.round(width * 0.9), maxHeight: Math.round(width * 3) };
}
