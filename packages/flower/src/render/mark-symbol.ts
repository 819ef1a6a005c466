/**
 * One shape per kind of item (offer, service, initiative…) so kind reads without colour: circle, square, diamond,
 * triangle, hexagon. Every shape stays inside the mark's circle of radius `r` (which the layout keeps clear of
 * other marks and labels) and covers a similar area, so no kind looks more important. Paths are centred on (0, 0).
 */
export const MARK_SYMBOL_NAMES = ['circle', 'square', 'diamond', 'triangle', 'hexagon'] as const;
export type MarkSymbolName = (typeof MARK_SYMBOL_NAMES)[number];

const round = (value: number) => Math.round(value * 100) / 100;

function polygon(points: readonly (readonly [number, number])[]): string {
  return `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
}

/** A regular polygon of `sides` inscribed in radius `radius`, with a vertex at `startAngle` (radians, 0 = up). */
function regular(sides: number, radius: number, startAngle: number): string {
  return polygon(
    Array.from({ length: sides }, (_, i) => {
      const angle = startAngle + (i * 2 * Math.PI) / sides;
      return [radius * Math.sin(angle), -radius * Math.cos(angle)] as const;
    }),
  );
}

export function markSymbolName(kindIndex: number): MarkSymbolName {
  return MARK_SYMBOL_NAMES[kindIndex < 0 ? 0 : kindIndex % MARK_SYMBOL_NAMES.length] ?? 'circle';
}

export function markSymbolPath(kindIndex: number, r: number): string {
  switch (markSymbolName(kindIndex)) {
    case 'square':
      return regular(4, r * 0.98, Math.PI / 4);
    case 'diamond':
      return polygon([
        [0, -r],
        [r * 0.8, 0],
        [0, r],
        [-r * 0.8, 0],
      ]);
    case 'triangle':
      // Centred on the circumcentre, nudged down a little so it sits optically in the middle.
      return regular(3, r, 0).replace(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g, (pair) => {
        const [x, y] = pair.split(',').map(Number) as [number, number];
        return `${x},${round(y + r * 0.08)}`;
      });
    case 'hexagon':
      return regular(6, r * 0.98, 0);
    default: {
      const radius = round(r * 0.9);
      return `M${-radius} 0A${radius} ${radius} 0 1 0 ${radius} 0A${radius} ${radius} 0 1 0 ${-radius} 0Z`;
    }
  }
}
