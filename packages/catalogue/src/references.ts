import { createIssue, formatPath, type Issue, type ReferenceTarget } from './issues.js';
import { asArray, asString, type RawRecord, records } from './raw.js';

const LISTS = ['petals', 'factors', 'kinds', 'audiences', 'objectives', 'items'] as const;
type ListName = (typeof LISTS)[number];

const TARGET_LIST: Record<ReferenceTarget, ListName> = {
  petal: 'petals',
  factor: 'factors',
  kind: 'kinds',
  audience: 'audiences',
  objective: 'objectives',
};

/** Ids declared in one list; duplicates reported with the path of their first use. */
function collectIds(root: RawRecord, list: ListName, issues: Issue[]): Set<string> {
  const firstPath = new Map<string, string>();
  for (const [entry, index] of records(root[list])) {
    const id = asString(entry.id);
    if (id === undefined) continue;
    const first = firstPath.get(id);
    if (first === undefined) firstPath.set(id, formatPath([list, index]));
    else issues.push(createIssue('duplicate-id', [list, index, 'id'], { id, first }));
  }
  return new Set(firstPath.keys());
}

/**
 * Cross-reference checks: duplicate ids in every list, factor → petal, item → kind, factors, audiences and
 * objectives. Runs on raw input so these problems are reported together with schema errors.
 */
export function checkReferences(root: RawRecord): { errors: Issue[]; warnings: Issue[] } {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const ids = Object.fromEntries(LISTS.map((list) => [list, collectIds(root, list, errors)])) as Record<
    ListName,
    Set<string>
  >;

  const checkOne = (value: unknown, target: ReferenceTarget, path: (string | number)[]) => {
    const id = asString(value);
    if (id !== undefined && !ids[TARGET_LIST[target]].has(id))
      errors.push(createIssue('unknown-reference', path, { id, target }));
  };
  const checkMany = (value: unknown, target: ReferenceTarget, path: (string | number)[]) => {
    const seen = new Set<string>();
    asArray(value).forEach((entry, index) => {
      checkOne(entry, target, [...path, index]);
      const id = asString(entry);
      if (id === undefined) return;
      if (seen.has(id)) warnings.push(createIssue('duplicate-reference', [...path, index], { id }, 'warning'));
      seen.add(id);
    });
  };

  for (const [factor, index] of records(root.factors)) checkOne(factor.petal, 'petal', ['factors', index, 'petal']);
  for (const [item, index] of records(root.items)) {
    checkOne(item.kind, 'kind', ['items', index, 'kind']);
    checkMany(item.factors, 'factor', ['items', index, 'factors']);
    checkMany(item.audiences, 'audience', ['items', index, 'audiences']);
    checkMany(item.objectives, 'objective', ['items', index, 'objectives']);
  }
  return { errors, warnings };
}
