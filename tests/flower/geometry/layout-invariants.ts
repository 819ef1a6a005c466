import type { Catalogue } from 'fleur-pleine-sante-catalogue';
import type { FlowerLayout, TextLabel } from 'fleur-pleine-sante/geometry.js';

/*
 * An oracle for layout promises that shares no code with the library: its own polygons, its own separating-axis
 * test, its own distances. The library placing things apart by construction and this file checking the result are
 * two independent ways of saying the same thing.
 */

/** Rounding positions to 2 decimals may cost this much on a distance. */
const EPSILON = 0.03;

type Point = readonly [number, number];

/** The label's four corners, turned by its rotation about its box's centre. */
function corners(label: TextLabel): Point[] {
  const { x, y, width, height } = label.box;
  const cx = x + width / 2;
  const cy = y + height / 2;
  const a = (label.rotate * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  return [
    [x, y],
    [x + width, y],
    [x + width, y + height],
    [x, y + height],
  ].map(([px = 0, py = 0]) => [cx + (px - cx) * cos - (py - cy) * sin, cy + (px - cx) * sin + (py - cy) * cos]);
}

function axes(polygon: readonly Point[]): Point[] {
  return polygon.map((p, i) => {
    const q = polygon[(i + 1) % polygon.length] ?? p;
    const length = Math.hypot(q[0] - p[0], q[1] - p[1]) || 1;
    return [-(q[1] - p[1]) / length, (q[0] - p[0]) / length];
  });
}

/** Whether two convex polygons overlap by more than EPSILON (separating-axis theorem). */
function polygonsOverlap(a: readonly Point[], b: readonly Point[]): boolean {
  for (const [ax, ay] of [...axes(a), ...axes(b)]) {
    const project = (poly: readonly Point[]) => poly.map(([x, y]) => x * ax + y * ay);
    const pa = project(a);
    const pb = project(b);
    if (Math.max(...pa) <= Math.min(...pb) + EPSILON || Math.max(...pb) <= Math.min(...pa) + EPSILON) return false;
  }
  return true;
}

/** Distance from a point to a convex polygon (0 inside). */
function distanceToPolygon(x: number, y: number, polygon: readonly Point[]): number {
  let inside = true;
  let nearest = Number.POSITIVE_INFINITY;
  polygon.forEach((p, i) => {
    const q = polygon[(i + 1) % polygon.length] ?? p;
    const dx = q[0] - p[0];
    const dy = q[1] - p[1];
    if (dx * (y - p[1]) - dy * (x - p[0]) < 0) inside = false;
    const t = Math.max(0, Math.min(1, ((x - p[0]) * dx + (y - p[1]) * dy) / (dx * dx + dy * dy || 1)));
    nearest = Math.min(nearest, Math.hypot(x - p[0] - t * dx, y - p[1] - t * dy));
  });
  return inside ? 0 : nearest;
}

/** Every label the layout sets — heart, petals, factors and item names — each named for messages. */
export function labelsOf(layout: FlowerLayout): { name: string; label: TextLabel }[] {
  const labels: { name: string; label: TextLabel }[] = [];
  if (layout.heart.label) labels.push({ name: `heart ${layout.heart.label.text}`, label: layout.heart.label });
  for (const petal of layout.petals) {
    if (petal.label) labels.push({ name: `petal ${petal.id}`, label: petal.label });
    for (const factor of petal.factors)
      if (factor.label) labels.push({ name: `factor ${factor.id}`, label: factor.label });
  }
  for (const label of layout.labels) labels.push({ name: `name ${label.itemId}`, label });
  for (const entry of layout.key?.entries ?? []) {
    labels.push({ name: `key number ${entry.itemId}`, label: entry.numberLabel });
    labels.push({ name: `key name ${entry.itemId}`, label: entry.label });
  }
  return labels;
}

/** Every target: a circle a pointer or finger can hit (marks and badges), named for messages. */
export function targetsOf(layout: FlowerLayout): { name: string; x: number; y: number; r: number }[] {
  return [
    ...layout.marks.map((m) => ({ name: `mark ${m.itemId}`, x: m.x, y: m.y, r: m.hitRadius })),
    ...layout.badges.map((b) => ({ name: `badge ${b.id}`, x: b.x, y: b.y, r: b.hitRadius })),
  ];
}

/** Targets smaller than 24 × 24 px, and pairs of targets that overlap. */
export function targetProblems(layout: FlowerLayout): string[] {
  const targets = targetsOf(layout).sort((a, b) => a.x - b.x);
  const found = targets.filter((t) => t.r < 12 - EPSILON).map((t) => `${t.name} is smaller than 24 px`);
  const reach = 2 * Math.max(0, ...targets.map((t) => t.r));
  targets.forEach((a, i) => {
    for (let j = i + 1; j < targets.length; j++) {
      const b = targets[j];
      if (!b || b.x - a.x > reach) break;
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r - EPSILON) found.push(`${a.name} × ${b.name}`);
    }
  });
  return found;
}

