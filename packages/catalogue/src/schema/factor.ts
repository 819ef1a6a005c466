import { z } from './zod.js';
import { IdSchema } from './id.js';
import { LocalizedTextSchema } from './localized-text.js';
import { ReferencesSchema } from './reference.js';

/** One health factor, drawn as a sector of its petal. */
export const FactorSchema = z.object({
  id: IdSchema,
  /** Id of the petal this factor belongs to. */
  petal: IdSchema,
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  /** Works this factor is drawn from. */
  references: ReferencesSchema,
});

export type Factor = z.infer<typeof FactorSchema>;
