import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye } from 'd3-shape';

/**
 * One filled shape per kind of item (offer, service, initiative…) so kind reads without colour: circle, square,
 * diamond, triangle, star, wye. Paths are centred on (0, 0) and scaled so every shape covers about the same area
 * as a circle of radius `r` (d3's symbols are sized by area).
 */
const SYMBOLS = [symbolCircle, symbolSquare, symbolDiamond, symbolTriangle, symbolStar, symbolWye] as const;

export const MARK_SYMBOL_NAMES = ['circle', 'square', 'diamond', 'triangle', 'star', 'wye'] as const;

export function markSymbolName(kindIndex: number): (typeof MARK_SYMBOL_NAMES)[number] {
  return MARK_SYMBOL_NAMES[kindIndex < 0 ? 0 : kindIndex % SYMBOLS.length] ?? 'circle';
}

export function markSymbolPath(kindIndex: number, r: number): string {
  const index = kindIndex < 0 ? 0 : kindIndex % SYMBOLS.length;
  // Angular shapes look smaller than a circle of the same area; a little more area evens them out.
  const area = Math.PI * r * r * (index === 0 ? 1 : 1.12);
  return symbol(SYMBOLS[index], area)() ?? '';
}
