import type { Catalogue } from 'fleur-pleine-sante-catalogue';
import fc from 'fast-check';
import { seededRandom } from './seeded-random.js';

/** How big a generated catalogue is. */
export interface CatalogueShape {
  /** 2–8 petals. */
  petals: number;
  /** Factors per petal: each petal gets 1 to this many (1–6). */
  maxFactors: number;
  items: number;
  /** Share of items acting on two or three petals (default 0.3). */
  crossingShare?: number;
}

// Real label vocabulary, short and long words, with accents: label fitting is what these tests exercise.
const WORDS = [
  'santé',
  'revenus',
  'emploi',
  'formation',
  'habitat',
  'sommeil',
  'alimentation',
  'liens',
  'sociaux',
  'stress',
  'prévention',
  'conditions',
  'travail',
  'physiques',
  'chimiques',
  'biologiques',
  'adaptation',
  'atténuation',
  'et',
  'de',
  'du',
  'la',
  'environnementaux',
  'économiques',
  'catégorie',
  'socio-professionnelle',
  'activité',
  'niveau',
  'vie',
  'mobilité',
  'air',
  'eau',
  'bruit',
  'climat',
  'entraide',
  'culture',
  'éducation',
  'accès',
  'aux',
  'soins',
];

/** Words of other scripts: names come in any language a catalogue editor writes. */
const SCRIPTS = [
  ['健康', '睡眠', '住宅', '雇用', '気候', '予防'],
  ['الصحة', 'النوم', 'السكن', 'العمل', 'المناخ', 'الوقاية'],
  ['здоровье', 'сон', 'жильё', 'работа', 'климат', 'профилактика'],
  ['υγεία', 'ύπνος', 'στέγαση', 'εργασία', 'κλίμα'],
  ['Überlastungsprävention', 'Gesundheitsförderungsprogramm', 'Wohnungsbau'],
];

/** A title of exactly 1 to 200 characters, words of one script, as an editor writes it first (no short title). */
function title(random: () => number): string {
  const length = 1 + Math.floor(random() * 200);
  const pool = random() < 0.6 ? WORDS : (SCRIPTS[Math.floor(random() * SCRIPTS.length)] ?? WORDS);
  let text = '';
  while (text.length < length) text += `${text ? ' ' : ''}${pool[Math.floor(random() * pool.length)] ?? 'santé'}`;
  return text.slice(0, length).trim() || 'S';
}

function words(random: () => number, min: number, max: number): string {
  const count = min + Math.floor(random() * (max - min + 1));
  const picked = Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)] ?? 'santé');
  const text = picked.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A valid catalogue (as `parseCatalogue` would return it) of the given shape, fully determined by `seed`. Items
 * act on one factor, or (for `crossingShare` of them) on factors of two or three petals; some act on two factors
 * of one petal.
 */
export function seededCatalogue(seed: number, shape: CatalogueShape): Catalogue {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const petals = Array.from({ length: shape.petals }, (_, i) => ({
    id: `petal-${i}`,
    label: { fr: `Facteurs ${words(random, 1, 2).toLowerCase()}`, en: `Factors ${i}` },
    ...(random() < 0.5 ? { color: pick(['#b7791f', '#c2416b', '#2e8b57', '#3b6fb6']) } : {}),
  }));
  const factors = petals.flatMap((petal, i) =>
    Array.from({ length: 1 + Math.floor(random() * shape.maxFactors) }, (_, j) => ({
      id: `factor-${i}-${j}`,
      petal: petal.id,
      label: { fr: words(random, 1, 4), en: `Factor ${i}.${j}` },
    })),
  );
  const kinds = [
    { id: 'offer', label: { fr: 'Offre', en: 'Offer' } },
    { id: 'service', label: { fr: 'Service', en: 'Service' } },
    { id: 'initiative', label: { fr: 'Initiative', en: 'Initiative' } },
  ];
  // Skewed: a few factors get most items, as in real catalogues.
  const skewed = () => factors[Math.floor(random() ** 2 * factors.length)] ?? factors[0];
  const items = Array.from({ length: shape.items }, (_, i) => {
    const first = skewed();
    const ids = new Set([first?.id ?? 'factor-0-0']);
    if (random() < (shape.crossingShare ?? 0.3)) {
      for (let extra = 1 + Math.floor(random() * 2); extra > 0; extra--) ids.add(pick(factors).id);
    } else if (random() < 0.15) {
      const sibling = factors.filter((factor) => factor.petal === first?.petal);
      ids.add(pick(sibling).id);
    }
    const own = title(random);
    return {
      id: `item-${i}`,
      kind: pick(kinds).id,
      title: { fr: own, en: `Action ${i}` },
      ...(random() < 0.2 ? { shortTitle: { fr: own.slice(0, 1 + Math.floor(random() * 40)).trim() || 'S' } } : {}),
      factors: [...ids],
      audiences: [],
    };
  });
  return {
    version: 1,
    id: `random-${seed}`,
    defaultLocale: 'fr',
    title: { fr: 'Catalogue aléatoire', en: 'Random catalogue' },
    petals,
    factors,
    kinds,
    audiences: [],
    objectives: [],
    items,
  };
}

/** fast-check arbitrary of catalogues: 2–8 petals, 1–6 factors each, 0–`maxItems` items. Shrinks towards small ones. */
export function catalogueArbitrary(maxItems = 500): fc.Arbitrary<Catalogue> {
  return fc
    .record({
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      petals: fc.integer({ min: 2, max: 8 }),
      maxFactors: fc.integer({ min: 1, max: 6 }),
      items: fc.integer({ min: 0, max: maxItems }),
    })
    .map(({ seed, ...shape }) => seededCatalogue(seed, shape));
}