/** Labels that overlap another label or a target. */
export function labelCollisions(layout: FlowerLayout): string[] {
  const labels = labelsOf(layout).map((entry) => ({ ...entry, polygon: corners(entry.label) }));
  const targets = targetsOf(layout);
  const found: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (polygonsOverlap(a.polygon, b.polygon)) found.push(`${a.name} × ${b.name}`);
    for (const t of targets)
      if (distanceToPolygon(t.x, t.y, a.polygon) < t.r - EPSILON) found.push(`${a.name} × ${t.name}`);
  });
  return found;
}

/** Whether a point lies outside `layout`'s drawing (beyond rounding). */
const outsideOf =
  ({ width, height }: FlowerLayout) =>
  ([x, y]: Point): boolean =>
    x < -EPSILON || y < -EPSILON || x > width + EPSILON || y > height + EPSILON;

/** The key's box, when it sticks out of the drawing. */
function keyOutOfBounds(layout: FlowerLayout): string[] {
  if (!layout.key) return [];
  const outside = outsideOf(layout);
  const { x, y, width: w, height: h } = layout.key.box;
  return outside([x, y]) || outside([x + w, y + h]) ? ['key'] : [];
}

/** Targets, labels, leaders, the key and the petals that stick out of the drawing. */
export function outOfBounds(layout: FlowerLayout): string[] {
  const outside = outsideOf(layout);
  const found: string[] = [];
  for (const t of targetsOf(layout))
    if (outside([t.x - t.r, t.y - t.r]) || outside([t.x + t.r, t.y + t.r])) found.push(t.name);
  for (const { name, label } of labelsOf(layout)) if (corners(label).some(outside)) found.push(name);
  for (const label of layout.labels)
    if (label.leader.some((p) => outside([p.x, p.y]))) found.push(`leader ${label.itemId}`);
  for (const petal of layout.petals)
    if (petal.factors.some((factor) => polygonOf(factor.path).some(outside))) found.push(`petal ${petal.id}`);
  return [...found, ...keyOutOfBounds(layout)];
}

/** Items missing from the layout or present more than once (as a mark, in a badge, or hidden). */
export function unaccountedItems(layout: FlowerLayout, catalogue: Catalogue): string[] {
  const seen = [
    ...layout.marks.map((m) => m.itemId),
    ...layout.badges.flatMap((b) => b.itemIds),
    ...layout.hidden.map((h) => h.itemId),
  ];
  const counts = new Map<string, number>();
  for (const id of seen) counts.set(id, (counts.get(id) ?? 0) + 1);
  const wrong = catalogue.items.filter((item) => counts.get(item.id) !== 1).map((item) => item.id);
  return seen.length === catalogue.items.length
    ? wrong
    : [...wrong, `${seen.length} entries for ${catalogue.items.length} items`];
}

/**
 * Every mark is named exactly once: beside it (a label with a leader) or in the key (an entry whose number is the
 * number on the mark). Numbers run 1, 2, 3… in the marks' order, the key lists them in that order, and every name
 * has 1 to 3 lines of text.
 */
