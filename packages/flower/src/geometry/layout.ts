import type { Catalogue } from '@fleur/catalogue';
import { type PendingBadge, placeBadges } from './aggregation.js';
import { CollisionIndex } from './collisions.js';
import type { FlowerLayout } from './flower-layout.js';
import { flowerModel } from './flower-model.js';
import { fitFrame, fitZoomedFrame } from './frame.js';
import { groupItems } from './grouping.js';
import { type LabelDraft, sectorLabel } from './labels.js';
import { toFlowerLayout } from './layout-output.js';
import { type LayoutOptions, normalizeLayoutOptions } from './options.js';
import { placeItems } from './placement.js';
import { pointRadial } from './polar.js';
import { sectorRegion } from './regions.js';
import { type AngleSpan, petalSpans, splitByArea } from './sectors.js';

/** Labels keep this much air around them. */
const LABEL_MARGIN = 3;
/**
 * Factor labels stay in the outer part of their sector, beyond this share of the way from heart to tip, leaving the
 * inner part to marks — on phones, to the factor's count badge, which tells more than the end of a long label.
 */
const FACTOR_LABEL_DEPTH = 0.38;
/**
 * A factor label that only fits truncated there may reach this far in instead (marks and badges are placed after
 * labels and keep clear of them): on a phone "Formation" reads whole rather than as "Forma…".
 */
const FACTOR_LABEL_FALLBACK_DEPTH = 0.08;

/** The label whose text shows more: a whole one over a truncated one, a longer truncation over a shorter. */
function moreLegible(a: LabelDraft | null, b: LabelDraft | null): LabelDraft | null {
  if (!a || !b) return a ?? b;
  const shown = (label: LabelDraft) => (label.truncated ? label.lines.join(' ').length : Number.POSITIVE_INFINITY);
  return shown(b) > shown(a) ? b : a;
}

/** Badges standing for the items of several factors: a petal's, or the last-resort overflow. */
function lumpingBadges(layout: FlowerLayout): FlowerLayout['badges'] {
  return layout.badges.filter((badge) => badge.kind === 'petal' || badge.kind === 'overflow');
}

/** How many items only a lumping badge counts (fewer is better: the others are counted per factor or drawn). */
function lumpedItems(layout: FlowerLayout): number {
  return lumpingBadges(layout).reduce((sum, badge) => sum + badge.count, 0);
}

/**
 * Lays out the flower for `catalogue` in a `width` × `height` drawing: petals and their factor sectors, labels, one
 * mark per item near its factors (between petals for items acting on several), and count badges where a factor has
 * more items than fit. Pure and deterministic: no DOM, no randomness, no clock — the same input always gives the
 * same (deep-equal) output, in Node as in browsers.
 *
 * Guarantees: marks never overlap each other, badges or labels; labels never overlap each other; everything lies
 * inside the drawing; every item appears exactly once in `marks`, in a badge, or in `hidden` (filtered out, outside
 * the zoomed petal, or naming no known factor).
 *
 * @example
 * const layout = layoutFlower(catalogue, { width: 800, height: 800, locale: 'fr' });
 * layout.marks.map((mark) => mark.itemId);
 */
