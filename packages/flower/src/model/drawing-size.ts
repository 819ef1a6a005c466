/**
 * The drawing's pixel size for a container width. The layout is computed at real pixels so text stays readable
 * (≥ 12 px): narrow screens get a portrait drawing (labels need vertical room), wide ones a landscape one.
 */
export function drawingSize(containerWidth: number): { width: number; height: number } {
  const width = Math.max(280, Math.round(containerWidth));
  if (width < 560) return { width, height: Math.round(width * 1.3) };
  // Landscape screens: the flower with its names in columns beside it, as tall as a laptop screen shows at once.
  if (width >= 1000) return { width, height: Math.round(Math.min(Math.max(width * 0.72, 640), 900)) };
  return { width, height: Math.round(Math.min(Math.max(width * 0.9, 520), 1000)) };
}