export function namingProblems(layout: FlowerLayout): string[] {
  const beside = layout.labels.map((label) => label.itemId);
  const keyed = (layout.key?.entries ?? []).map((entry) => entry.itemId);
  const named = [...beside, ...keyed];
  const problems = layout.marks
    .filter((mark) => !named.includes(mark.itemId))
    .map((mark) => `${mark.itemId} has no name`);
  if (new Set(named).size !== named.length) problems.push('an item is named twice');
  const markIds = new Set(layout.marks.map((mark) => mark.itemId));
  for (const id of named) if (!markIds.has(id)) problems.push(`${id} is named but has no mark`);
  const numbered = layout.marks.filter((mark) => !beside.includes(mark.itemId));
  numbered.forEach((mark, i) => {
    const number = layout.numbers.find((candidate) => candidate.itemId === mark.itemId);
    if (number?.number !== i + 1) problems.push(`${mark.itemId} should carry number ${i + 1}, has ${number?.number}`);
    if (number && Math.hypot(number.x - mark.x, number.y - mark.y) > EPSILON)
      problems.push(`${mark.itemId}'s number is off its mark`);
    const entry = layout.key?.entries[i];
    if (entry?.itemId !== mark.itemId || entry.number !== i + 1 || entry.numberLabel.text !== String(i + 1))
      problems.push(`key entry ${i + 1} should be ${mark.itemId}`);
  });
  if (layout.numbers.length !== numbered.length)
    problems.push(`${layout.numbers.length} numbers for ${numbered.length} marks`);
  for (const label of [
    ...layout.labels,
    ...(layout.key?.entries ?? []).map((entry) => ({ ...entry.label, itemId: entry.itemId })),
  ])
    if (label.lines.length === 0 || label.lines.length > 3 || label.lines.some((line) => line.text.trim() === ''))
      problems.push(`${label.itemId}: ${label.lines.length} lines`);
  return problems;
}

/** Whether segments p1–p2 and p3–p4 meet (cross, touch or overlap): orientation tests, as in any geometry book. */
function segmentsMeet(p1: Point, p2: Point, p3: Point, p4: Point): boolean {
  const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const d1 = cross(p3, p4, p1);
  const d2 = cross(p3, p4, p2);
  const d3 = cross(p1, p2, p3);
  const d4 = cross(p1, p2, p4);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  const within = (a: Point, b: Point, p: Point) =>
    Math.min(a[0], b[0]) - EPSILON <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) + EPSILON &&
    Math.min(a[1], b[1]) - EPSILON <= p[1] &&
    p[1] <= Math.max(a[1], b[1]) + EPSILON;
  return (
    (Math.abs(d1) < EPSILON && within(p3, p4, p1)) ||
    (Math.abs(d2) < EPSILON && within(p3, p4, p2)) ||
    (Math.abs(d3) < EPSILON && within(p1, p2, p3)) ||
    (Math.abs(d4) < EPSILON && within(p1, p2, p4))
  );
}

function legsOf(leader: readonly { x: number; y: number }[]): [Point, Point][] {
  const legs: [Point, Point][] = [];
  for (let i = 1; i < leader.length; i++) {
    const a = leader[i - 1];
    const b = leader[i];
    if (a && b)
      legs.push([
        [a.x, a.y],
        [b.x, b.y],
      ]);
  }
  return legs;
}

/** Pairs of leaders that cross, touch or overlap. */
export function leaderCrossings(layout: FlowerLayout): string[] {
  const leaders = layout.labels.map((label) => ({ id: label.itemId, legs: legsOf(label.leader) }));
  const found: string[] = [];
  leaders.forEach((a, i) => {
    for (const b of leaders.slice(i + 1))
      if (a.legs.some(([p, q]) => b.legs.some(([r, s]) => segmentsMeet(p, q, r, s)))) found.push(`${a.id} × ${b.id}`);
  });
  return found;
}

/**
 * Leaders that pass through a petal their item does not act on (as the reader sees the petals: their factor
 * sectors' polygons), sampled every pixel.
 */
export function leadersThroughForeignPetals(layout: FlowerLayout): string[] {
  const sectors = new Map(layout.petals.map((petal) => [petal.id, petal.factors.map((f) => polygonOf(f.path))]));
  const owners = new Map(layout.marks.map((mark) => [mark.itemId, mark.petalIds]));
  const found: string[] = [];
  for (const label of layout.labels) {
    const own = owners.get(label.itemId) ?? [];
    const foreign = [...sectors].filter(([id]) => !own.includes(id)).flatMap(([, polygons]) => polygons);
    const hit = legsOf(label.leader).some(([p, q]) => {
      const steps = Math.max(1, Math.ceil(Math.hypot(q[0] - p[0], q[1] - p[1])));
      for (let k = 0; k <= steps; k++) {
        const x = p[0] + ((q[0] - p[0]) * k) / steps;
        const y = p[1] + ((q[1] - p[1]) * k) / steps;
        if (foreign.some((polygon) => insidePolygon(x, y, polygon))) return true;
      }
      return false;
    });
    if (hit) found.push(label.itemId);
  }
  return found;
}