export function layoutFlower(catalogue: Catalogue, options: LayoutOptions): FlowerLayout {
  const o = normalizeLayoutOptions(catalogue, options);
  const model = flowerModel(catalogue, o);
  const zoomed = o.petal !== null;
  const petals = zoomed ? model.petals.filter((petal) => petal.id === o.petal) : model.petals;
  // Two petals side by side suit a landscape drawing better than one above the other.
  const rotation = petals.length === 2 && o.width > 1.15 * o.height ? Math.PI / 2 : 0;
  const spans = zoomed
    ? []
    : petalSpans(
        petals.map((petal) => petal.weight),
        rotation,
      );
  const frame = zoomed
    ? fitZoomedFrame(petals[0]?.label ?? '', o)
    : fitFrame({ spans, petalTexts: petals.map((petal) => petal.label), options: o, zoomed });
  const { shapes, innerRadius, outerRadius } = frame;

  // Factor sectors: equal-area shares of each petal, weighted by how many items act on each factor.
  const factorSpans = new Map<string, AngleSpan>();
  const sectors = petals.map((petal, i) => {
    const shape = shapes[i];
    if (!shape) return [];
    const density = (angle: number) => ((shape.outer(angle) || 0) ** 2 - (shape.inner(angle) || 0) ** 2) / 2;
    const parts = splitByArea(
      shape,
      petal.factors.map((factor) => factor.weight),
      density,
    );
    petal.factors.forEach((factor, j) => {
      const span = parts[j];
      if (span) factorSpans.set(factor.id, span);
    });
    return parts;
  });

  // Regions: one per factor sector, one per gap between neighbouring petals (for items acting on several petals).
  // Neither they nor the items' grouping depend on where labels go, so they are built once for every pass below.
  const area = {
    x0: o.padding - frame.cx,
    y0: o.padding - frame.cy,
    x1: o.width - o.padding - frame.cx,
    y1: o.height - o.padding - frame.cy,
  };
  const gapAngles = spans.map((span) => span.endAngle);
  const crossingRadius = innerRadius + o.markRadius + o.markGap;
  const { factorGroups, gapGroups, ideal } = groupItems({
    model,
    petals,
    shapes,
    sectors,
    gapAngles,
    innerRadius,
    outerRadius,
    crossingRadius,
    area,
    zoomedIndex: zoomed ? model.petals.findIndex((petal) => petal.id === o.petal) : -1,
  });
  const groups = [...factorGroups, ...gapGroups].filter((group) => group.items.length > 0);
  const radii = zoomed ? o.zoomMarkRadii : [o.markRadius];
  const petalRegions = shapes.map((shape) => sectorRegion(shape, shape, innerRadius));
  const petalTargets = shapes.map((shape) => pointRadial(shape.midAngle, (innerRadius + outerRadius) / 2));

  /**
   * Labels, then marks and badges around them. In the petals named by `reachDeeper`, labels that would be truncated
   * may reach deeper; `deepened` names the petals where one did.
   */
  const arrange = (reachDeeper: ReadonlySet<string>): { layout: FlowerLayout; deepened: Set<string> } => {
    const deepened = new Set<string>();
    // Labels first: marks and badges then keep clear of them.
    const index = new CollisionIndex(2 * o.markRadius + o.markGap);
    index.addCircle({ x: 0, y: 0, r: innerRadius });
    index.addBox(frame.heartLabel.box);
    const labelOptions = { margin: LABEL_MARGIN, index };
    const petalLabels: (LabelDraft | null)[] = shapes.map((shape, i) => {
      const outside = frame.petalLabels[i];
      const label = frame.labelsInside
        ? // Inside the petal near its tip (the drawing is too small for labels outside): the whole petal is the sector.
          sectorLabel(petals[i]?.label ?? '', o.petalFont, shape, shape, {
            ...labelOptions,
            minRadius: innerRadius + 0.5 * (outerRadius - innerRadius),
          })
        : (outside ?? null);
      if (label) index.addBox(label.box);
      return label;
    });
    const factorLabels = petals.map((petal, i) =>
      petal.factors.map((factor, j) => {
        const shape = shapes[i];
        const span = sectors[i]?.[j];
        if (!shape || !span) return null;
        const depth = (share: number) => ({
          ...labelOptions,
          minRadius: innerRadius + share * (outerRadius - innerRadius),
        });
        let label = sectorLabel(factor.label, o.font, shape, span, depth(FACTOR_LABEL_DEPTH));
        if (reachDeeper.has(petal.id) && (!label || label.truncated)) {
          const deeper = sectorLabel(factor.label, o.font, shape, span, depth(FACTOR_LABEL_FALLBACK_DEPTH));
          if (deeper && moreLegible(label, deeper) === deeper) {
            label = deeper;
            deepened.add(petal.id);
          }
        }
        if (label) index.addBox(label.box);
        return label;
      }),
    );

    const placement = placeItems(groups, radii, o.markGap, index, ideal);
    const pending: PendingBadge[] = placement.overflowing.map((group) => {
      const span = group.factorId === null ? null : factorSpans.get(group.factorId);
      const angle = span ? (span.startAngle + span.endAngle) / 2 : (gapAngles[group.gapIndex ?? 0] ?? 0);
      const radius = span ? (innerRadius + outerRadius) / 2 : crossingRadius;
      return { ...group, kind: group.kind, target: pointRadial(angle, radius) };
    });
    const badges = placeBadges(pending, {
      index: placement.index,
      markRadius: placement.radius,
      gap: o.markGap,
      font: o.font,
      petalRegions,
      petalTargets,
      area,
    });
    const layout = toFlowerLayout({
      options: o,
      model,
      petals,
      frame,
      sectors,
      petalLabels,
      factorLabels,
      placement,
      badges,
      gapGroups,
      gapAngles,
    });
    return { layout, deepened };
  };

  // Whole factor names are worth a few more badges, but not a badge that lumps several factors together (its count
  // would read as one factor's): in a petal where reaching deeper led to one, labels stay in the outer part.
  const everywhere = new Set(petals.map((petal) => petal.id));
  const { layout, deepened } = arrange(everywhere);
  const suspects = new Set(lumpingBadges(layout).flatMap((badge) => (badge.petalId ? [badge.petalId] : [])));
  for (const id of suspects) if (!deepened.has(id)) suspects.delete(id);
  if (suspects.size === 0) return layout;
  const fallback = arrange(new Set([...everywhere].filter((id) => !suspects.has(id)))).layout;
  return lumpedItems(fallback) < lumpedItems(layout) ? fallback : layout;
}
