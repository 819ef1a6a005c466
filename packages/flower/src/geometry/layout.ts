import type { Catalogue } from 'fleur-pleine-sante-catalogue';
import { fitFrame, type Frame, frameIn, type NameEstimate } from './frame/fit-frame.js';
import { LABEL_GUTTER, type NamingMode, numberedMarkRadius } from './frame/naming-plan.js';
import type { FlowerLayout } from './flower-layout.js';
import { footKey, nameMarks } from './labels/name-marks.js';
import { type KeyShape, keyFill, keyLineCounter, keyLists, type Rect } from './labels/name-key.js';
import { type Wrapping, wrapper } from './labels/name-lines.js';
import { petalTexts } from './labels/petal-texts.js';
import { type PlacedMark, placeMarks } from './marks/place-marks.js';
import { flowerModel, type FlowerModel, type ModelPetal } from './model/flower-model.js';
import { type LayoutOptions, type NormalizedLayoutOptions, normalizeLayoutOptions } from './options.js';
import { layoutOutput } from './output/layout-output.js';
import { drawnPetals, type PetalRecord, petalAngles, petalSectors, zoomSpan } from './sectors/petal-sectors.js';
import type { AngleSpan } from './sectors/shares.js';
import { textWidth } from './text-metrics.js';

/** Where each item's mark will roughly be, before the frame is known: the middle of its sector or gap. */
function nameEstimates(
  model: FlowerModel,
  unit: readonly PetalRecord[],
  options: NormalizedLayoutOptions,
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
    const petal = own.length === 1 ? unit.findIndex((record) => record.model.index === own[0]) : -1;
    return { text: item.label, width: textWidth(item.label, options.font), angle, petal };
  });
}

/** The frame for the drawn petals at `spans`, weighing the naming plans `mode` allows. */
function frameAt(
  model: FlowerModel,
  drawn: readonly ModelPetal[],
  spans: AngleSpan[],
  options: NormalizedLayoutOptions,
  mode: NamingMode = 'auto',
) {
  const unit = petalSectors(drawn, spans, { innerRadius: 0.2, waistRadius: 0.55, outerRadius: 1 });
  return { spans, frame: fitFrame(spans, nameEstimates(model, unit, options), options, mode) };
}

/**
 * The petals' angles and the frame. A zoomed petal in a landscape drawing points right, its names beside its tip;
 * when they fit better with it upright (names around it, or a larger petal), it stands upright.
 */
function framed(model: FlowerModel, drawn: readonly ModelPetal[], options: NormalizedLayoutOptions) {
  const pointingRight = drawn.length === 1 && options.width >= options.height;
  if (!pointingRight) return frameAt(model, drawn, petalAngles(drawn, options), options);
  const right = frameAt(model, drawn, [zoomSpan(Math.PI / 2)], options);
  if (right.frame.naming.mode !== 'key') return right;
  const upright = frameAt(model, drawn, [zoomSpan(0)], options);
  return upright.frame.naming.mode !== 'key' || upright.frame.radius > right.frame.radius ? upright : right;
}

/** How many times a ring may make room across the drawing's foot for the key of the names it left over. */
const FOOT_KEY_ATTEMPTS = 3;

/** With a key, marks grow to hold their numbers. */
function optionsFor(frame: Frame, options: NormalizedLayoutOptions, count: number): NormalizedLayoutOptions {
  if (frame.naming.mode !== 'key') return options;
  const { mark, target } = numberedMarkRadius(count, options);
  return { ...options, markRadius: mark, targetRadius: target };
}

/** Every stage after the frame: sectors, petal names, marks, and the marks' names. */
function drawWithin(
  model: FlowerModel,
  drawn: readonly ModelPetal[],
  spans: readonly AngleSpan[],
  frame: Frame,
  base: NormalizedLayoutOptions,
  wrap: (text: string) => Iterable<Wrapping>,
  reserved: { rect: Rect; shape: KeyShape } | null = null,
) {
  // The drawing's height is the frame's: a key under the flower may have grown it.
  const options = { ...optionsFor(frame, base, model.items.length), height: frame.height };
  const petals = petalSectors(drawn, spans, {
    innerRadius: frame.heartRadius,
    waistRadius: frame.waistRadius,
    outerRadius: frame.radius,
  });
  const texts = petalTexts(petals, frame, options);
  // A key lists as many marks as it holds, counted on the names of the marks drawn (often shorter than the
  // longest names the plan counted on); the rest join their regions' badges.
  const { naming: plan } = frame;
  let fits: ((marks: readonly PlacedMark[]) => boolean) | undefined;
  if (plan.mode === 'key') {
    const lineCount = keyLineCounter(plan.shape, options.font);
    fits = (marks) =>
      keyLists(
        marks.map(({ item }) => item.label),
        plan,
        options.font,
        lineCount,
      );
  }
  const placement = placeMarks(model.items, petals, frame, texts.boxes, options, fits);
  const naming = nameMarks(placement, petals, frame, texts, options, wrap, reserved);
  return { options, petals, texts, placement, naming };
}

