import { type Box, boxCorners, boxesHit } from '../boxes.js';
import type { Frame } from '../frame/fit-frame.js';
import type { NormalizedLayoutOptions } from '../options.js';
import type { PetalShape } from '../petal-shape.js';
import type { PetalRecord } from '../sectors/petal-sectors.js';
import type { AngleSpan } from '../sectors/shares.js';
import type { Font } from '../text-metrics.js';
import { type LabelDraft, type SectorLabelOptions, sectorLabel } from './sector-label.js';

/** Labels keep this much air around them. */
const LABEL_MARGIN = 3;
/** How far a petal's name may reach over its petal's outline when it fits whole no other way, tried in turn (pixels). */
const PETAL_NAME_OVERHANGS = [8, 16, 24];
/**
 * Below this tip radius (phones) factor names are left to the legend and the factor filter: inside a small petal
 * they would take the room of the marks themselves.
 */
const MIN_RADIUS_FOR_FACTOR_NAMES = 220;
/** Nor on a drawing narrower than this (a phone), even when a zoomed petal there is tall. */
const MIN_WIDTH_FOR_FACTOR_NAMES = 480;

/** The names inside the flower: each petal's near its tip, each factor's in its sector. */
export interface PetalTexts {
  petalLabels: (LabelDraft | null)[];
  /** Per petal, per factor (in the petal's factor order). */
  factorLabels: (LabelDraft | null)[][];
  /** Every box placed, the heart's included: marks keep clear of them. */
  boxes: Box[];
}

/**
 * Sets the petal and factor names inside the petals, before any mark (marks then keep clear of them): a petal's name
 * as near its tip as it fits, horizontal; a factor's as near the heart as it fits (horizontal, else along its
 * sector's radius), leaving the outer rows, nearest the names around the flower, to marks.
 */
export function petalTexts(petals: readonly PetalRecord[], frame: Frame, options: NormalizedLayoutOptions): PetalTexts {
  const boxes: Box[] = [frame.heartLabel.box];
  const reach = (box: Box) => Math.hypot(box.width, box.height) / 2;
  // Boxes whose circumscribed circles are apart cannot meet: most pairs are settled without the exact test.
  const near = (a: Box, b: Box) => Math.hypot(a.cx - b.cx, a.cy - b.cy) < reach(a) + reach(b) + LABEL_MARGIN;
  const blocked = (box: Box) => boxes.some((other) => near(box, other) && boxesHit(box, other, LABEL_MARGIN));
  const keep = (label: LabelDraft | null) => {
    if (label) boxes.push(label.box);
    return label;
  };
  const petalOptions = {
    minRadius: frame.heartRadius + 0.2 * (frame.radius - frame.heartRadius),
    margin: LABEL_MARGIN,
    blocked,
    allowRadial: false,
  };
  // A long petal name that does not fit whole at the petal size is set at the text size (still bold); on a small
  // flower it may then reach a little over its petal's outline (« environnementaux » is wider than the petal of a
  // phone) rather than be cut to a « Facteurs… » that every petal shares. It is cut only when even that fails.
  const smaller = { size: options.font.size, weight: 'bold' } as const;
  // Past its outline, a name must still be whole inside the drawing.
  const inDrawing = (box: Box) =>
    boxCorners(box).every(
      ({ x, y }) =>
        x + frame.cx >= LABEL_MARGIN &&
        x + frame.cx <= options.width - LABEL_MARGIN &&
        y + frame.cy >= LABEL_MARGIN &&
        y + frame.cy <= options.height - LABEL_MARGIN,
    );
  // Reaching over the outline, a name may also come nearer the heart (it is the last way it fits whole).
  const overhangs = PETAL_NAME_OVERHANGS.map((reach) => ({
    ...petalOptions,
    minRadius: frame.heartRadius + LABEL_MARGIN,
    margin: -reach,
    blocked: (box: Box) => !inDrawing(box) || blocked(box),
  }));
  const petalLabels = petals.map(({ model, shape, span }) => {
    const whole = (text: string, font: Font, placing: SectorLabelOptions) => {
      const label = sectorLabel(text, font, shape, span, placing);
      return label && !label.truncated ? label : null;
    };
    const wholeAtTextSize = (text: string) =>
      whole(text, smaller, petalOptions) ??
      overhangs.reduce<LabelDraft | null>((found, placing) => found ?? whole(text, smaller, placing), null);
    // The catalogue's short name (`shortLabel`) comes before a cut one; the legend and the petal's accessible name
    // keep the full name.
    return keep(
      whole(model.label, options.petalFont, petalOptions) ??
        wholeAtTextSize(model.label) ??
        (model.shortLabel ? wholeAtTextSize(model.shortLabel) : null) ??
        sectorLabel(model.label, smaller, shape, span, petalOptions),
    );
  });
  const roomy = frame.radius >= MIN_RADIUS_FOR_FACTOR_NAMES && options.width >= MIN_WIDTH_FOR_FACTOR_NAMES;
  const factorOptions = {
    minRadius: frame.heartRadius + LABEL_MARGIN,
    margin: LABEL_MARGIN,
    blocked,
    prefer: 'inner',
  } as const;
  const factorLabel = (text: string, shape: PetalShape, span: AngleSpan, petalSpan: AngleSpan) => {
    const own = sectorLabel(text, options.font, shape, span, factorOptions);
    if (own && !own.truncated) return own;
    // A narrow sector's name may reach over its dashed sides rather than be cut (marks keep clear of it anyway).
    const reach = (span.endAngle - span.startAngle) / 2;
    const wider = {
      startAngle: Math.max(petalSpan.startAngle, span.startAngle - reach),
      endAngle: Math.min(petalSpan.endAngle, span.endAngle + reach),
    };
    const whole = sectorLabel(text, options.font, shape, wider, factorOptions);
    return whole && !whole.truncated ? whole : own;
  };
  const factorLabels = petals.map(({ shape, sectors, span: petalSpan }) =>
    sectors.map(({ factor, span }) => (roomy ? keep(factorLabel(factor.label, shape, span, petalSpan)) : null)),
  );
  return { petalLabels, factorLabels, boxes };
}
