import { z } from './zod.js';
import { IdSchema } from './id.js';
import { LocalizedTextSchema } from './localized-text.js';
import { ReferencesSchema } from './reference.js';

/** One health factor, drawn as a sector of its petal. */
export const FactorSchema = z.object({
  id: IdSchema.clone(),
  /** Id of the petal this factor belongs to. */
  petal: IdSchema.clone(),
  label: LocalizedTextSchema.clone(),
  description: z.optional(LocalizedTextSchema),
  /** Works this factor is drawn from. */
  references: ReferencesSchema.clone(),
});

export type Factor = z.infer<typeof FactorSchema>;
