import { z } from './zod.js';
import { FactorSchema } from './factor.js';
import { IdSchema } from './id.js';
import { ItemSchema } from './item.js';
import { MAX_ITEMS, MAX_PETALS, MIN_PETALS } from './limits.js';
import { LocaleSchema, LocalizedTextSchema } from './localized-text.js';
import { PetalSchema } from './petal.js';
import { ReferencesSchema } from './reference.js';
import { AudienceSchema, KindSchema, ObjectiveSchema } from './vocabulary.js';

/** The only catalogue format version this library reads. */
export const CATALOGUE_VERSION = 1;

/**
 * A catalogue: the petals and factors of a health-determinant model and the items (offers, services,
 * initiatives) that act on them. Cross-references (item → factor, factor → petal, …) are checked by
 * `parseCatalogue`, not by this schema, so that every problem is reported at once.
 */
export const CatalogueSchema = z.object({
  /** Path or URL of the JSON Schema, for editors. Ignored by the library. */
  $schema: z.optional(z.string()),
  version: z.literal(CATALOGUE_VERSION),
  id: IdSchema.clone(),
  /** Language used when a text lacks the reader's language. Every label must have it. */
  defaultLocale: LocaleSchema.clone(),
  title: LocalizedTextSchema.clone(),
  description: z.optional(LocalizedTextSchema),
  /** Where the data comes from (a report and its year): the source line under printed pages and exports. */
  source: z.optional(LocalizedTextSchema.clone()),
  /** Works the whole model is drawn from (shown with a zoomed petal when the petal names none of its own). */
  references: ReferencesSchema.clone(),
  petals: z.array(PetalSchema).check(z.minLength(MIN_PETALS), z.maxLength(MAX_PETALS)),
  factors: z.array(FactorSchema).check(z.minLength(1)),
  kinds: z.array(KindSchema).check(z.minLength(1)),
  audiences: z._default(z.array(AudienceSchema), []),
  objectives: z._default(z.array(ObjectiveSchema), []),
  items: z.array(ItemSchema).check(z.maxLength(MAX_ITEMS)),
});

export type Catalogue = z.infer<typeof CatalogueSchema>;
/** What a catalogue file may contain before defaults are filled in. */
export type CatalogueInput = z.input<typeof CatalogueSchema>;
