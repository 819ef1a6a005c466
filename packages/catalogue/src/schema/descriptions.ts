import { CatalogueSchema } from './catalogue.js';
import { FactorSchema } from './factor.js';
import { IdSchema } from './id.js';
import { FigureSchema, ItemSchema, LinkSchema } from './item.js';
import { MAX_ITEMS, MAX_PETALS, MIN_PETALS } from './limits.js';
import { LocaleSchema } from './localized-text.js';
import { PetalSchema } from './petal.js';
import { MAX_REFERENCES, ReferenceSchema } from './reference.js';
import { VocabularyEntrySchema } from './vocabulary.js';
import { z } from './zod.js';

/**
 * What an editor shows about a schema: `description` (English, the one JSON Schema defines), `markdownDescription`
 * (English and French; VS Code shows it on hover and in completion instead of `description`), and the messages
 * VS Code shows instead of its own when a value fails a `pattern` (`patternErrorMessage`) or any check
 * (`errorMessage`).
 */
export interface EditorDoc {
  readonly description?: string;
  readonly markdownDescription?: string;
  readonly patternErrorMessage?: string;
  readonly errorMessage?: string;
}

/** English first, then French. */
type Doc = readonly [en: string, fr: string];

/**
 * Editor help for every field of the catalogue schema. This module is imported only by the JSON Schema generator
 * (`json-schema.ts`), never by the parser, so none of this text reaches the browser bundle. Fields that share a
 * schema are given their own `.clone()` in the schema modules so each can have its own description here.
 */
export const editorDocs = z.registry<EditorDoc>();

function text([en, fr]: Doc): EditorDoc {
  return { description: en, markdownDescription: `${en}\n\n*Français :* ${fr}` };
}

function document(schema: z.ZodMiniType, doc: EditorDoc): void {
  // Two fields sharing one schema instance would silently share the last description: make that a build error.
  if (editorDocs.has(schema)) throw new Error(`editorDocs: one schema documented twice (${doc.description})`);
  editorDocs.add(schema, doc);
}

/** Adds messages to a field documented by {@link documentObject}. */
function amend(schema: z.ZodMiniType, extra: EditorDoc): void {
  editorDocs.add(schema, { ...editorDocs.get(schema), ...extra });
}

/** Documents an object and each of its fields; the mapped type makes a missing field a type error. */
function documentObject<Shape extends Record<string, z.ZodMiniType>>(
  object: z.ZodMiniObject<Shape>,
  doc: Doc,
  fields: { readonly [K in keyof Shape]: Doc },
): void {
  document(object, text(doc));
  for (const key of Object.keys(fields) as (keyof Shape & string)[]) {
    const field = object.shape[key];
    if (field) document(field, text(fields[key]));
  }
}

const both = (en: string, fr: string) => `${en} / ${fr}`;

document(IdSchema, {
  patternErrorMessage: both(
    'An id: letters, digits, ".", "_", ":" or "-", starting with a letter or a digit, no spaces (e.g. semi-de-paris)',
    'Un identifiant : lettres, chiffres, « . », « _ », « : » ou « - », commençant par une lettre ou un chiffre, sans espace (ex. semi-de-paris)',
  ),
});

document(LocaleSchema, {
  patternErrorMessage: both('A language tag like fr, en or fr-CA', 'Une étiquette de langue comme fr, en ou fr-CA'),
});

const localizedNote: Doc = [
  'One string for every language, or an object keyed by language tag, e.g. { "fr": "Sommeil", "en": "Sleep" }.',
  'Une chaîne pour toutes les langues, ou un objet indexé par étiquette de langue, ex. { "fr": "Sommeil", "en": "Sleep" }.',
];
/** A localized text field's doc: what it is, then how to write one. */
const localized = (en: string, fr: string): Doc => [`${en} ${localizedNote[0]}`, `${fr} ${localizedNote[1]}`];

const references = (en: string, fr: string): Doc => [
  `${en} At most ${MAX_REFERENCES}, each { "label", "href"? }.`,
  `${fr} Au plus ${MAX_REFERENCES}, chacune { "label", "href"? }.`,
];

