import type { IssuePath } from './issues.js';
import { type RawRecord, records } from './raw.js';

/** Fields holding localized text, per list. Kept next to the schema's shape; a test checks they agree. */
const VOCABULARY_TEXT = ['label', 'description'] as const;
const PETAL_TEXT = ['label', 'shortLabel', 'description'] as const;
const ITEM_TEXT = ['title', 'shortTitle', 'summary', 'region'] as const;

/** Every localized-text value of a raw catalogue, with its path. */
export function* localizedTexts(root: RawRecord): Generator<[unknown, IssuePath]> {
  for (const key of ['title', 'description', 'source'] as const) if (key in root) yield [root[key], [key]];
  for (const [reference, r] of references(root, [])) if ('label' in reference) yield [reference.label, [...r, 'label']];
  for (const list of ['petals', 'factors', 'kinds', 'audiences', 'objectives'] as const)
    for (const [entry, index] of records(root[list])) {
      for (const key of list === 'petals' ? PETAL_TEXT : VOCABULARY_TEXT)
        if (key in entry) yield [entry[key], [list, index, key]];
      for (const [reference, r] of references(entry, [list, index]))
        if ('label' in reference) yield [reference.label, [...r, 'label']];
    }
  for (const [item, index] of records(root.items)) {
    for (const key of ITEM_TEXT) if (key in item) yield [item[key], ['items', index, key]];
    for (const [figure, f] of records(item.figures))
      if ('label' in figure) yield [figure.label, ['items', index, 'figures', f, 'label']];
    for (const [link, l] of records(item.links))
      if ('label' in link) yield [link.label, ['items', index, 'links', l, 'label']];
  }
}

/** The references of `owner` (the catalogue, a petal, a factor), each with its path. */
function* references(owner: RawRecord, path: IssuePath): Generator<[RawRecord, IssuePath]> {
  for (const [reference, r] of records(owner.references)) yield [reference, [...path, 'references', r]];
}

/** Links of a raw catalogue with their path: items' links and references' pages. */
export function* linkHrefs(root: RawRecord): Generator<[unknown, IssuePath]> {
  for (const owner of [
    [root, []] as const,
    ...[...records(root.petals)].map(([p, i]) => [p, ['petals', i]] as const),
    ...[...records(root.factors)].map(([f, i]) => [f, ['factors', i]] as const),
  ])
    for (const [reference, path] of references(owner[0], owner[1]))
      if ('href' in reference) yield [reference.href, [...path, 'href']];
  for (const [item, index] of records(root.items))
    for (const [link, l] of records(item.links)) yield [link.href, ['items', index, 'links', l, 'href']];
}
