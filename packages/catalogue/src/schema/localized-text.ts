import { hasVisibleText } from '../display-text.js';
import { z } from './zod.js';
import { LOCALE_PATTERN, MAX_TEXT_LENGTH } from './limits.js';

/**
 * The check every reader-facing string passes: at least one visible character. Only spaces, zero-width or bidi
 * control characters make an item whose name is empty to everyone, so they are an `empty-text` issue.
 */
export const visibleText = z.refine<string>(hasVisibleText, { message: 'empty-text' });

/** One piece of text: capped, never empty (nothing visible). */
export const TextSchema = z.string().check(z.maxLength(MAX_TEXT_LENGTH), visibleText);

/** A language tag used as a key of {@link LocalizedTextSchema}. */
export const LocaleSchema = z.string().check(z.regex(LOCALE_PATTERN));

/**
 * Text shown to readers: either one string (used for every language) or an object keyed by language tag,
 * e.g. `{ "fr": "Sommeil", "en": "Sleep" }`.
 */
export const LocalizedTextSchema = z.union([TextSchema, z.record(LocaleSchema, TextSchema)]);

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