documentObject(
  CatalogueSchema,
  [
    'A catalogue of the « fleur de la pleine santé »: the petals and factors of a health-determinant model, and the offers, services and initiatives acting on them. References between lists (item → factor, factor → petal, …) and translations are checked by parseCatalogue and `fleur validate`.',
    'Un catalogue de la « fleur de la pleine santé » : les pétales et facteurs d’un modèle de déterminants de santé, et les offres, services et initiatives qui agissent sur eux. Les renvois entre listes (élément → facteur, facteur → pétale, …) et les traductions sont vérifiés par parseCatalogue et `fleur validate`.',
  ],
  {
    $schema: [
      'Path or URL of this JSON Schema, for editors. Ignored by the library.',
      'Chemin ou URL de ce JSON Schema, pour les éditeurs. Ignoré par la bibliothèque.',
    ],
    version: ['Catalogue format version. Always 1.', 'Version du format de catalogue. Toujours 1.'],
    id: [
      'Machine name of the catalogue, e.g. "harmonie-mutuelle-2023".',
      'Nom machine du catalogue, ex. « harmonie-mutuelle-2023 ».',
    ],
    defaultLocale: [
      'Language used when a text lacks the reader’s language (e.g. "fr"). Every label must have it.',
      'Langue utilisée quand un texte manque dans la langue du lecteur (ex. « fr »). Chaque libellé doit l’avoir.',
    ],
    title: localized('Title of the catalogue.', 'Titre du catalogue.'),
    description: localized('What the catalogue covers.', 'Ce que couvre le catalogue.'),
    source: localized(
      'Where the data comes from (a report and its year), printed as the source line of pages and exports.',
      'D’où viennent les données (un rapport et son année), imprimé en ligne de source des pages et des exports.',
    ),
    references: references(
      'Works the whole model is drawn from, shown with a zoomed petal that names none of its own.',
      'Travaux dont le modèle est tiré, affichés avec un pétale zoomé qui n’en nomme aucun.',
    ),
    petals: [
      `The families of health factors, one petal each (${MIN_PETALS} to ${MAX_PETALS}).`,
      `Les familles de facteurs de santé, un pétale chacune (de ${MIN_PETALS} à ${MAX_PETALS}).`,
    ],
    factors: [
      'The health factors, each in one petal (at least one).',
      'Les facteurs de santé, chacun dans un pétale (au moins un).',
    ],
    kinds: [
      'The kinds of item: offer, service, initiative… (at least one).',
      'Les sortes d’éléments : offre, service, initiative… (au moins une).',
    ],
    audiences: [
      'The audiences items serve: member, company, employee, citizen…',
      'Les publics que servent les éléments : adhérent, entreprise, salarié, citoyen…',
    ],
    objectives: ['The mission objectives items serve.', 'Les objectifs de mission que servent les éléments.'],
    items: [
      `The offers, services and initiatives placed on the flower (at most ${MAX_ITEMS}).`,
      `Les offres, services et initiatives placés sur la fleur (au plus ${MAX_ITEMS}).`,
    ],
  },
);

amend(CatalogueSchema.shape.version, {
  errorMessage: both(
    'The catalogue format version must be 1, the only one this library reads',
    'La version du format de catalogue doit être 1, la seule que lit cette bibliothèque',
  ),
});

documentObject(
  PetalSchema,
  ['A family of health factors, drawn as one petal.', 'Une famille de facteurs de santé, dessinée comme un pétale.'],
  {
    id: [
      'Machine name of the petal, named by factors’ "petal" and the element’s `petal` attribute.',
      'Nom machine du pétale, cité par le « petal » des facteurs et l’attribut `petal` de l’élément.',
    ],
    label: localized('Name of the petal.', 'Nom du pétale.'),
    shortLabel: localized(
      'Short name drawn inside the petal when its name does not fit there whole (a phone; at most 60 characters per language); the legend keeps the full name.',
      'Nom court dessiné dans le pétale quand son nom n’y tient pas en entier (un téléphone ; au plus 60 caractères par langue) ; la légende garde le nom complet.',
    ),
    color: [
      'Hex colour of the petal, e.g. "#1a6b3c"; the page’s `--fleur-petal-<id>` custom property overrides it.',
      'Couleur hexadécimale du pétale, ex. « #1a6b3c » ; la propriété CSS `--fleur-petal-<id>` de la page la remplace.',
    ],
    description: localized(
      'What the petal covers, shown when it is zoomed.',
      'Ce que couvre le pétale, affiché quand il est zoomé.',
    ),
    references: references(
      'Works this family of factors is drawn from, shown when the petal is zoomed.',
      'Travaux dont cette famille de facteurs est tirée, affichés quand le pétale est zoomé.',
    ),
  },
);
amend(PetalSchema.shape.color, {
  patternErrorMessage: both('A hex colour like #1a6b3c or #1a6', 'Une couleur hexadécimale comme #1a6b3c ou #1a6'),
});

