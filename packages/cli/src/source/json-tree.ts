import { type Node, parseTree } from 'jsonc-parser';

export type { Node as JsonNode } from 'jsonc-parser';

/** The syntax tree of a JSON text with every value's offset, or `undefined` when it cannot be built. */
export function jsonTree(text: string): Node | undefined {
  try {
    return parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  } catch {
    // A pathological nesting depth can exhaust the parser's stack: issues are then shown without a line.
    return undefined;
  }
}

/**
 * The property node (key and value) named `key` in an object node. A key written twice is read as JSON.parse reads
 * it, so the last one is the one the catalogue holds.
 */
export function propertyNode(object: Node, key: string): Node | undefined {
  if (object.type !== 'object') return undefined;
  let found: Node | undefined;
  for (const property of object.children ?? []) if (property.children?.[0]?.value === key) found = property;
  return found;
}

/** The value node at one step of a JSON path below `node`, if the document has it. */
export function childNode(node: Node, segment: string | number): Node | undefined {
  if (typeof segment === 'number') return node.type === 'array' ? node.children?.[segment] : undefined;
  return propertyNode(node, segment)?.children?.[1];
}

/** The string `id` of an object node (its own, written in the file), if it has one. */
export function idOf(node: Node | undefined): string | undefined {
  if (node === undefined) return undefined;
  const id = propertyNode(node, 'id')?.children?.[1];
  return id?.type === 'string' && typeof id.value === 'string' ? id.value : undefined;
}