/**
 * Lays out the flower for `catalogue` in a `width` × `height` drawing, as a pipeline of named stages over one record
 * per petal: options → model → petal angles → frame (and how items are named) → sectors → names inside petals →
 * marks (and badges) → the marks' names → output. Pure and deterministic: no DOM, no randomness, no clock — the same
 * input always gives the same (deep-equal) output, in Node as in browsers.
 *
 * Guarantees: targets (marks' and badges' hit circles) never overlap each other or any label; labels never overlap
 * each other; everything lies inside the drawing, which has exactly the size asked; every item appears exactly
 * once in `marks`, in one badge, or in `hidden`; every mark is named once — beside it, with a leader that crosses no
 * other leader and no petal its item does not act on, or by its number in the key.
 *
 * @example
 * const layout = layoutFlower(catalogue, { width: 1200, height: 800, locale: 'fr' });
 * layout.labels.map((label) => label.text);
 */
export function layoutFlower(catalogue: Catalogue, input: LayoutOptions): FlowerLayout {
  const base = normalizeLayoutOptions(catalogue, input);
  const model = flowerModel(catalogue, base);
  const drawn = drawnPetals(model, base);
  // Names are wrapped once per layout: the ring tries them in several widths.
  const wrap = wrapper(base.font);
  const first = framed(model, drawn, base);
  let chosen = filledKey(
    model,
    drawn,
    { ...first, stages: drawWithin(model, drawn, first.spans, first.frame, base, wrap) },
    base,
    wrap,
  );
  if ('spill' in chosen.stages.naming) chosen = afterSpill(model, drawn, chosen, base, wrap);
  else if (first.frame.naming.mode === 'key') chosen = namesWhereTheyFit(model, drawn, chosen, base, wrap);
  else if (chosen.stages.placement.marks.length < model.items.length) {
    // Names around the flower left it too small for its marks (items went into badges): numbers and a key may
    // leave it room for them all.
    const keyed = keyedAttempt(model, drawn, first.spans, base, wrap);
    if (shown(keyed) > shown(chosen)) chosen = keyed;
  }
  const { frame } = chosen;
  const { options, petals, texts, placement, naming } = chosen.stages;
  return layoutOutput({
    options,
    model,
    frame,
    petals,
    texts,
    placement,
    naming: 'spill' in naming ? { names: [], numbered: new Set(), key: null } : naming,
    wrap,
  });
}

type Attempt = { spans: AngleSpan[]; frame: Frame; stages: ReturnType<typeof drawWithin> };

/**
 * When the ring left names over and no spot holds their key, the better of two layouts: the names around a smaller
 * flower with their key across the drawing's foot (a taller key each time the smaller flower leaves more over), or
 * numbers and a key for every mark — whichever shows more: the items drawn as marks, and those named beside them.
 */
function afterSpill(
  model: FlowerModel,
  drawn: readonly ModelPetal[],
  attempt: Attempt,
  base: NormalizedLayoutOptions,
  wrap: (text: string) => Iterable<Wrapping>,
  keyedAlready?: Attempt,
): Attempt {
  let ring: Attempt = attempt;
  for (let tries = 0; tries < FOOT_KEY_ATTEMPTS && 'spill' in ring.stages.naming; tries++) {
    const foot = footKey(ring.stages.naming.spill, base);
    if (!foot) break;
    const above = { ...base, height: foot.rect.y - LABEL_GUTTER + base.padding };
    const next = frameAt(model, drawn, attempt.spans, above, 'ring');
    if (next.frame.naming.mode !== 'ring') break;
    const frame = { ...next.frame, height: base.height, asked: base.height };
    ring = { spans: next.spans, frame, stages: drawWithin(model, drawn, next.spans, frame, base, wrap, foot) };
  }
  // A ring that draws every item as a mark cannot lose to a key (the same marks, fewer names beside them).
  const everyItem = ring.stages.placement.marks.length === model.items.length;
  if (!('spill' in ring.stages.naming) && everyItem) return ring;
  const key = keyedAlready ?? keyedAttempt(model, drawn, attempt.spans, base, wrap);
  if ('spill' in ring.stages.naming) return key;
  return shown(ring) >= shown(key) ? ring : key;
}

