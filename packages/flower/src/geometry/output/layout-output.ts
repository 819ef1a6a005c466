import type { Frame } from '../frame/fit-frame.js';
import type {
  BadgeLayout,
  FlowerLayout,
  ItemLabelLayout,
  ItemNumberLayout,
  MarkLayout,
  NameKeyLayout,
  PetalLayout,
  TextLabel,
} from '../flower-layout.js';
import { NUMBER_FONT_SIZE } from '../frame/naming-plan.js';
import { type KeyEntry, setKey } from '../labels/name-key.js';
import type { Naming } from '../labels/name-marks.js';
import type { Wrapping } from '../labels/name-lines.js';
import type { PlacedName } from '../labels/ring-names.js';
import type { PetalTexts } from '../labels/petal-texts.js';
import { toTextLabel } from '../labels/sector-label.js';
import type { MarkPlacement, PlacedBadge } from '../marks/place-marks.js';
import type { FlowerModel, ModelItem } from '../model/flower-model.js';
import type { NormalizedLayoutOptions } from '../options.js';
import { petalPath, sectorPath } from '../petal-shape.js';
import { angleOf, round, unwrapAngle } from '../polar.js';
import type { PetalRecord } from '../sectors/petal-sectors.js';
import { LINE_HEIGHT } from '../text-metrics.js';

/** The flower's centre in drawing coordinates. */
interface Centre {
  cx: number;
  cy: number;
}

export interface LayoutParts {
  options: NormalizedLayoutOptions;
  model: FlowerModel;
  frame: Frame;
  petals: readonly PetalRecord[];
  texts: PetalTexts;
  placement: MarkPlacement;
  naming: Naming;
  wrap: (text: string) => Iterable<Wrapping>;
}

/** A name set beside the flower (relative to its centre) as the renderer receives it. */
export function toItemLabel(name: PlacedName, cx: number, cy: number, fontSize: number): ItemLabelLayout {
  const left = cx + name.left;
  const top = cy + name.top;
  const anchor = name.side === 'left' ? 'end' : name.side === 'above' || name.side === 'below' ? 'middle' : 'start';
  const x = anchor === 'start' ? left : anchor === 'end' ? left + name.width : left + name.width / 2;
  const lineHeight = fontSize * LINE_HEIGHT;
  return {
    itemId: name.itemId,
    text: name.text,
    lines: name.lines.map((text, i) => ({ text, x: round(x), y: round(top + (i + 0.5) * lineHeight) })),
    textAnchor: anchor,
    fontSize,
    fontWeight: 'normal',
    box: { x: round(left), y: round(top), width: round(name.width), height: round(name.height) },
    rotate: 0,
    truncated: name.truncated,
    side: name.side,
    leader: name.leader.map((p) => ({ x: round(cx + p.x), y: round(cy + p.y) })),
  };
}

/** The first drawn petal of `indices` (an item between two petals is read under one the reader can see). */
function ownerOf(indices: readonly number[], petals: readonly PetalRecord[]): PetalRecord | undefined {
  return petals.find((petal) => indices.includes(petal.model.index)) ?? petals[0];
}

function petalLayouts(
  { petals, texts }: LayoutParts,
  { cx, cy }: Centre,
  label: (draft: Parameters<typeof toTextLabel>[0] | null) => TextLabel | null,
): PetalLayout[] {
  return petals.map((petal, i) => ({
    id: petal.model.id,
    index: petal.model.index,
    startAngle: round(petal.span.startAngle, 4),
    endAngle: round(petal.span.endAngle, 4),
    midAngle: round(petal.shape.midAngle, 4),
    path: petalPath(petal.shape, cx, cy),
    label: label(texts.petalLabels[i] ?? null),
    name: petal.model.label,
    factors: petal.sectors.map((sector, j) => ({
      id: sector.factor.id,
      index: j,
      petalId: petal.model.id,
      startAngle: round(sector.span.startAngle, 4),
      endAngle: round(sector.span.endAngle, 4),
      midAngle: round((sector.span.startAngle + sector.span.endAngle) / 2, 4),
      path: sectorPath(petal.shape, sector.span, cx, cy),
      label: label(texts.factorLabels[i]?.[j] ?? null),
      name: sector.factor.label,
    })),
  }));
}

function petalIdsOf(items: readonly ModelItem[], model: FlowerModel): string[] {
  const indices = new Set(items.flatMap((item) => item.petalIndices));
  return model.petals.filter((petal) => indices.has(petal.index)).map((petal) => petal.id);
}

/** Space between the heart's name and the badge under it. */
const HEART_GAP = 2;

