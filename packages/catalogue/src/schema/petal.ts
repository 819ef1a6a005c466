import { z } from './zod.js';
import { IdSchema } from './id.js';
import { COLOR_PATTERN } from './limits.js';
import { LocalizedShortTextSchema } from './item.js';
import { LocalizedTextSchema } from './localized-text.js';
import { ReferencesSchema } from './reference.js';

/** A family of health factors, drawn as one petal of the flower. */
export const PetalSchema = z.object({
  id: IdSchema.clone(),
  label: LocalizedTextSchema.clone(),
  /** Drawn inside the petal when `label` does not fit whole there (a phone); the legend keeps `label`. */
  shortLabel: z.optional(LocalizedShortTextSchema.clone()),
  /** Hex colour of the petal; the `--fleur-petal-<id>` custom property overrides it. */
  color: z.optional(z.string().check(z.regex(COLOR_PATTERN))),
  description: z.optional(LocalizedTextSchema),
  /** Works this family of factors is drawn from; shown when the petal is zoomed. */
  references: ReferencesSchema.clone(),
});

export type Petal = z.infer<typeof PetalSchema>;
