import type { Catalogue } from 'fleur-pleine-sante-catalogue';
import { select } from 'd3-selection';
import { curveCatmullRomClosed, line } from 'd3-shape';

/*
 * The baseline of `npm run bench`: what a bare d3 page does to draw the same picture — the petals as smooth closed
 * curves and one dot per item near its petal — with d3-selection joins and d3-shape paths. No validation, no names,
 * no accessibility: the floor an element doing all of that is compared with.
 */

/** The drawing's size: the 640 × 640 flower of an offer page, as the element's bench page draws it. */
const WIDTH = 640;
const HEIGHT = 640;
const petalOutline = line<[number, number]>().curve(curveCatmullRomClosed);

/** A petal around `mid` spanning `span` radians, from radius `inner` to `outer`, as outline points. */
function petalPoints(mid: number, span: number, inner: number, outer: number): [number, number][] {
  const points: [number, number][] = [];
  for (let k = 0; k <= 24; k++) {
    const u = -1 + k / 12;
    const r = inner + (outer - inner) * Math.sqrt(Math.max(0, 1 - u * u * 0.6));
    const a = mid + (u * span) / 2;
    points.push([WIDTH / 2 + r * Math.sin(a), HEIGHT / 2 - r * Math.cos(a)]);
  }
  return points;
}

/** Draws `catalogue` into `host` (replacing what was there) with d3 alone. */
export function drawWithD3(host: Element, catalogue: Catalogue): void {
  const n = catalogue.petals.length;
  const span = (2 * Math.PI) / n;
  const petalIndex = new Map(catalogue.petals.map((petal, i) => [petal.id, i]));
  const factorPetal = new Map(catalogue.factors.map((factor) => [factor.id, petalIndex.get(factor.petal) ?? 0]));
  const svg = select(host)
    .selectAll('svg')
    .data([null])
    .join('svg')
    .attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`)
    .attr('width', WIDTH)
    .attr('height', HEIGHT);
  svg
    .selectAll('path')
    .data(catalogue.petals)
    .join('path')
    .attr('d', (_, i) => petalOutline(petalPoints(i * span, span * 0.9, 40, 300)))
    .attr('fill', (petal) => petal.color ?? '#b7791f')
    .attr('fill-opacity', 0.2);
  const counts = new Array<number>(n).fill(0);
  const dots = catalogue.items.map((item) => {
    const petal = factorPetal.get(item.factors[0] ?? '') ?? 0;
    const k = counts[petal] ?? 0;
    counts[petal] = k + 1;
    const a = petal * span + ((k % 9) - 4) * (span / 10);
    const r = 60 + 20 * Math.floor(k / 9);
    return { id: item.id, x: WIDTH / 2 + r * Math.sin(a), y: HEIGHT / 2 - r * Math.cos(a) };
  });
  svg
    .selectAll('circle')
    .data(dots, (d) => (d as { id: string }).id)
    .join('circle')
    .attr('cx', (d) => d.x)
    .attr('cy', (d) => d.y)
    .attr('r', 9);
}
