import type { Catalogue } from 'fleur-pleine-sante-catalogue';
import { type FlowerExtent, type NameRequest, type PlacedName, placeNames } from './labels/item-labels.js';
import { fitFrame, type Frame, type NameEstimate } from './frame/fit-frame.js';
import type { FlowerLayout } from './flower-layout.js';
import { type Wrapping, wrapper } from './labels/name-lines.js';
import { petalTexts } from './labels/petal-texts.js';
import { type MarkPlacement, placeMarks } from './marks/place-marks.js';
import { flowerModel, type FlowerModel, type ModelPetal } from './model/flower-model.js';
import { type LayoutOptions, type NormalizedLayoutOptions, normalizeLayoutOptions } from './options.js';
import { layoutOutput } from './output/layout-output.js';
import { unwrapAngle } from './polar.js';
import { drawnPetals, type PetalRecord, petalAngles, petalSectors, zoomSpan } from './sectors/petal-sectors.js';
import type { AngleSpan } from './sectors/shares.js';

/** Where each item's mark will roughly be, before the frame is known: the middle of its sector or gap. */
function nameEstimates(
  model: FlowerModel,
  unit: readonly PetalRecord[],
  wrap: (text: string) => readonly Wrapping[],
): NameEstimate[] {
  const factorAngle = new Map(
    unit.flatMap((petal) => petal.sectors.map((s) => [s.factor.id, (s.span.startAngle + s.span.endAngle) / 2])),
  );
  const drawn = new Set(unit.map((petal) => petal.model.index));
  return model.items.map((item) => {
    const own = item.petalIndices.filter((index) => drawn.has(index));
    const first = unit.find((petal) => petal.model.index === own[0]);
    const angle =
      own.length > 1 && first
        ? first.span.endAngle
        : (item.factorIds.map((id) => factorAngle.get(id)).find((a) => a !== undefined) ?? 0);
    return { wraps: () => wrap(item.label), angle };
  });
}

/**
 * How far the flower reaches at `angle`: the tip edge of the petal there; between petals the flower's radius, so a
 * leader from a mark in a gap leaves through the gap before it turns to its name.
 */
function reachAt(petals: readonly PetalRecord[], frame: Frame, angle: number): number {
  let reach = 0;
  for (const { shape } of petals) {
    const outer = shape.outer(unwrapAngle(angle, shape.startAngle));
    if (Number.isFinite(outer)) reach = Math.max(reach, outer);
  }
  return reach > 0 ? reach : frame.radius;
}

/** What names keep clear of: the petals' outlines, the heart (and its label), and every target. */
function flowerExtent(petals: readonly PetalRecord[], frame: Frame, placement: MarkPlacement, target: number) {
  const circles = [
    {
      x: 0,
      y: 0,
      r: Math.max(frame.heartRadius, Math.hypot(frame.heartLabel.box.width, frame.heartLabel.box.height) / 2),
    },
  ];
  for (const { slot } of [...placement.marks, ...placement.badges])
    if (slot) circles.push({ x: slot.x, y: slot.y, r: target });
  return { outlines: petals.map((petal) => petal.shape.outline), circles } satisfies FlowerExtent;
}

/** Every mark named in the columns beside the flower, or none when they do not all fit (never a chosen few). */
function nameMarks(
  placement: MarkPlacement,
  petals: readonly PetalRecord[],
  frame: Frame,
  options: NormalizedLayoutOptions,
  wrap: (text: string) => readonly Wrapping[],
): PlacedName[] {
  if (frame.columnWidth === null || placement.marks.length === 0) return [];
  const requests: NameRequest[] = placement.marks.map(({ item, slot }) => ({
    itemId: item.id,
    text: item.label,
    wraps: wrap(item.label),
    x: slot.x,
    y: slot.y,
    angle: slot.angle,
    radius: slot.radius,
    markRadius: options.markRadius,
    reach: reachAt(petals, frame, slot.angle),
  }));
  const bounds = { top: options.padding - frame.cy, bottom: options.height - options.padding - frame.cy };
  const extent = flowerExtent(petals, frame, placement, options.targetRadius);
  return placeNames(requests, frame.columnWidth, extent, bounds, options.font, frame.columns) ?? [];
}

/**
 * The petals' angles and the frame. A zoomed petal in a landscape drawing points right, its names in one column
 * beside it; when they do not fit there, it stands upright with a column on each side.
 */
function framed(
  model: FlowerModel,
  drawn: readonly ModelPetal[],
  options: NormalizedLayoutOptions,
  wrap: (text: string) => readonly Wrapping[],
): { spans: AngleSpan[]; frame: Frame } {
  const attempt = (spans: AngleSpan[], columns: 1 | 2) => {
    const unit = petalSectors(drawn, spans, { innerRadius: 0.2, waistRadius: 0.55, outerRadius: 1 });
    return { spans, frame: fitFrame(spans, nameEstimates(model, unit, wrap), options, columns) };
  };
  const pointingRight = drawn.length === 1 && options.width >= options.height;
  if (!pointingRight) return attempt(petalAngles(drawn, options), 2);
  const right = attempt([zoomSpan(Math.PI / 2)], 1);
  if (right.frame.columnWidth !== null) return right;
  const upright = attempt([zoomSpan(0)], 2);
  return upright.frame.columnWidth !== null ? upright : right;
}

/**
 * Lays out the flower for `catalogue` in a `width` × `height` drawing, as a pipeline of named stages over one record
 * per petal: options → model → petal angles → frame → sectors → names inside petals → marks (and badges) → names
 * beside the flower → output. Pure and deterministic: no DOM, no randomness, no clock — the same input always gives
 * the same (deep-equal) output, in Node as in browsers.
 *
 * Guarantees: targets (marks' and badges' hit circles) never overlap each other or any label; labels never overlap
 * each other; everything lies inside the drawing; every item appears exactly once in `marks`, in one badge, or in
 * `hidden`; when names fit beside the flower, every mark has one.
 *
 * @example
 * const layout = layoutFlower(catalogue, { width: 1200, height: 800, locale: 'fr' });
 * layout.labels.map((label) => label.text);
 */
export function layoutFlower(catalogue: Catalogue, input: LayoutOptions): FlowerLayout {
  const options = normalizeLayoutOptions(catalogue, input);
  const model = flowerModel(catalogue, options);
  const drawn = drawnPetals(model, options);
  // Names are wrapped once: the frame tries column widths with them, the columns set them.
  const wrap = wrapper(options.font);
  const { spans, frame } = framed(model, drawn, options, wrap);
  const petals = petalSectors(drawn, spans, {
    innerRadius: frame.heartRadius,
    waistRadius: frame.waistRadius,
    outerRadius: frame.radius,
  });
  const texts = petalTexts(petals, frame, options);
  const placement = placeMarks(model.items, petals, frame, texts.boxes, options);
  const names = nameMarks(placement, petals, frame, options, wrap);
  return layoutOutput({ options, model, frame, petals, texts, placement, names });
}
