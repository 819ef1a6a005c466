/**
 * What markup rendered ahead of time (`renderFleurHtml`) tells the element that adopts it, so the element lays out
 * exactly as the server did and can tell when its catalogue is no longer the one drawn.
 *
 * The text metrics the layout measured names with on the server: the built-in DejaVu Sans width table, the same in
 * Node and browsers. An element drawn in the browser alone measures with canvas `measureText` in its own font; one
 * that adopts markup naming these metrics keeps them (see `FontMetricsController.useBuiltin`), so nothing moves. An
 * element that cannot lay out with the named metrics redraws instead of adopting.
 */
export const TEXT_METRICS = 'builtin-dejavu-sans';

/** Attributes a server-rendered tag carries (they stay on the tag: the element reads them once, when it adopts). */
export const SERVER_ATTRIBUTES = {
  width: 'data-fleur-width',
  metrics: 'data-fleur-metrics',
  catalogue: 'data-fleur-catalogue',
} as const;

/**
 * A short fingerprint of a validated catalogue (FNV-1a over its JSON): the markup carries the one it drew, and an
 * element whose `src` now answers another catalogue redraws once instead of adopting a stale drawing.
 */
export function catalogueFingerprint(catalogue: unknown): string {
  const text = JSON.stringify(catalogue) ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(36)}-${text.length.toString(36)}`;
}
