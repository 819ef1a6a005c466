import { formatCount } from './format-count.js';
import { isolate } from 'fleur-pleine-sante-catalogue';
import type { ReadingMessages } from './messages.js';

const number = (n: number) => formatCount('fr', n);

/** French words of the parts loaded after the first flower (see ReadingMessages). */
export const frReading: ReadingMessages = {
  badgeListTitle: (n, factor) => `${number(n)} offres pour ${isolate(factor)}`,
  close: 'Fermer',
  factors: 'Facteurs de santé',
  petals: 'Familles de facteurs',
  figures: 'Chiffres clés',
  links: 'En savoir plus',
  source: 'Source dans le rapport',
  basedOn: 'D’après :',
  year: 'Année',
  region: 'Région',
  externalLink: '(site externe)',
  breadcrumb: 'Fil d’Ariane',
  back: 'Toute la fleur',
  filters: 'Filtres',
  search: 'Rechercher',
  searchPlaceholder: 'Titre, résumé…',
  factor: 'Facteur de santé',
  allFactors: 'Tous les facteurs',
  resetFilters: 'Effacer les filtres',
  viewFlower: 'Fleur',
  viewTable: 'Tableau',
  crossingKey: 'Agit sur plusieurs familles',
  legend: 'Légende',
  // A narrow no-break space before the colon, as French typography sets it.
  sourceLine: (source) => `Source\u202f: ${source}`,
  tableCaption: (title) => `${isolate(title)} : offres par famille et facteur de santé`,
  tableItem: 'Offre, service ou initiative',
  tableFactor: 'Facteur',
  exportSvg: 'Exporter en SVG',
  exportPng: 'Exporter en PNG',
  exportBlocked:
    'L’export PNG est bloqué par la politique de sécurité de cette page (il faut « img-src data: ») ; l’export SVG reste possible.',
  exportFailed: 'Le navigateur n’a pas pu créer l’image PNG ; essayez l’export SVG.',
};
