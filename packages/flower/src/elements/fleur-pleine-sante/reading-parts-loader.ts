import type * as ReadingPartsModule from './reading-parts.js';

export type ReadingParts = typeof ReadingPartsModule;

let loaded: ReadingParts | undefined;
let loading: Promise<ReadingParts> | undefined;

/**
 * The reading parts' chunk, fetched once per page (every flower after the first finds it at once; a server render
 * awaits it before drawing). A failed fetch is asked for again by the next call.
 */
export function loadReadingParts(): Promise<ReadingParts> {
  loading ??= import('./reading-parts.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The reading parts if this page has them already. */
export function loadedReadingParts(): ReadingParts | undefined {
  return loaded;
}