/** The key overlapping a petal, the heart or a target. */
export function keyProblems(layout: FlowerLayout): string[] {
  if (!layout.key) return [];
  const { x, y, width, height } = layout.key.box;
  const found: string[] = [];
  const samples: Point[] = [];
  for (let i = 0; i <= 20; i++)
    for (let j = 0; j <= 20; j++) samples.push([x + (width * i) / 20, y + (height * j) / 20]);
  for (const petal of layout.petals)
    if (samples.some(([px, py]) => petal.factors.some((f) => insidePolygon(px, py, polygonOf(f.path)))))
      found.push(`key × petal ${petal.id}`);
  if (
    Math.hypot(Math.max(x - layout.cx, 0, layout.cx - x - width), Math.max(y - layout.cy, 0, layout.cy - y - height)) <
    layout.heart.r - EPSILON
  )
    found.push('key × heart');
  for (const t of targetsOf(layout)) {
    const dx = Math.max(x - t.x, 0, t.x - x - width);
    const dy = Math.max(y - t.y, 0, t.y - y - height);
    if (Math.hypot(dx, dy) < t.r - EPSILON) found.push(`key × ${t.name}`);
  }
  return found;
}

/** The median length of the leaders, in pixels (0 without leaders). */
export function medianLeaderLength(layout: FlowerLayout): number {
  const lengths = layout.labels
    .map((label) => legsOf(label.leader).reduce((sum, [p, q]) => sum + Math.hypot(q[0] - p[0], q[1] - p[1]), 0))
    .sort((a, b) => a - b);
  if (lengths.length === 0) return 0;
  const middle = lengths.length >> 1;
  return lengths.length % 2 ? (lengths[middle] ?? 0) : ((lengths[middle - 1] ?? 0) + (lengths[middle] ?? 0)) / 2;
}

/** The vertices of an SVG path made of M, L and Z commands (a sector's polygon). */
function polygonOf(path: string): Point[] {
  const numbers = (path.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
  const points: Point[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i] ?? 0, numbers[i + 1] ?? 0]);
  return points;
}

/** Whether (x, y) is inside `polygon` (even–odd rule). */
function insidePolygon(x: number, y: number, polygon: readonly Point[]): boolean {
  let inside = false;
  polygon.forEach((p, i) => {
    const q = polygon[(i + polygon.length - 1) % polygon.length] ?? p;
    if (p[1] > y !== q[1] > y && x < ((q[0] - p[0]) * (y - p[1])) / (q[1] - p[1]) + p[0]) inside = !inside;
  });
  return inside;
}

/**
 * Marks of items acting on one petal that are not drawn inside that petal's sectors (as the reader sees the SVG
 * paths), and marks of items acting on several petals drawn inside a petal instead of between petals.
 */
export function placementProblems(layout: FlowerLayout): string[] {
  const sectors = new Map(layout.petals.map((petal) => [petal.id, petal.factors.map((f) => polygonOf(f.path))]));
  const all = [...sectors.values()].flat();
  const problems: string[] = [];
  for (const mark of layout.marks) {
    const own = sectors.get(mark.ownerPetalId) ?? [];
    // A mark on the line between two of its petal's sectors is in its petal (a point on an edge is neither in nor out).
    const inOwn = own.some(
      (polygon) => insidePolygon(mark.x, mark.y, polygon) || distanceToPolygon(mark.x, mark.y, polygon) < EPSILON,
    );
    if (mark.factorId !== null && !inOwn) problems.push(`${mark.itemId} is outside its petal ${mark.ownerPetalId}`);
    if (mark.factorId === null && all.some((polygon) => insidePolygon(mark.x, mark.y, polygon)))
      problems.push(`${mark.itemId} acts on several petals but sits inside one`);
  }
  return problems;
}
