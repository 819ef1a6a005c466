import { z } from './zod.js';
import { LOCALE_PATTERN, MAX_TEXT_LENGTH } from './limits.js';

/** One piece of text: capped, never empty once trimmed. */
export const TextSchema = z.string().check(
  z.maxLength(MAX_TEXT_LENGTH),
  z.refine((value) => value.trim().length > 0, { message: 'empty-text' }),
);

/** A language tag used as a key of {@link LocalizedTextSchema}. */
export const LocaleSchema = z.string().check(z.regex(LOCALE_PATTERN));

/**
 * Text shown to readers: either one string (used for every language) or an object keyed by language tag,
 * e.g. `{ "fr": "Sommeil", "en": "Sleep" }`.
 */
export const LocalizedTextSchema = z.union([TextSchema, z.record(LocaleSchema, TextSchema)]);

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
