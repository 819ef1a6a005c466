// Attribute and property types as their values: `'light' | 'dark' | 'auto'` rather than the alias `Theme`, which
// means nothing to an editor offering values (VS Code custom data and web-types split the type text on `|`).
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

/** Rewrites the `type.text` of fields and attributes whose declared type is a union of string literals. */
export function literalUnionTypesPlugin() {
  return {
    name: 'fleur-literal-union-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.customElement) continue;
          const types = propertyTypes(classIn(sourceFileOf(module.path), declaration.name));
          for (const member of declaration.members ?? []) {
            const text = member.kind === 'field' ? types.get(member.name) : undefined;
            if (text && member.type) member.type = { text };
          }
          for (const attribute of declaration.attributes ?? []) {
            const text = types.get(attribute.fieldName ?? attribute.name);
            if (text && attribute.type) attribute.type = { text };
          }
        }
    },
  };
}