documentObject(
  FactorSchema,
  [
    'One health factor, drawn as a sector of its petal.',
    'Un facteur de santé, dessiné comme un secteur de son pétale.',
  ],
  {
    id: [
      'Machine name of the factor, named by items’ "factors" and the element’s `factors` attribute.',
      'Nom machine du facteur, cité par les « factors » des éléments et l’attribut `factors` de l’élément.',
    ],
    petal: ['Id of the petal this factor belongs to.', 'Id du pétale auquel appartient ce facteur.'],
    label: localized('Name of the factor.', 'Nom du facteur.'),
    description: localized('What the factor covers.', 'Ce que couvre le facteur.'),
    references: references('Works this factor is drawn from.', 'Travaux dont ce facteur est tiré.'),
  },
);

documentObject(
  VocabularyEntrySchema,
  [
    'An entry of a small vocabulary: a kind, an audience or an objective.',
    'Une entrée d’un petit vocabulaire : une sorte, un public ou un objectif.',
  ],
  {
    id: [
      'Machine name of the entry, named by items and by the element’s filter attributes (`kinds`, `audiences`, `objectives`).',
      'Nom machine de l’entrée, cité par les éléments et par les attributs de filtre de l’élément (`kinds`, `audiences`, `objectives`).',
    ],
    label: localized(
      'Name of the entry, shown in filters and details.',
      'Nom de l’entrée, affiché dans les filtres et le détail.',
    ),
    description: localized('What the entry means.', 'Ce que signifie l’entrée.'),
  },
);

documentObject(
  ItemSchema,
  [
    'An offer, service or initiative, placed on the petals of the factors it acts on.',
    'Une offre, un service ou une initiative, placé sur les pétales des facteurs sur lesquels il agit.',
  ],
  {
    id: [
      'Machine name of the item, used by the element’s `selected` attribute and `fleur-select` events.',
      'Nom machine de l’élément, utilisé par l’attribut `selected` et les événements `fleur-select`.',
    ],
    kind: ['Id of one of the catalogue’s "kinds".', 'Id d’une des « kinds » du catalogue.'],
    title: localized('Title of the item.', 'Titre de l’élément.'),
    shortTitle: localized(
      'Short name drawn next to the item’s mark (at most 60 characters per language); the title is used when absent.',
      'Nom court dessiné à côté de la marque de l’élément (au plus 60 caractères par langue) ; le titre sert à défaut.',
    ),
    summary: localized(
      'A few sentences shown in the item’s details.',
      'Quelques phrases affichées dans le détail de l’élément.',
    ),
    factors: [
      'Ids of the factors the item acts on (at least one).',
      'Ids des facteurs sur lesquels l’élément agit (au moins un).',
    ],
    audiences: ['Ids of the audiences the item serves.', 'Ids des publics que sert l’élément.'],
    objectives: ['Ids of the mission objectives the item serves.', 'Ids des objectifs de mission que sert l’élément.'],
    figures: [
      'Numbers the source gives about the item, e.g. { "value": 476188, "label": "participants" }.',
      'Chiffres que la source donne sur l’élément, ex. { "value": 476188, "label": "participants" }.',
    ],
    links: [
      'Links to read more (https:, http: or mailto: only).',
      'Liens pour en savoir plus (https:, http: ou mailto: seulement).',
    ],
    year: ['Year of the item (1800 to 2200).', 'Année de l’élément (de 1800 à 2200).'],
    region: localized('Where the item takes place.', 'Où l’élément a lieu.'),
    source: [
      'Where the item comes from (a report section, a page), shown under its details.',
      'D’où vient l’élément (une section de rapport, une page), affiché sous son détail.',
    ],
  },
);

documentObject(
  FigureSchema,
  ['A number the source gives about an item.', 'Un chiffre que la source donne sur un élément.'],
  {
    value: ['The number.', 'Le nombre.'],
    label: localized('What the number counts.', 'Ce que compte le nombre.'),
    unit: [
      'Shown after the number: "%", "€", … (at most 16 characters).',
      'Affiché après le nombre : « % », « € », … (au plus 16 caractères).',
    ],
  },
);

documentObject(LinkSchema, ['A link to read more.', 'Un lien pour en savoir plus.'], {
  href: [
    'Address of the link: https:, http: or mailto: only, without credentials.',
    'Adresse du lien : https:, http: ou mailto: seulement, sans identifiants.',
  ],
  label: localized(
    'Text of the link (its site is shown beside it); the address itself is shown when absent.',
    'Texte du lien (son site est affiché à côté) ; l’adresse elle-même est affichée à défaut.',
  ),
});

documentObject(ReferenceSchema, ['A work a model is drawn from.', 'Un travail dont un modèle est tiré.'], {
  label: localized(
    'Name of the work, e.g. "Dahlgren & Whitehead (1991)".',
    'Nom du travail, ex. « Dahlgren & Whitehead (1991) ».',
  ),
  href: ['Where to read it: https:, http: or mailto: only.', 'Où le lire : https:, http: ou mailto: seulement.'],
});
