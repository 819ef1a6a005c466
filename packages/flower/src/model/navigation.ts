/**
 * Keyboard navigation across the flower, as pure data so it can be tested without a browser.
 * Petal nodes are the petals themselves; leaf nodes are marks and count badges.
 */
export interface NavNode {
  /** Unique key: `petal:<id>`, `item:<id>`, `badge:<factor id>`. */
  readonly key: string;
  readonly type: 'petal' | 'item' | 'badge';
  /** The petal the node belongs to (an item between petals: the first of its petals). */
  readonly petal: string;
  /** Angle around the heart, radians clockwise from 12 o'clock, for "around the flower" order. */
  readonly angle: number;
  /** Distance from the heart, for "along a petal" order. */
  readonly radius: number;
}

export const NAV_KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End'] as const;
export type NavKey = (typeof NAV_KEYS)[number];

export function isNavKey(key: string): key is NavKey {
  return (NAV_KEYS as readonly string[]).includes(key);
}

/** Ties broken by key, by code unit: a stable order that needs no collation data (`localeCompare` loads ICU's). */
const byKey = (a: NavNode, b: NavNode) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const byAngle = (a: NavNode, b: NavNode) => a.angle - b.angle || a.radius - b.radius || byKey(a, b);
const byRadius = (a: NavNode, b: NavNode) => a.radius - b.radius || a.angle - b.angle || byKey(a, b);

/** Leaves (marks and badges) in clockwise order: the "around the flower" tour. */
export function tourOrder(nodes: readonly NavNode[]): NavNode[] {
  return nodes.filter((node) => node.type !== 'petal').sort(byAngle);
}

function step<T>(list: readonly T[], index: number, delta: number): T | undefined {
  if (list.length === 0) return undefined;
  return list[(index + delta + list.length) % list.length];
}

/**
 * The key focus moves to from `current` when `key` is pressed, or `undefined` to stay.
 * - Right / Left: next / previous leaf clockwise around the flower (petal nodes: next / previous petal).
 * - Down: from a petal to its first leaf; from a leaf to the next leaf along the same petal (outwards).
 * - Up: to the previous leaf along the petal, or from its first leaf back to the petal.
 * - Home / End: first / last leaf of the tour.
 */
export function navigate(nodes: readonly NavNode[], current: string | undefined, key: NavKey): string | undefined {
  const tour = tourOrder(nodes);
  const petals = nodes.filter((node) => node.type === 'petal').sort(byAngle);
  if (key === 'Home') return tour[0]?.key ?? petals[0]?.key;
  if (key === 'End') return tour[tour.length - 1]?.key ?? petals[petals.length - 1]?.key;
  const node = nodes.find((candidate) => candidate.key === current);
  if (!node) return tour[0]?.key ?? petals[0]?.key;
  const along = tour.filter((leaf) => leaf.petal === node.petal).sort(byRadius);
  if (node.type === 'petal') {
    const index = petals.indexOf(node);
    if (key === 'ArrowRight') return step(petals, index, 1)?.key;
    if (key === 'ArrowLeft') return step(petals, index, -1)?.key;
    if (key === 'ArrowDown') return along[0]?.key;
    return undefined;
  }
  const index = tour.indexOf(node);
  if (key === 'ArrowRight') return step(tour, index, 1)?.key;
  if (key === 'ArrowLeft') return step(tour, index, -1)?.key;
  const position = along.indexOf(node);
  if (key === 'ArrowDown') return along[position + 1]?.key;
  return position > 0 ? along[position - 1]?.key : petals.find((petal) => petal.petal === node.petal)?.key;
}