/**
 * Where the heart's name and its badge (the items no region has room for) go when the heart holds both: the name
 * moved up, the badge a disc of a mark's target under it — offsets from the centre. `null` when the heart is too
 * small: the badge then covers the whole heart and the name is left out.
 */
function heartSpots(frame: Frame, target: number): { label: number; badge: number } | null {
  const { box } = frame.heartLabel;
  const room = frame.heartRadius - 2;
  const top = -(box.height + HEART_GAP + 2 * target) / 2;
  const badge = top + box.height + HEART_GAP + target;
  const corner = (y: number) => Math.hypot(box.width / 2, y) <= room;
  if (!corner(top) || !corner(top + box.height) || Math.abs(badge) + target > room) return null;
  return { label: top + box.height / 2 - box.cy, badge };
}

/**
 * A badge's disc: in its slot with a mark's target; the heart's under the heart's name when the heart holds both,
 * else over the whole heart.
 */
function badgeDisc(badge: PlacedBadge, { frame, options }: LayoutParts, { cx, cy }: Centre) {
  const target = options.targetRadius;
  const spot = badge.slot ? null : heartSpots(frame, target);
  const small = badge.slot !== null || spot !== null;
  const hitRadius = small ? target : Math.max(target, frame.heartRadius - 2);
  return {
    x: round(cx + (badge.slot?.x ?? 0)),
    y: round(cy + (badge.slot?.y ?? spot?.badge ?? 0)),
    r: round(small ? target - 1 : Math.min(hitRadius, frame.heartRadius - 4)),
    hitRadius: round(hitRadius),
  };
}

function badgeLayout(badge: PlacedBadge, parts: LayoutParts, centre: Centre): BadgeLayout {
  const { model, petals } = parts;
  const region = badge.region;
  const owner = region?.petal ?? ownerOf(badge.items[0]?.petalIndices ?? [], petals);
  const kind = region === null ? 'overflow' : region.factorId === null ? 'crossing' : 'factor';
  return {
    id: region?.key ?? 'overflow',
    kind,
    factorId: region?.factorId ?? null,
    petalId: kind === 'factor' ? (region?.petal.model.id ?? null) : null,
    petalIds: petalIdsOf(badge.items, model),
    ownerPetalId: owner?.model.id ?? '',
    colorIndex: owner?.model.index ?? 0,
    ...badgeDisc(badge, parts, centre),
    count: badge.items.length,
    itemIds: badge.items.map((item) => item.id),
  };
}

/** One key entry as the renderer receives it: its number right-aligned, its name left-aligned after it. */
function keyEntryLayout(entry: KeyEntry, fontSize: number): NameKeyLayout['entries'][number] {
  const lineHeight = fontSize * LINE_HEIGHT;
  const y = (i: number) => round(entry.box.y + (i + 0.5) * lineHeight);
  const numberText = String(entry.number);
  return {
    itemId: entry.itemId,
    number: entry.number,
    numberLabel: {
      text: numberText,
      lines: [{ text: numberText, x: round(entry.numberX), y: y(0) }],
      textAnchor: 'end',
      fontSize,
      fontWeight: 'bold',
      box: {
        x: round(entry.box.x),
        y: round(entry.box.y),
        width: round(entry.numberX - entry.box.x),
        height: round(lineHeight),
      },
      rotate: 0,
      truncated: false,
    },
    label: {
      text: entry.text,
      lines: entry.lines.map((text, i) => ({ text, x: round(entry.textX), y: y(i) })),
      textAnchor: 'start',
      fontSize,
      fontWeight: 'normal',
      box: {
        x: round(entry.textX),
        y: round(entry.box.y),
        width: round(entry.textWidth),
        height: round(entry.box.height),
      },
      rotate: 0,
      truncated: entry.truncated,
    },
    box: {
      x: round(entry.box.x),
      y: round(entry.box.y),
      width: round(entry.box.width),
      height: round(entry.box.height),
    },
  };
}

/** The numbered key of `marks` (in reading order) that carry a number: laid out in its place, on fewer lines if it must. */
function keyLayout(parts: LayoutParts, marks: readonly MarkLayout[]): NameKeyLayout | null {
  const { key } = parts.naming;
  if (!key) return null;
  const labels = new Map(parts.placement.marks.map(({ item }) => [item.id, item.label]));
  const requests = marks
    .filter((mark) => mark.number !== null)
    .map((mark) => ({ itemId: mark.itemId, number: mark.number ?? 0, text: labels.get(mark.itemId) ?? '' }));
  const font = parts.options.font;
  const set = setKey(requests, key.rect, key.shape, font);
  // The key's box is what its entries take (its place may have been planned for more).
  const bottom = Math.max(key.rect.y, ...set.entries.map((entry) => entry.box.y + entry.box.height));
  return {
    box: {
      x: round(key.rect.x),
      y: round(key.rect.y),
      width: round(key.rect.width),
      height: round(bottom - key.rect.y),
    },
    entries: set.entries.map((entry) => keyEntryLayout(entry, font.size)),
  };
}

