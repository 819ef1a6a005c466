// Attribute and property types as their values: `'light' | 'dark' | 'auto'` rather than the alias `Theme`, which
// means nothing to an editor offering values (VS Code custom data and web-types split the type text on `|`); and a
// default named by a constant (`DEFAULT_TIMEOUT_MS`) as the constant's value (`15_000`).
import { classIn, sourceFileOf, sourceProgram, ts } from './typescript-program.mjs';

const NULLISH = ts.TypeFlags.Undefined | ts.TypeFlags.Null;

const unwrap = (node) =>
  node && (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node))
    ? unwrap(node.expression)
    : node;

/**
 * The keywords of an alias declared from an `as const` list (`type Theme = (typeof THEMES)[number]`), in the
 * list's order; TypeScript's own union order is its internal one (`'items' | 'equal'`).
 */
function sourceOrder(typeNode) {
  const { checker } = sourceProgram();
  if (!typeNode || !ts.isTypeReferenceNode(typeNode)) return [];
  let alias = checker.getSymbolAtLocation(typeNode.typeName);
  if (alias && alias.flags & ts.SymbolFlags.Alias) alias = checker.getAliasedSymbol(alias);
  const declared = alias?.declarations?.find(ts.isTypeAliasDeclaration)?.type;
  if (!declared || !ts.isIndexedAccessTypeNode(declared)) return [];
  let query = declared.objectType;
  while (ts.isParenthesizedTypeNode(query)) query = query.type;
  if (!ts.isTypeQueryNode(query)) return [];
  let list = checker.getSymbolAtLocation(query.exprName);
  if (list && list.flags & ts.SymbolFlags.Alias) list = checker.getAliasedSymbol(list);
  const array = unwrap(list?.valueDeclaration?.initializer);
  return array && ts.isArrayLiteralExpression(array)
    ? array.elements.filter(ts.isStringLiteral).map((element) => element.text)
    : [];
}

/** `'a' | 'b'` (with ` | undefined` or ` | null` kept) for a property typed by string literals, else `undefined`. */
function literalUnionText(property) {
  const { checker } = sourceProgram();
  // A field's type, or a getter's (read at its name: the accessor node itself has a function's type).
  const type = checker.getTypeAtLocation(ts.isGetAccessorDeclaration(property) ? property.name : property);
  const parts = type.isUnion() ? type.types : [type];
  const literals = parts.filter((part) => part.isStringLiteral()).map((part) => part.value);
  const nullish = parts.filter((part) => part.flags & NULLISH);
  if (literals.length < 2 || literals.length + nullish.length !== parts.length) return undefined;
  const order = sourceOrder(property.type);
  const rank = (value) => (order.includes(value) ? order.indexOf(value) : order.length);
  literals.sort((a, b) => rank(a) - rank(b));
  return [...literals.map((value) => `'${value}'`), ...nullish.map((part) => checker.typeToString(part))].join(' | ');
}

function propertyTypes(classNode) {
  const types = new Map();
  for (const member of classNode.members)
    if ((ts.isPropertyDeclaration(member) || ts.isGetAccessorDeclaration(member)) && ts.isIdentifier(member.name))
      types.set(member.name.text, literalUnionText(member));
  return types;
}

/**
 * A property initialised with a named constant (`timeout = DEFAULT_TIMEOUT_MS`): the constant's literal value
 * (`15_000`), which is what a reader of the docs wants to see; `undefined` for any other initializer.
 */
function constantValue(member) {
  const { checker } = sourceProgram();
  const initializer = member.initializer;
  if (!initializer || !ts.isIdentifier(initializer)) return undefined;
  let symbol = checker.getSymbolAtLocation(initializer);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const value = unwrap(symbol?.valueDeclaration?.initializer);
  return value && (ts.isNumericLiteral(value) || ts.isStringLiteral(value)) ? value.getText() : undefined;
}

function constantDefaults(classNode) {
  const defaults = new Map();
  for (const member of classNode.members)
    if (ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name)) {
      const value = constantValue(member);
      if (value !== undefined) defaults.set(member.name.text, value);
    }
  return defaults;
}

/** `entry.type` and `entry.default` as the class writes them, for the property named `name`. */
function rewriteEntry(entry, name, { types, defaults }) {
  const text = types.get(name);
  if (text && entry.type) entry.type = { text };
  if (defaults.has(name) && entry.default !== undefined) entry.default = defaults.get(name);
}

/**
 * Gives the fields and attributes of one custom element the literal unions of its class's properties, and the
 * values of the constants their defaults name.
 */
function rewriteElement(declaration, modulePath) {
  const classNode = classIn(sourceFileOf(modulePath), declaration.name);
  const found = { types: propertyTypes(classNode), defaults: constantDefaults(classNode) };
  for (const member of declaration.members ?? []) if (member.kind === 'field') rewriteEntry(member, member.name, found);
  for (const attribute of declaration.attributes ?? [])
    rewriteEntry(attribute, attribute.fieldName ?? attribute.name, found);
}

/** Rewrites the `type.text` of fields and attributes whose declared type is a union of string literals. */
export function literalUnionTypesPlugin() {
  return {
    name: 'fleur-literal-union-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? [])
          if (declaration.kind === 'class' && declaration.customElement) rewriteElement(declaration, module.path);
    },
  };
}
