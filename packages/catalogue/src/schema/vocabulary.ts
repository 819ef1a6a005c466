import { z } from './zod.js';
import { IdSchema } from './id.js';
import { LocalizedTextSchema } from './localized-text.js';

/**
 * The shape shared by the small controlled vocabularies of a catalogue: kinds (offer, service, initiative),
 * audiences (member, company, employee, citizen) and objectives (the statutory mission objectives).
 */
export const VocabularyEntrySchema = z.object({
  id: IdSchema.clone(),
  label: LocalizedTextSchema.clone(),
  description: z.optional(LocalizedTextSchema),
});

export const KindSchema = VocabularyEntrySchema;
export const AudienceSchema = VocabularyEntrySchema;
export const ObjectiveSchema = VocabularyEntrySchema;

export type VocabularyEntry = z.infer<typeof VocabularyEntrySchema>;
export type Kind = VocabularyEntry;
export type Audience = VocabularyEntry;
export type Objective = VocabularyEntry;