/** What a layout shows: a mark drawn counts; a name read beside its mark, without looking up a number, half as much again. */
function shown(attempt: Attempt): number {
  const { naming, placement } = attempt.stages;
  return placement.marks.length + ('spill' in naming ? 0 : naming.names.length / 2);
}

/** The layout with numbers on every mark and a key for their names. */
function keyedAttempt(
  model: FlowerModel,
  drawn: readonly ModelPetal[],
  spans: AngleSpan[],
  base: NormalizedLayoutOptions,
  wrap: (text: string) => Iterable<Wrapping>,
): Attempt {
  const framed = frameAt(model, drawn, spans, base, 'key');
  return filledKey(
    model,
    drawn,
    { ...framed, stages: drawWithin(model, drawn, framed.spans, framed.frame, base, wrap) },
    base,
    wrap,
  );
}

/** Tries of the search for the flower's size that fills the key under it. */
const KEY_FILL_STEPS = 4;

/** How the key takes the names of the attempt's marks (see {@link keyFill}); no key has nothing to spare. */
function keyRoom(attempt: Attempt, font: NormalizedLayoutOptions['font']) {
  const { naming, placement } = attempt.stages;
  if ('spill' in naming || !naming.key) return { spare: 0, more: false };
  return keyFill(
    placement.marks.map(({ item }) => item.label),
    naming.key,
    font,
  );
}

/**
 * A drawing of the size asked whose key under the flower has room to spare (the plan counted on longer names, or on
 * more marks, than the flower holds) lends it to the flower: a taller flower holds more marks, a shorter key lists
 * fewer. The share lent is searched by halves — more while the key would still take another name, less once it
 * would not — and kept only where it draws more marks.
 */
function filledKey(
  model: FlowerModel,
  drawn: readonly ModelPetal[],
  attempt: Attempt,
  base: NormalizedLayoutOptions,
  wrap: (text: string) => Iterable<Wrapping>,
): Attempt {
  const { frame, spans } = attempt;
  const { naming, room } = frame;
  if (naming.mode !== 'key' || frame.height !== frame.asked || naming.rect.y < room.y + room.height) return attempt;
  let best = attempt;
  let low = 0;
  // A key that takes no more names is what limits the marks: lending it would cost some.
  const start = keyRoom(attempt, base.font);
  let high = start.more ? start.spare : 0;
  for (let step = 0; step < KEY_FILL_STEPS && high - low >= 1; step++) {
    const lent = (low + high) / 2;
    const rect = { ...naming.rect, y: naming.rect.y + lent, height: naming.rect.height - lent };
    const next = frameIn(spans, base, {
      naming: { ...naming, rect },
      room: { ...room, height: room.height + lent },
      height: frame.height,
    });
    const tried = { spans, frame: next, stages: drawWithin(model, drawn, spans, next, base, wrap) };
    if (tried.stages.placement.marks.length > best.stages.placement.marks.length) best = tried;
    if (keyRoom(tried, base.font).more) low = lent;
    else high = lent;
  }
  return best;
}

/**
 * Names are never all-or-nothing: when they do not all fit around the flower, the names that do go beside their
 * marks (the rest numbered in a key across the drawing's foot) wherever that draws as many marks as a key for every
 * mark.
 */
function namesWhereTheyFit(
  model: FlowerModel,
  drawn: readonly ModelPetal[],
  keyed: Attempt,
  base: NormalizedLayoutOptions,
  wrap: (text: string) => Iterable<Wrapping>,
): Attempt {
  // Frame first: drawing a plan that fell back to a key would be the keyed attempt again.
  const next = frameAt(model, drawn, keyed.spans, base, 'ring');
  if (next.frame.naming.mode !== 'ring') return keyed;
  const ring: Attempt = { ...next, stages: drawWithin(model, drawn, next.spans, next.frame, base, wrap) };
  const best = afterSpill(model, drawn, ring, base, wrap, keyed);
  // Names beside marks never cost a mark: an item in a count badge is an item the reader cannot see at a glance.
  return best.stages.placement.marks.length >= keyed.stages.placement.marks.length ? best : keyed;
}
