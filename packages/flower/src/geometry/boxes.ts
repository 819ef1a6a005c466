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
