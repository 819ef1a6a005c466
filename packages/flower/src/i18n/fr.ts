import { formatCount } from './format-count.js';
import { isolate } from 'fleur-pleine-sante-catalogue';
import type { DrawingMessages } from './messages.js';

const plural = (n: number, one: string, many: string) => (n <= 1 ? one : many);
const number = (n: number) => formatCount('fr', n);

export const fr: DrawingMessages = {
  heart: 'La pleine santé',
  flowerRole: 'fleur',
  loading: 'Chargement du catalogue…',
  empty: 'Rien à afficher : le catalogue ne contient encore aucune offre.',
  noMatch: 'Aucune offre ne correspond à ces filtres.',
  errorTitle: 'Le catalogue n’a pas pu être affiché',
  errorKeptPrevious: 'La dernière version valide reste affichée.',
  flowerLabel: (title) => `Fleur de la pleine santé : ${isolate(title)}`,
  summary: (items, petals, names) =>
    `${number(items)} ${plural(items, 'offre, service ou initiative', 'offres, services et initiatives')} sur ${petals} familles de facteurs : ${isolate(names)}.`,
  itemCount: (shown, total) => `${number(shown)} ${plural(shown, 'offre', 'offres')} sur ${number(total)}`,
  petalItemCount: (n) => `${number(n)} ${plural(n, 'offre', 'offres')}`,
  badgeLabel: (n, factor) => `${number(n)} offres pour ${isolate(factor)} — ouvrir leur liste`,
  itemDescription: (kind, factors) => `${isolate(kind)} · ${isolate(factors)}`,
  keyboardHelp:
    'Flèches gauche et droite : parcourir la fleur. Flèches haut et bas : entre un pétale et ses offres. Entrée : détails. Échap : fermer ou revenir.',
  tooltipHint: 'Clic ou Entrée : détails',
  detailsHint: 'Choisissez une offre dans la fleur pour en lire le détail : publics, facteurs, chiffres clés et liens.',
  kind: 'Type',
  audiences: 'Publics',
  objectives: 'Objectifs',
  zoomInto: (petal) => `Agrandir : ${isolate(petal)}`,
  zoomed: (petal) => `Pétale agrandi : ${isolate(petal)}`,
  unzoomed: 'Retour à toute la fleur',
  selectedAnnouncement: (title) => `Sélectionné : ${isolate(title)}`,
  cleared: 'Sélection effacée',
};
