import type { FlowerModel, ModelFactor, ModelPetal } from '../model/flower-model.js';
import type { NormalizedLayoutOptions } from '../options.js';
import { type PetalShape, petalShape } from '../petal-shape.js';
import { TAU } from '../polar.js';
import { type AngleSpan, petalSpans, splitByArea } from './shares.js';

/** Share of each petal's turn left empty on both sides: the gaps where items acting on two petals sit. */
const GAP_SHARE = 0.04;
/** The span of a zoomed petal, alone in the drawing: wide enough for its sectors, narrow enough to grow tall. */
const ZOOM_SPAN = 0.3 * TAU;

/** A factor's sector: the part of its petal between two angles. */
export interface FactorSector {
  factor: ModelFactor;
  span: AngleSpan;
}

/** One record per drawn petal: what it is, where it is, its outline and its factors' sectors. */
export interface PetalRecord {
  model: ModelPetal;
  span: AngleSpan;
  shape: PetalShape;
  sectors: FactorSector[];
}

/** The petals drawn: all of them, or the zoomed one alone. */
export function drawnPetals(model: FlowerModel, options: NormalizedLayoutOptions): ModelPetal[] {
  return options.petal === null ? model.petals : model.petals.filter((petal) => petal.id === options.petal);
}

/** The span of a zoomed petal pointing at `mid` (0 upright, π/2 to the right). */
export function zoomSpan(mid: number): AngleSpan {
  return { startAngle: mid - ZOOM_SPAN / 2, endAngle: mid + ZOOM_SPAN / 2 };
}

/**
 * Angular spans of the drawn petals, clockwise from 12 o'clock: equal by default (the report's flower is a symbol),
 * by item count with `petalSize: 'items'`; two petals side by side in a landscape drawing; a zoomed petal upright in a
 * portrait drawing and pointing right in a landscape one (its names then in one column beside its tip).
 */
export function petalAngles(petals: readonly ModelPetal[], options: NormalizedLayoutOptions): AngleSpan[] {
  if (petals.length === 1) return [zoomSpan(options.height > options.width ? 0 : Math.PI / 2)];
  const rotation = petals.length === 2 && options.width > 1.15 * options.height ? Math.PI / 2 : 0;
  const weights = petals.map((petal) => (options.petalSize === 'items' ? 1 + petal.itemCount : 1));
  return petalSpans(weights, rotation, options.petalSize === 'items' ? 0.3 : 1).map((span) => {
    const inset = (span.endAngle - span.startAngle) * GAP_SHARE;
    return { startAngle: span.startAngle + inset, endAngle: span.endAngle - inset };
  });
}

/**
 * Each petal's outline at the frame's radii, split into factor sectors of equal-ish area (weighted by the factors'
 * items, so a busy factor gets more room but an empty one stays visible).
 */
export function petalSectors(
  petals: readonly ModelPetal[],
  spans: readonly AngleSpan[],
  radii: { innerRadius: number; waistRadius: number; outerRadius: number },
): PetalRecord[] {
  return petals.map((petal, i) => {
    const span = spans[i] ?? { startAngle: 0, endAngle: TAU };
    const shape = petalShape({ ...span, ...radii });
    const density = (angle: number) => ((shape.outer(angle) || 0) ** 2 - (shape.inner(angle) || 0) ** 2) / 2;
    const parts = splitByArea(
      span,
      petal.factors.map((factor) => factor.weight),
      density,
    );
    const sectors = petal.factors.map((factor, j) => ({ factor, span: parts[j] ?? span }));
    return { model: petal, span, shape, sectors };
  });
}
