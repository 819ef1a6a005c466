import type { Petal } from 'fleur-pleine-sante-catalogue';

/**
 * Default petal colours when the catalogue gives none: distinct hues, each ≥ 3:1 against white so marks stay
 * visible (checked by a test), in an order that keeps neighbours apart.
 */
export const DEFAULT_PETAL_COLORS = [
  '#B7791F',
  '#C2416B',
  '#2E8B57',
  '#1F6FB2',
  '#7B5EA7',
  '#A0522D',
  '#00838F',
  '#AD1457',
] as const;

/** The petal's colour before CSS: the catalogue's, else the default for its position. */
export function petalBaseColor(petal: Petal, position: number): string {
  return petal.color ?? DEFAULT_PETAL_COLORS[position % DEFAULT_PETAL_COLORS.length] ?? '#666666';
}

/** CSS custom-property name a page sets to recolour one petal: `--fleur-petal-economic`. */
export function petalColorProperty(petalId: string): string {
  return `--fleur-petal-${petalId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Class that gives an element (and its subtree) the colour of the petal at `position`. */
export function petalColorClass(position: number): string {
  return `petal-color-${position}`;
}

/**
 * Rules giving each petal's subtree its private `--petal-color`: the page's `--fleur-petal-<id>` when set, else the
 * catalogue's or default colour. The element adopts them as a constructable stylesheet and the static export
 * embeds them in a `<style>`: neither needs style attributes, which a strict Content-Security-Policy blocks.
 */
export function petalColorCss(petals: readonly Petal[]): string {
  return petals
    .map(
      (petal, position) =>
        `.${petalColorClass(position)} { --petal-color: var(${petalColorProperty(petal.id)}, ${petalBaseColor(petal, position)}); }`,
    )
    .join('\n');
}
