// Events typed by their detail. The element's JSDoc names each event's class (`@fires {FleurSelectEvent} fleur-select`),
// which the package exports; this plugin writes the shape of that class's `detail` as the event's type, e.g.
// `{ id: string | null; item: Item | null }`. That is the form editor tooling reads: @wc-toolkit/storybook-helpers
// shows `type.text` as `CustomEvent<…>` around it (as for Shoelace's `@event {{ item: SlMenuItem }} sl-select`),
// JetBrains web-types copies it, and a reader sees the fields without opening the sources.
import { sourceFileOf, sourceProgram, ts } from './typescript-program.mjs';

/** The package's public exports, by name (the JSDoc may only name a class a user can import). */
function publicExports() {
  const { checker } = sourceProgram();
  const entry = checker.getSymbolAtLocation(sourceFileOf('src/index.ts'));
  const exports = new Map();
  for (const symbol of checker.getExportsOfModule(entry))
    exports.set(symbol.name, symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
  return exports;
}

/** A field's type as its declaration writes it (`Item | null`, not the expanded object), else as the checker prints it. */
function fieldTypeText(field) {
  const { checker } = sourceProgram();
  const written = field.declarations?.find((declaration) => ts.isPropertySignature(declaration) && declaration.type);
  if (written) return written.type.getText();
  return checker.typeToString(checker.getTypeOfSymbol(field), undefined, ts.TypeFormatFlags.NoTruncation);
}

/** `{ a: A; b?: B }` for the `detail` of an exported event class. */
export function detailTypeText(className, exports = publicExports()) {
  const { checker } = sourceProgram();
  const symbol = exports.get(className);
  if (!symbol || !(symbol.flags & ts.SymbolFlags.Class))
    throw new Error(`@fires {${className}}: no event class of that name is exported by src/index.ts`);
  const detail = checker.getDeclaredTypeOfSymbol(symbol).getProperty('detail');
  if (!detail) throw new Error(`@fires {${className}}: the class has no detail`);
  const fields = checker.getTypeOfSymbol(detail).getProperties();
  if (fields.length === 0) throw new Error(`@fires {${className}}: its detail has no fields`);
  const text = fields.map((field) => {
    const optional = field.flags & ts.SymbolFlags.Optional ? '?' : '';
    return `${field.name}${optional}: ${fieldTypeText(field)}`;
  });
  return `{ ${text.join('; ')} }`;
}

const CLASS_NAME = /^[A-Z][A-Za-z0-9]*$/;

/** Every event of every declaration of the manifest. */
function* manifestEvents(manifest) {
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? []) yield* declaration.events ?? [];
}

/** Replaces each named event's class name by the shape of its detail. */
export function eventDetailTypesPlugin() {
  return {
    name: 'fleur-event-detail-types',
    packageLinkPhase({ customElementsManifest }) {
      const exports = publicExports();
      for (const event of manifestEvents(customElementsManifest)) {
        const name = event.type?.text;
        if (event.name && name && CLASS_NAME.test(name)) event.type = { text: detailTypeText(name, exports) };
      }
    },
  };
}
