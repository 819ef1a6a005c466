import { formatPath, type IssuePath } from 'fleur-pleine-sante-catalogue';
import { childNode, idOf, type JsonNode } from './json-tree.js';

/** The catalogue's lists whose entries carry an `id` worth showing beside their index. */
const LISTS_WITH_IDS: ReadonlySet<string> = new Set(['items', 'petals', 'factors', 'kinds', 'audiences', 'objectives']);

/** Longest id shown beside an index: a valid id has at most 120 characters, a broken one may have a million. */
const MAX_ID_LENGTH = 60;

function shortened(id: string): string {
  return id.length > MAX_ID_LENGTH ? `${id.slice(0, MAX_ID_LENGTH)}…` : id;
}

/**
 * A JSON path as a catalogue editor reads it: `items[8] (kalixia).factors[1]` — each index into a list of items,
 * petals, factors, kinds, audiences or objectives followed by the id the file gives that entry, when it gives one.
 * The id is catalogue text: the caller's output must still make it terminal-safe.
 */
export function describePath(path: IssuePath, tree: JsonNode | undefined): string {
  let text = '';
  let node = tree;
  let previous: string | number | undefined;
  for (const [index, segment] of path.entries()) {
    text += formatPath(path.slice(0, index + 1)).slice(formatPath(path.slice(0, index)).length);
    node = node === undefined ? undefined : childNode(node, segment);
    const id =
      typeof segment === 'number' && typeof previous === 'string' && LISTS_WITH_IDS.has(previous)
        ? idOf(node)
        : undefined;
    if (id !== undefined) text += ` (${shortened(id)})`;
    previous = segment;
  }
  return text;
}
