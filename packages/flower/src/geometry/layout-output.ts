import type { PlacedBadge } from './aggregation.js';
import type { BadgeLayout, FlowerLayout, MarkLayout, PetalLayout } from './flower-layout.js';
import type { FlowerModel, ModelItem, ModelPetal } from './flower-model.js';
import type { Frame } from './frame.js';
import { type LabelDraft, toTextLabel } from './labels.js';
import type { NormalizedLayoutOptions } from './options.js';
import { petalPath, sectorPath } from './petal-shape.js';
import type { ItemPlacement, PlacementGroup } from './placement.js';
import { angleOf, round, unwrapAngle } from './polar.js';
import type { AngleSpan } from './sectors.js';

const roundAngle = (angle: number) => round(angle, 4);

/** Everything the layout computed, relative to the flower's centre. */
export interface LayoutParts {
  options: NormalizedLayoutOptions;
  model: FlowerModel;
  petals: readonly ModelPetal[];
  frame: Frame;
  sectors: readonly (readonly AngleSpan[])[];
  petalLabels: readonly (LabelDraft | null)[];
  factorLabels: readonly (readonly (LabelDraft | null)[])[];
  placement: ItemPlacement;
  badges: readonly PlacedBadge[];
  gapGroups: readonly PlacementGroup[];
  gapAngles: readonly number[];
}

/**
 * The public {@link FlowerLayout}: drawing coordinates, numbers rounded (positions to 2 decimals, angles to 4) so the
 * output is short and stable, marks in reading order around the flower.
 */
export function toFlowerLayout(parts: LayoutParts): FlowerLayout {
  const { options: o, model, petals, frame, sectors, petalLabels, factorLabels, placement, badges } = parts;
  const { gapGroups, gapAngles } = parts;
  const { shapes, innerRadius, outerRadius } = frame;
  const { cx, cy } = frame;
  const petalIds = (item: ModelItem) => item.petalIndices.map((i) => model.petals[i]?.id ?? '');
  const start = shapes[0]?.startAngle ?? 0;
  const marks: MarkLayout[] = placement.marks
    .map((mark) => ({
      itemId: mark.item.id,
      x: round(cx + mark.x),
      y: round(cy + mark.y),
      r: mark.r,
      petalIds: petalIds(mark.item),
      factorIds: mark.item.factorIds,
      factorId: mark.group.factorId,
      kindIndex: mark.item.kindIndex,
      crossing: mark.item.petalIndices.length > 1,
      order: [unwrapAngle(angleOf(mark.x, mark.y), start), Math.hypot(mark.x, mark.y)] as const,
    }))
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1])
    .map(({ order: _, ...mark }) => mark);
  const badgeLayout = (badge: PlacedBadge): BadgeLayout => {
    const petal = badge.petalIndex === null ? undefined : petals[badge.petalIndex];
    const touched = new Set(badge.items.flatMap((item) => item.petalIndices));
    return {
      id: badge.kind === 'petal' ? `petal:${petal?.id ?? ''}` : badge.key,
      kind: badge.kind,
      factorId: badge.kind === 'factor' ? badge.factorId : null,
      petalId: badge.kind === 'factor' || badge.kind === 'petal' ? (petal?.id ?? null) : null,
      petalIds: model.petals.filter((p) => touched.has(p.index)).map((p) => p.id),
      x: round(cx + badge.x),
      y: round(cy + badge.y),
      r: badge.r,
      count: badge.items.length,
      itemIds: badge.items.map((item) => item.id),
    };
  };
  // A span's angles, rounded (a petal shape's `midAngle` is computed the same way).
  const angles = ({ startAngle, endAngle }: AngleSpan) => ({
    startAngle: roundAngle(startAngle),
    endAngle: roundAngle(endAngle),
    midAngle: roundAngle((startAngle + endAngle) / 2),
  });
  const text = (draft: LabelDraft | null | undefined) => (draft ? toTextLabel(draft, cx, cy) : null);
  const noSpan = { startAngle: 0, endAngle: 0 };
  const petalLayouts: PetalLayout[] = petals.map((petal, i) => {
    const shape = shapes[i];
    return {
      id: petal.id,
      index: petal.index,
      color: petal.color,
      ...angles(shape ?? noSpan),
      path: shape ? petalPath(shape, cx, cy) : '',
      label: text(petalLabels[i]),
      name: petal.label,
      factors: petal.factors.map((factor, j) => {
        const span = sectors[i]?.[j] ?? noSpan;
        return {
          id: factor.id,
          index: factor.index,
          petalId: petal.id,
          ...angles(span),
          path: shape ? sectorPath(shape, span, cx, cy) : '',
          label: text(factorLabels[i]?.[j]),
          name: factor.label,
        };
      }),
    };
  });
  const crossings = gapGroups.map((group, g) => ({
    petalIds: [petals[g]?.id ?? '', petals[(g + 1) % petals.length]?.id ?? ''] as [string, string],
    angle: roundAngle(gapAngles[g] ?? 0),
    itemIds: group.items.map((item) => item.id),
  }));
  return {
    width: o.width,
    height: o.height,
    cx: round(cx),
    cy: round(cy),
    radius: round(outerRadius),
    zoomedPetal: o.petal,
    markRadius: placement.radius,
    markGap: o.markGap,
    fontSize: o.font.size,
    heart: { r: round(innerRadius), label: toTextLabel(frame.heartLabel, cx, cy) },
    petals: petalLayouts,
    marks,
    badges: badges.map(badgeLayout),
    crossings,
    hidden: model.hidden,
  };
}
