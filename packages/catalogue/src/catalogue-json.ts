import type { CatalogueInput } from './schema/catalogue.js';

/**
 * `T` with every literal widened to its primitive (`1` → `number`, `'a' | 'b'` → `string`) and every array to a
 * readonly array, all the way down: the type TypeScript gives a JSON file's import (`resolveJsonModule`), or an
 * object written `as const`, for data of type `T`.
 */
export type WidenLiterals<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends readonly (infer Entry)[]
        ? readonly WidenLiterals<Entry>[]
        : T extends object
          ? { readonly [Key in keyof T]: WidenLiterals<T[Key]> }
          : T;

/**
 * A catalogue as a JSON import gives it: `import data from './catalogue.json'` types `version` as `number`, not `1`.
 * The element's `catalogue` property accepts this without a cast, since it validates every catalogue at run time
 * (`parseCatalogue`) anyway; a {@link CatalogueInput} is one too.
 */
export type CatalogueJson = WidenLiterals<CatalogueInput>;
