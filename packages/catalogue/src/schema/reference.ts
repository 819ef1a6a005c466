import { z } from './zod.js';
import { LocalizedTextSchema } from './localized-text.js';

/**
 * A work the model is drawn from (the report's flower: Dahlgren & Whitehead, Éloi Laurent, Rémy Slama): its name,
 * and where to read it when there is a page. The link is checked like an item's links (`https:`, `http:`, `mailto:`).
 */
export const ReferenceSchema = z.object({
  label: LocalizedTextSchema.clone(),
  href: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
});

/** At most this many references on one entry. */
export const MAX_REFERENCES = 20;

/** An optional list of references. */
export const ReferencesSchema = z.optional(z.array(ReferenceSchema).check(z.maxLength(MAX_REFERENCES)));

export type Reference = z.infer<typeof ReferenceSchema>;
