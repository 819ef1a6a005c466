// The bare-d3 page of `npm run bench`: when the catalogue arrives, d3 draws it; the stopwatch runs from the
// catalogue's arrival to the first frame that paints a dot.
import type { Catalogue } from 'fleur-pleine-sante-catalogue';
// @ts-expect-error: a plain script shared with the element's page, served as is.
import { firstMarkPainted } from './first-mark.js';
import { drawWithD3 } from './reference.js';

const data = (await (window as unknown as { catalogueArrival: Promise<Catalogue> }).catalogueArrival) as Catalogue;
const host = document.querySelector('#flower');
if (!host) throw new Error('no #flower');
const started = performance.now();
const painted: Promise<number> = firstMarkPainted(() => host.querySelector('circle'));
drawWithD3(host, data);
(window as unknown as { benchResult: unknown }).benchResult = { ms: (await painted) - started };
