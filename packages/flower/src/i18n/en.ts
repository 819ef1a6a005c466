import { formatCount } from './format-count.js';
import { isolate } from 'fleur-pleine-sante-catalogue';
import type { DrawingMessages } from './messages.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const number = (n: number) => formatCount('en', n);

export const en: DrawingMessages = {
  heart: 'Full health',
  flowerRole: 'flower',
  loading: 'Loading the catalogue…',
  empty: 'Nothing to show: the catalogue has no offers yet.',
  noMatch: 'No offer matches these filters.',
  errorTitle: 'The catalogue could not be shown',
  errorKeptPrevious: 'The last valid version is still shown.',
  flowerLabel: (title) => `Full-health flower: ${isolate(title)}`,
  summary: (items, petals, names) =>
    `${number(items)} ${plural(items, 'offer, service or initiative', 'offers, services and initiatives')} across ${petals} families of factors: ${isolate(names)}.`,
  itemCount: (shown, total) => `${number(shown)} of ${number(total)} ${plural(total, 'offer', 'offers')}`,
  petalItemCount: (n) => `${number(n)} ${plural(n, 'offer', 'offers')}`,
  badgeLabel: (n, factor) => `${number(n)} offers for ${isolate(factor)} — open their list`,
  itemDescription: (kind, factors) => `${isolate(kind)} · ${isolate(factors)}`,
  keyboardHelp:
    'Left and right arrows: move around the flower. Up and down arrows: between a petal and its offers. Enter: details. Escape: close or go back.',
  tooltipHint: 'Click or Enter: details',
  detailsHint: 'Choose an offer in the flower to read its details: audiences, factors, key figures and links.',
  kind: 'Kind',
  audiences: 'Audiences',
  objectives: 'Objectives',
  zoomInto: (petal) => `Zoom into: ${isolate(petal)}`,
  zoomed: (petal) => `Zoomed into: ${isolate(petal)}`,
  unzoomed: 'Back to the whole flower',
  selectedAnnouncement: (title) => `Selected: ${isolate(title)}`,
  cleared: 'Selection cleared',
};
