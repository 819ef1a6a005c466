import type { Issue } from 'fleur-pleine-sante-catalogue';
import { childNode, type JsonNode } from './json-tree.js';

/**
 * Where an issue sits in the file, as an offset: the offending value; for an unknown field, its name; for a
 * missing field, the object that lacks it (the deepest part of the path the file has).
 */
export function issueOffset(tree: JsonNode | undefined, issue: Issue): number | undefined {
  let node = tree;
  for (const segment of issue.path) {
    const child = node === undefined ? undefined : childNode(node, segment);
    if (child === undefined) return node?.offset;
    node = child;
  }
  if (issue.code === 'unknown-field' && node?.parent?.type === 'property') return node.parent.offset;
  return node?.offset;
}
