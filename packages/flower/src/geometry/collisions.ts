import { type Bounds, pointsBounds } from './bounds.js';
import type { Point } from './polar.js';

/** A circle: a mark or a badge. */
export interface Circle {
  x: number;
  y: number;
  r: number;
}

/**
 * A rectangle turned by `angle` radians (clockwise on screen, as SVG `rotate()`) about its centre: a label's box.
 * Horizontal labels have `angle` 0.
 */
export interface Box {
  cx: number;
  cy: number;
  width: number;
  height: number;
  angle: number;
}

/** The four corners of `box`, clockwise from its (unrotated) top-left. */
export function boxCorners(box: Box): Point[] {
  const cos = Math.cos(box.angle);
  const sin = Math.sin(box.angle);
  const hw = box.width / 2;
  const hh = box.height / 2;
  return [
    [-hw, -hh],
    [hw, -hh],
    [hw, hh],
    [-hw, hh],
  ].map(([u = 0, v = 0]) => ({ x: box.cx + u * cos - v * sin, y: box.cy + u * sin + v * cos }));
}

/** Axis-aligned bounds of `box` (after rotation). */
export function boxBounds(box: Box): Bounds {
  return pointsBounds(boxCorners(box));
}

/** Distance from `p` to `box` (0 inside it). */
export function pointBoxDistance(p: Point, box: Box): number {
  return pointBoxDistanceAt(p.x, p.y, box);
}

function pointBoxDistanceAt(x: number, y: number, box: Box): number {
  const cos = Math.cos(box.angle);
  const sin = Math.sin(box.angle);
  const dx = x - box.cx;
  const dy = y - box.cy;
  // Coordinates of the point in the box's own frame.
  const u = Math.abs(dx * cos + dy * sin) - box.width / 2;
  const v = Math.abs(-dx * sin + dy * cos) - box.height / 2;
  return Math.hypot(Math.max(u, 0), Math.max(v, 0));
}

/** Whether `circle` comes closer than `gap` to `box`. */
export function circleHitsBox(circle: Circle, box: Box, gap = 0): boolean {
  return pointBoxDistance(circle, box) < circle.r + gap;
}

/** Whether two circles come closer than `gap`. */
export function circlesHit(a: Circle, b: Circle, gap = 0): boolean {
  const reach = a.r + b.r + gap;
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  return dx * dx + dy * dy < reach * reach;
}

function project(corners: readonly Point[], ax: number, ay: number): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const p of corners) {
    const d = p.x * ax + p.y * ay;
    min = Math.min(min, d);
    max = Math.max(max, d);
  }
  return [min, max];
}

/** Whether two boxes come closer than `gap` (separating-axis test on both boxes' axes). */
export function boxesHit(a: Box, b: Box, gap = 0): boolean {
  const ca = boxCorners(a);
  const cb = boxCorners(b);
  for (const angle of [a.angle, a.angle + Math.PI / 2, b.angle, b.angle + Math.PI / 2]) {
    const ax = Math.cos(angle);
    const ay = Math.sin(angle);
    const [minA, maxA] = project(ca, ax, ay);
    const [minB, maxB] = project(cb, ax, ay);
    if (maxA + gap <= minB || maxB + gap <= minA) return false;
  }
  return true;
}

/**
 * Everything placed so far — label boxes and mark/badge circles — answering "is this spot free?". Both live in a
 * uniform grid hash (a box in every cell its bounds touch), so checking thousands of candidate slots stays linear.
 */
export class CollisionIndex {
  private readonly circles = new Map<number, Circle[]>();
  private readonly boxes = new Map<number, Box[]>();
  private readonly allBoxes: Box[] = [];
  /** Circles much larger than a cell (the heart) are few and checked one by one, so they do not widen every query. */
  private readonly large: Circle[] = [];
  private readonly cell: number;
  private maxRadius = 0;

  /** `cellSize` should be about a mark's diameter. */
  constructor(cellSize: number) {
    this.cell = Math.max(4, cellSize);
  }

  private key(ix: number, iy: number): number {
    return (ix + 4096) * 8192 + (iy + 4096);
  }

  /** Whether `visit` answers true for a cell touched by the bounds `x0`–`x1`, `y0`–`y1` grown by `grow`. */
  private someCell({ x0, y0, x1, y1 }: Bounds, grow: number, visit: (key: number) => boolean | undefined): boolean {
    const cell = this.cell;
    for (let ix = Math.floor((x0 - grow) / cell); ix <= Math.floor((x1 + grow) / cell); ix++) {
      for (let iy = Math.floor((y0 - grow) / cell); iy <= Math.floor((y1 + grow) / cell); iy++) {
        if (visit(this.key(ix, iy))) return true;
      }
    }
    return false;
  }

  /** An independent copy, so a placement attempt can be thrown away. */
  clone(): CollisionIndex {
    const copy = new CollisionIndex(this.cell);
    for (const [key, list] of this.circles) copy.circles.set(key, [...list]);
    for (const [key, list] of this.boxes) copy.boxes.set(key, [...list]);
    copy.allBoxes.push(...this.allBoxes);
    copy.large.push(...this.large);
    copy.maxRadius = this.maxRadius;
    return copy;
  }

  addCircle(circle: Circle): void {
    if (circle.r > this.cell) {
      this.large.push(circle);
      return;
    }
    const key = this.key(Math.floor(circle.x / this.cell), Math.floor(circle.y / this.cell));
    const list = this.circles.get(key);
    if (list) list.push(circle);
    else this.circles.set(key, [circle]);
    this.maxRadius = Math.max(this.maxRadius, circle.r);
  }

  addBox(box: Box): void {
    this.allBoxes.push(box);
    this.someCell(boxBounds(box), 0, (key) => {
      const list = this.boxes.get(key);
      if (list) list.push(box);
      else this.boxes.set(key, [box]);
      return false;
    });
  }

  /** Whether `circle` comes closer than `gap` to anything in the index. */
  hitsCircle(circle: Circle, gap: number): boolean {
    return this.hitsCircleAt(circle.x, circle.y, circle.r, gap);
  }

  /** {@link hitsCircle} without allocating a circle: it runs for every candidate slot. */
  hitsCircleAt(x: number, y: number, r: number, gap: number): boolean {
    const near = (other: Circle) => {
      const reach = r + other.r + gap;
      const dx = x - other.x;
      const dy = y - other.y;
      return dx * dx + dy * dy < reach * reach;
    };
    if (this.large.some(near)) return true;
    return this.someCell(
      { x0: x, y0: y, x1: x, y1: y },
      r + this.maxRadius + gap,
      (key) =>
        this.circles.get(key)?.some(near) ||
        this.boxes.get(key)?.some((box) => pointBoxDistanceAt(x, y, box) < r + gap),
    );
  }

  /** Whether `box` comes closer than `gap` to anything in the index. */
  hitsBox(box: Box, gap: number): boolean {
    if (this.allBoxes.some((other) => boxesHit(box, other, gap))) return true;
    if (this.large.some((circle) => circleHitsBox(circle, box, gap))) return true;
    return this.someCell(boxBounds(box), this.maxRadius + gap, (key) =>
      this.circles.get(key)?.some((circle) => circleHitsBox(circle, box, gap)),
    );
  }
}