/**
 * The drawing's height: the one asked for; when the drawing grew to hold a key under the flower (`maxHeight`), just
 * what the key's entries take, never less than asked.
 */
function drawingHeight({ options, frame }: LayoutParts, key: NameKeyLayout | null): number {
  if (!key || frame.asked === frame.height) return options.height;
  const bottom = key.box.y + key.box.height;
  return Math.max(frame.asked, Math.min(frame.height, Math.ceil(bottom + options.padding)));
}

/** The heart's name: over its badge's disc when the heart has one and room for both, left out when it has no room. */
function heartLabel({ frame, options, placement }: LayoutParts, { cx, cy }: Centre): TextLabel | null {
  if (!placement.badges.some((badge) => badge.slot === null)) return toTextLabel(frame.heartLabel, cx, cy);
  const spot = heartSpots(frame, options.targetRadius);
  return spot ? toTextLabel(frame.heartLabel, cx, cy + spot.label) : null;
}

/**
 * The stages' results in drawing coordinates, rounded, in reading order: marks petal by petal, by angle from the
 * first petal's start then from the heart outwards (the keyboard's order, and the numbers' order), names in the same
 * order as their marks.
 */
export function layoutOutput(parts: LayoutParts): FlowerLayout {
  const { options, model, frame, placement, naming, petals } = parts;
  const { cx, cy } = frame;
  const label = (draft: Parameters<typeof toTextLabel>[0] | null) => (draft ? toTextLabel(draft, cx, cy) : null);
  const marks: MarkLayout[] = placement.marks.map(({ item, slot, region }) => {
    const owner = region.petal;
    return {
      itemId: item.id,
      x: round(cx + slot.x),
      y: round(cy + slot.y),
      r: options.markRadius,
      hitRadius: options.targetRadius,
      ownerPetalId: owner.model.id,
      colorIndex: owner.model.index,
      petalIds: model.petals.filter((petal) => item.petalIndices.includes(petal.index)).map((petal) => petal.id),
      factorIds: item.factorIds,
      factorId: region.factorId,
      kindIndex: item.kindIndex,
      crossing: item.petalIndices.length > 1,
      number: null,
    };
  });
  // Petal by petal: clockwise from where the first petal starts (its left edge when it points up), so a petal's
  // marks, then the gap after it, come together in the keyboard's order and the key's numbers.
  const start = petals[0]?.span.startAngle ?? 0;
  const readingAngle = (x: number, y: number) => unwrapAngle(angleOf(x, y, cx, cy), start);
  marks.sort(
    (a, b) =>
      readingAngle(a.x, a.y) - readingAngle(b.x, b.y) ||
      Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy),
  );
  let next = 1;
  for (const mark of marks) if (naming.numbered.has(mark.itemId)) mark.number = next++;
  const numbers: ItemNumberLayout[] = marks.flatMap((mark) =>
    mark.number === null
      ? []
      : [{ itemId: mark.itemId, number: mark.number, x: mark.x, y: mark.y, fontSize: NUMBER_FONT_SIZE }],
  );
  const order = new Map(marks.map((mark, i) => [mark.itemId, i]));
  const labels = naming.names
    .map((name) => toItemLabel(name, cx, cy, options.font.size))
    .sort((a, b) => (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0));
  const outline = petals.flatMap((petal) => petal.shape.outline);
  const xs = [...outline.map((p) => p.x), -frame.heartRadius, frame.heartRadius];
  const ys = [...outline.map((p) => p.y), -frame.heartRadius, frame.heartRadius];
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  const key = keyLayout(parts, marks);
  return {
    width: options.width,
    height: drawingHeight(parts, key),
    cx: round(cx),
    cy: round(cy),
    radius: round(frame.radius),
    zoomedPetal: options.petal,
    markRadius: options.markRadius,
    targetRadius: options.targetRadius,
    fontSize: options.font.size,
    heart: {
      r: round(frame.heartRadius),
      label: heartLabel(parts, { cx, cy }),
    },
    flowerBox: {
      x: round(cx + x0),
      y: round(cy + y0),
      width: round(Math.max(...xs) - x0),
      height: round(Math.max(...ys) - y0),
    },
    petals: petalLayouts(parts, { cx, cy }, label),
    marks,
    badges: placement.badges.map((badge) => badgeLayout(badge, parts, { cx, cy })),
    labels,
    numbers,
    key,
    hidden: model.hidden,
  };
}
