import { createIssue, type Issue, type IssuePath } from './issues.js';
import { type RawRecord, records } from './raw.js';
import { CatalogueSchema } from './schema/catalogue.js';
import { FactorSchema } from './schema/factor.js';
import { FigureSchema, ItemSchema, LinkSchema } from './schema/item.js';
import { PetalSchema } from './schema/petal.js';
import { ReferenceSchema } from './schema/reference.js';
import { VocabularyEntrySchema } from './schema/vocabulary.js';

const keysOf = (schema: { shape: object }) => new Set(Object.keys(schema.shape));
const CATALOGUE_KEYS = keysOf(CatalogueSchema);
const PETAL_KEYS = keysOf(PetalSchema);
const FACTOR_KEYS = keysOf(FactorSchema);
const ENTRY_KEYS = keysOf(VocabularyEntrySchema);
const ITEM_KEYS = keysOf(ItemSchema);
const FIGURE_KEYS = keysOf(FigureSchema);
const LINK_KEYS = keysOf(LinkSchema);
const REFERENCE_KEYS = keysOf(ReferenceSchema);

function unknownKeys(value: RawRecord, known: Set<string>, path: IssuePath, out: Issue[]): void {
  for (const field of Object.keys(value))
    if (!known.has(field)) out.push(createIssue('unknown-field', [...path, field], { field }, 'warning'));
}

/**
 * Fields the schema does not know are dropped by the parser; a typo such as `sumary` would silently lose text,
 * so each one is reported as a warning. (The generated JSON Schema flags them in editors too.)
 */
export function checkUnknownFields(root: RawRecord): Issue[] {
  const out: Issue[] = [];
  unknownKeys(root, CATALOGUE_KEYS, [], out);
  const references = (owner: RawRecord, path: IssuePath) => {
    for (const [reference, r] of records(owner.references))
      unknownKeys(reference, REFERENCE_KEYS, [...path, 'references', r], out);
  };
  references(root, []);
  for (const [petal, i] of records(root.petals)) {
    unknownKeys(petal, PETAL_KEYS, ['petals', i], out);
    references(petal, ['petals', i]);
  }
  for (const [factor, i] of records(root.factors)) {
    unknownKeys(factor, FACTOR_KEYS, ['factors', i], out);
    references(factor, ['factors', i]);
  }
  for (const list of ['kinds', 'audiences', 'objectives'] as const)
    for (const [entry, i] of records(root[list])) unknownKeys(entry, ENTRY_KEYS, [list, i], out);
  for (const [item, i] of records(root.items)) {
    unknownKeys(item, ITEM_KEYS, ['items', i], out);
    for (const [figure, f] of records(item.figures)) unknownKeys(figure, FIGURE_KEYS, ['items', i, 'figures', f], out);
    for (const [link, l] of records(item.links)) unknownKeys(link, LINK_KEYS, ['items', i, 'links', l], out);
  }
  return out;
}
