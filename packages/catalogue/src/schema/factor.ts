import { z } from './zod.js';
import { IdSchema } from './id.js';
import { LocalizedTextSchema } from './localized-text.js';

/** One health factor, drawn as a sector of its petal. */
export const FactorSchema = z.object({
  id: IdSchema,
  /** Id of the petal this factor belongs to. */
  petal: IdSchema,
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
});

export type Factor = z.infer<typeof FactorSchema>;
