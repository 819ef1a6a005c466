import { z } from './zod.js';
import { IdSchema } from './id.js';
import { MAX_TEXT_LENGTH } from './limits.js';
import { LocaleSchema, LocalizedTextSchema, TextSchema } from './localized-text.js';

/** Longest `shortTitle`, per language: it is drawn as a label around the flower. */
export const MAX_SHORT_TITLE_LENGTH = 60;

/** One short label: a {@link TextSchema} (never empty) of at most {@link MAX_SHORT_TITLE_LENGTH} characters. */
const ShortTextSchema = TextSchema.check(z.maxLength(MAX_SHORT_TITLE_LENGTH));

/** A localized text (same shape as {@link LocalizedTextSchema}) whose every string is a short label. */
export const LocalizedShortTextSchema = z.union([ShortTextSchema, z.record(LocaleSchema, ShortTextSchema)]);

/** A number the report gives about an item, e.g. `{ value: 476188, label: "participants" }`. */
export const FigureSchema = z.object({
  value: z.number().check(z.refine(Number.isFinite, { message: 'not-finite' })),
  label: LocalizedTextSchema.clone(),
  /** Shown after the number: `%`, `€`, … */
  unit: z.optional(z.string().check(z.maxLength(16))),
});

/** A link to read more. Only `https:`, `http:` and `mailto:` are accepted (checked in the semantic pass). */
export const LinkSchema = z.object({
  href: z.string().check(z.minLength(1), z.maxLength(2048)),
  label: z.optional(LocalizedTextSchema),
});

/** An offer, service or initiative placed on the flower. */
export const ItemSchema = z.object({
  id: IdSchema.clone(),
  /** Id of one of the catalogue's `kinds`. */
  kind: IdSchema.clone(),
  title: LocalizedTextSchema.clone(),
  /** Short name drawn next to the item's mark on the flower (≤ 60 characters); the title is used when absent. */
  shortTitle: z.optional(LocalizedShortTextSchema),
  summary: z.optional(LocalizedTextSchema),
  /** Ids of the factors the item acts on (at least one). */
  factors: z.array(IdSchema).check(z.minLength(1)),
  /** Ids of the audiences it serves. */
  audiences: z._default(z.array(IdSchema), []),
  /** Ids of the mission objectives it serves. */
  objectives: z.optional(z.array(IdSchema)),
  figures: z.optional(z.array(FigureSchema)),
  links: z.optional(z.array(LinkSchema)),
  year: z.optional(z.int().check(z.gte(1800), z.lte(2200))),
  region: z.optional(LocalizedTextSchema),
  /** Where the item comes from (a report section, a page); shown under the item's details. */
  source: z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH))),
});

export type Figure = z.infer<typeof FigureSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type Item = z.infer<typeof ItemSchema>;
export { TextSchema };
