import { type Point, pointRadial } from '../polar.js';

/** A place for one target, relative to the flower's centre. */
export interface Slot extends Point {
  angle: number;
  radius: number;
}

/** A region of the flower where targets may go: an angular span and a radial range, with a finer test for each spot. */
export interface SlotRegion {
  startAngle: number;
  endAngle: number;
  minRadius: number;
  maxRadius: number;
  /** Whether a target circle of the grid's `clearance` centred at `slot` lies wholly in the region. */
  accepts(slot: Slot): boolean;
}

/**
 * A polar grid of slots in `region`, like a radial form of Observable Plot's dodge: rows `step` apart from the outer
 * edge inwards, and along each row slots `step` apart (as chords), centred in the row's span. Every slot keeps
 * `clearance` from the span's radial sides. Any two slots are at least `step` apart, and slots of two regions that
 * share a radial side are at least 2 × `clearance` apart — so targets of radius ≤ `clearance` never overlap.
 * Rows come outer first; each row clockwise.
 */
export function polarSlots(region: SlotRegion, step: number, clearance: number): Slot[] {
  const slots: Slot[] = [];
  const { startAngle, endAngle } = region;
  for (let radius = region.maxRadius - clearance; radius >= region.minRadius + clearance - 1e-9; radius -= step) {
    if (radius <= clearance) break;
    const side = Math.asin(Math.min(1, clearance / radius));
    const from = startAngle + side;
    const to = endAngle - side;
    if (to < from - 1e-9) continue;
    const spacing = 2 * Math.asin(Math.min(1, step / (2 * radius)));
    const count = Math.floor((to - from) / spacing + 1e-9) + 1;
    const first = (from + to) / 2 - ((count - 1) * spacing) / 2;
    for (let k = 0; k < count; k++) {
      const angle = first + k * spacing;
      const slot = { ...pointRadial(angle, radius), angle, radius };
      if (region.accepts(slot)) slots.push(slot);
    }
  }
  return slots;
}
