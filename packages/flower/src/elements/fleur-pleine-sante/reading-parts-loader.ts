import { LazyModule } from '../../controllers/lazy-module-controller.js';
import type * as ReadingPartsModule from './reading-parts.js';

export type ReadingParts = typeof ReadingPartsModule;

/**
 * The reading parts' chunk (a chunk beside the drop-in file), one per page: requested once for every flower of the
 * page (a flower after the first finds it there), and after a failure only on an explicit action (see
 * {@link LazyModule}). A server render awaits it before drawing ({@link loadReadingParts}).
 */
export const READING_PARTS = new LazyModule<ReadingParts>(() => import('./reading-parts.js'));

/** The reading parts, once here (a server render draws them too); rejects when their module cannot be loaded. */
export async function loadReadingParts(): Promise<ReadingParts> {
  READING_PARTS.load();
  READING_PARTS.retry();
  await READING_PARTS.pending;
  if (!READING_PARTS.part) throw new Error('fleur-pleine-sante: the reading parts could not be loaded');
  return READING_PARTS.part;
}
