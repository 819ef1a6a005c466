import { formatCount } from './format-count.js';
import { isolate } from 'fleur-pleine-sante-catalogue';
import type { ReadingMessages } from './messages.js';

const number = (n: number) => formatCount('en', n);

/** English words of the parts loaded after the first flower (see ReadingMessages). */
export const enReading: ReadingMessages = {
  badgeListTitle: (n, factor) => `${number(n)} offers for ${isolate(factor)}`,
  close: 'Close',
  factors: 'Health factors',
  petals: 'Families of factors',
  figures: 'Key figures',
  links: 'Read more',
  source: 'Where the report says it',
  basedOn: 'Based on:',
  year: 'Year',
  region: 'Region',
  externalLink: '(external site)',
  breadcrumb: 'Breadcrumb',
  back: 'Whole flower',
  filters: 'Filters',
  search: 'Search',
  searchPlaceholder: 'Title, summary…',
  factor: 'Health factor',
  allFactors: 'All factors',
  resetFilters: 'Clear filters',
  viewFlower: 'Flower',
  viewTable: 'Table',
  crossingKey: 'Acts on several families',
  legend: 'Legend',
  sourceLine: (source) => `Source: ${source}`,
  tableCaption: (title) => `${isolate(title)}: offers by family and health factor`,
  tableItem: 'Offer, service or initiative',
  tableFactor: 'Factor',
  exportSvg: 'Export as SVG',
  exportPng: 'Export as PNG',
  exportBlocked:
    'PNG export is blocked by this page’s security policy (it needs “img-src data:”); SVG export still works.',
  exportFailed: 'The browser could not create the PNG image; try the SVG export.',
};
